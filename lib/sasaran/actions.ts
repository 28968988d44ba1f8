"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import type { ActionState } from "../actions/action-state.ts";
import { ZSasaranInput } from "./schemas.ts";
import { createSasaran } from "./dal.ts";

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
