"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import type { ActionState } from "../actions/action-state.ts";
import { ZGabung, ZTargetForm, ZSasaranInput, ZSasaranNonaktif, ZSasaranUbah, ZStatusBaru, ZStatusSelesai } from "./schemas.ts";
import { addStatus, createSasaran, endStatus, setSasaranAktif, updateSasaran } from "./dal.ts";
import { ZId } from "../dal/ids.ts";
import { mergeSasaran } from "./dal-gabung.ts";
import { saveTarget } from "./target.ts";
import { applySasaranImport, checkSasaranImport } from "./dal-impor.ts";
import { z } from "zod";
import { pickId } from "../forms/zod-helpers.ts";
import { IMPORT_LIMITS } from "../impor/limits.ts";
import { tooLargeMessage } from "../table/limits.ts";
import { formatNumber } from "../i18n/format.ts";

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

/** Checks a whole file for one posyandu: a bad file lists every problem and writes nothing; a clean one opens the confirmation. */
export const checkSasaranImportAction = protectedAction("sasaran.manage", z.object({ posyanduId: pickId("posyandu") }), async (viewer, input, formData) => {
  const file = formData.get("berkas");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return { ok: false, message: "Pilih berkas CSV atau XLSX dulu.", fieldErrors: { berkas: ["Pilih berkas CSV atau XLSX."] } };
  if (file.size > IMPORT_LIMITS.maxBytes) return { ok: false, message: "Berkas tidak dapat diimpor. Belum ada data yang disimpan.", fieldErrors: { berkas: [tooLargeMessage(file.size, IMPORT_LIMITS)] } };
  const result = await checkSasaranImport(viewer, input.posyanduId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return { ok: false, message: `Berkas tidak dapat diimpor: ${formatNumber(result.errors.length)} masalah ditemukan. Perbaiki lalu unggah lagi. Belum ada data yang disimpan.`, fieldErrors: { berkas: result.errors } };
  return { redirectTo: `/sasaran/impor?job=${result.jobId}` };
});

/** Writes a checked file in one transaction; a second submit of the same job writes nothing. */
export const applySasaranImportAction = protectedAction("sasaran.manage", z.object({ jobId: z.uuid({ error: "Data impor tidak ditemukan." }) }), async (viewer, input) => {
  const { summary } = await applySasaranImport(viewer, input.jobId);
  refreshSasaran();
  return { redirectTo: `/sasaran?posyanduId=${summary.posyanduId}&diimpor=${summary.jumlah}` };
});
