"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { ZKunjunganBatal, ZKunjunganRencanaForm, ZKunjunganUbah, ZRencanaForm, ZRencanaUbah } from "./schemas.ts";
import { createRencana, deleteRencana, updateRencana } from "./dal.ts";
import { addKunjungan, cancelKunjungan, updateKunjungan } from "./dal-kunjungan.ts";

// The calendar, the plan pages and the suggestions show these.
function refresh() {
  revalidatePath("/supervisi", "layout");
}

export const createRencanaAction = protectedAction("supervisi.plan", ZRencanaForm, async (viewer, input) => {
  const { id } = await createRencana(viewer, input);
  refresh();
  return { redirectTo: `/supervisi/rencana/${id}?disimpan=1` };
});

export const updateRencanaAction = protectedAction("supervisi.plan", ZRencanaUbah, async (viewer, input) => {
  await updateRencana(viewer, input);
  refresh();
  return { redirectTo: `/supervisi/rencana/${input.id}?disimpan=1` };
});

export const deleteRencanaAction = protectedAction("supervisi.plan", ZId, async (viewer, input) => {
  await deleteRencana(viewer, input.id);
  refresh();
  return { redirectTo: "/supervisi/rencana?dihapus=1" };
});

export const addKunjunganAction = protectedAction("supervisi.plan", ZKunjunganRencanaForm, async (viewer, input) => {
  await addKunjungan(viewer, input);
  refresh();
  return { redirectTo: `/supervisi/rencana/${input.rencanaId}?disimpan=kunjungan#kunjungan` };
});

export const updateKunjunganAction = protectedAction("supervisi.plan", ZKunjunganUbah, async (viewer, input) => {
  const { rencanaId } = await updateKunjungan(viewer, input);
  refresh();
  return { redirectTo: `/supervisi/rencana/${rencanaId}?disimpan=jadwal#kunjungan` };
});

export const cancelKunjunganAction = protectedAction("supervisi.plan", ZKunjunganBatal, async (viewer, input) => {
  const { rencanaId } = await cancelKunjungan(viewer, input);
  refresh();
  return { redirectTo: `/supervisi/rencana/${rencanaId}?disimpan=batal#kunjungan` };
});
