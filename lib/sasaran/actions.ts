"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import type { ActionState } from "../actions/action-state.ts";
import { ZGabung, ZTargetForm, ZSasaranInput, ZSasaranNonaktif, ZSasaranUbah, ZStatusBaru, ZStatusSelesai } from "./schemas.ts";
import { addStatus, createSasaran, endStatus, setSasaranAktif, updateSasaran } from "./dal.ts";
import { ZId } from "../dal/ids.ts";
import { mergeSasaran } from "./dal-gabung.ts";
import { saveTarget } from "./target.ts";

/** What createSasaranAction answers on success: the person's id (also when the device id was sent before). */
export type SasaranCreatedState = ActionState & { id?: string; created?: boolean };

const refreshSasaran = (id?: string) => {
  revalidatePath("/sasaran");
  if (id) revalidatePath(`/sasaran/${id}`);
};

/**
 * Registers a person and answers with the id, staying on the page: for forms inside another screen
 * (the posyandu day's "daftarkan orang baru"). `state.id` is the person's id.
 */
export const createSasaranAction = protectedAction("sasaran.manage", ZSasaranInput, async (viewer, input) => {
  const { id, created } = await createSasaran(viewer, input);
  refreshSasaran(id);
  const state: SasaranCreatedState = { ok: true, message: created ? "Sasaran baru tersimpan." : "Sasaran ini sudah tersimpan sebelumnya.", id, created };
  return state;
});

/** The /sasaran/baru page: registers, then opens the person's page. */
export const createSasaranPageAction = protectedAction("sasaran.manage", ZSasaranInput, async (viewer, input) => {
  const { id } = await createSasaran(viewer, input);
  refreshSasaran(id);
  return { redirectTo: `/sasaran/${id}?disimpan=baru` };
});

export const updateSasaranAction = protectedAction("sasaran.manage", ZSasaranUbah, async (viewer, input) => {
  await updateSasaran(viewer, input);
  refreshSasaran(input.id);
  return { redirectTo: `/sasaran/${input.id}?disimpan=ubah` };
});

export const nonaktifkanSasaranAction = protectedAction("sasaran.manage", ZSasaranNonaktif, async (viewer, input) => {
  await setSasaranAktif(viewer, input.id, false, input.alasan);
  refreshSasaran(input.id);
  return { redirectTo: `/sasaran/${input.id}?disimpan=nonaktif` };
});

export const aktifkanSasaranAction = protectedAction("sasaran.manage", ZId, async (viewer, input) => {
  await setSasaranAktif(viewer, input.id, true);
  refreshSasaran(input.id);
  return { redirectTo: `/sasaran/${input.id}?disimpan=aktif` };
});

export const addStatusAction = protectedAction("sasaran.manage", ZStatusBaru, async (viewer, input) => {
  await addStatus(viewer, input);
  refreshSasaran(input.sasaranId);
  return { redirectTo: `/sasaran/${input.sasaranId}?disimpan=status` };
});

export const endStatusAction = protectedAction("sasaran.manage", ZStatusSelesai, async (viewer, input) => {
  const { sasaranId } = await endStatus(viewer, input);
  refreshSasaran(sasaranId);
  return { redirectTo: `/sasaran/${sasaranId}?disimpan=status-selesai` };
});

export const mergeSasaranAction = protectedAction("sasaran.merge", ZGabung, async (viewer, input) => {
  const { tetapId } = await mergeSasaran(viewer, input);
  refreshSasaran(tetapId);
  revalidatePath(`/sasaran/${input.gandaId}`);
  return { redirectTo: `/sasaran/${tetapId}?disimpan=gabung` };
});

export const saveTargetAction = protectedAction("sasaran.manage", ZTargetForm, async (viewer, input) => {
  await saveTarget(viewer, input);
  revalidatePath("/sasaran/target");
  return { redirectTo: `/sasaran/target?posyanduId=${input.posyanduId}&tahun=${input.tahun}&disimpan=1` };
});
