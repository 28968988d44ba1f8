"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZDesaCreate, ZDusunCreate, ZDusunUpdate, ZKecamatanCreate, ZPuskesmasForm, ZPuskesmasUpdate, ZPustuForm, ZPustuUpdate, ZRename } from "./schemas.ts";
import { ZId } from "../dal/ids.ts";
import { createKecamatan, deleteKecamatan, renameKecamatan } from "./dal-kecamatan.ts";
import { createDesa, deleteDesa, renameDesa } from "./dal-desa.ts";
import { createDusun, deleteDusun, updateDusun } from "./dal-dusun.ts";
import { createPuskesmas, deletePuskesmas, updatePuskesmas } from "./dal-puskesmas.ts";
import { createPustu, deletePustu, updatePustu } from "./dal-pustu.ts";

// Every page under /wilayah shows counts that any of these writes can change.
const refresh = () => revalidatePath("/wilayah", "layout");

export const createKecamatanAction = protectedAction("wilayah.manage", ZKecamatanCreate, async (viewer, input) => {
  const { id } = await createKecamatan(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/kecamatan/${id}?disimpan=1` };
});

export const renameKecamatanAction = protectedAction("wilayah.manage", ZRename, async (viewer, input) => {
  await renameKecamatan(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/kecamatan/${input.id}?disimpan=1` };
});

export const deleteKecamatanAction = protectedAction("wilayah.manage", ZId, async (viewer, input) => {
  await deleteKecamatan(viewer, input.id);
  refresh();
  return { redirectTo: "/wilayah?dihapus=1" };
});

export const createDesaAction = protectedAction("wilayah.manage", ZDesaCreate, async (viewer, input) => {
  const { id } = await createDesa(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/desa/${id}?disimpan=1` };
});

export const renameDesaAction = protectedAction("wilayah.manage", ZRename, async (viewer, input) => {
  await renameDesa(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/desa/${input.id}?disimpan=1` };
});

export const deleteDesaAction = protectedAction("wilayah.manage", ZId, async (viewer, input) => {
  const { kecamatanId } = await deleteDesa(viewer, input.id);
  refresh();
  return { redirectTo: `/wilayah/kecamatan/${kecamatanId}?dihapus=1` };
});

export const createDusunAction = protectedAction("wilayah.manage", ZDusunCreate, async (viewer, input) => {
  await createDusun(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/desa/${input.desaId}?disimpan=dusun` };
});

export const updateDusunAction = protectedAction("wilayah.manage", ZDusunUpdate, async (viewer, input) => {
  await updateDusun(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/dusun/${input.id}?disimpan=1` };
});

export const deleteDusunAction = protectedAction("wilayah.manage", ZId, async (viewer, input) => {
  const { desaId } = await deleteDusun(viewer, input.id);
  refresh();
  return { redirectTo: `/wilayah/desa/${desaId}?dihapus=1` };
});

export const createPuskesmasAction = protectedAction("wilayah.manage", ZPuskesmasForm, async (viewer, input) => {
  const { id } = await createPuskesmas(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/puskesmas/${id}?disimpan=1` };
});

export const updatePuskesmasAction = protectedAction("wilayah.manage", ZPuskesmasUpdate, async (viewer, { id, ...input }) => {
  await updatePuskesmas(viewer, id, input);
  refresh();
  return { redirectTo: `/wilayah/puskesmas/${id}?disimpan=1` };
});

export const deletePuskesmasAction = protectedAction("wilayah.manage", ZId, async (viewer, input) => {
  await deletePuskesmas(viewer, input.id);
  refresh();
  return { redirectTo: "/wilayah/puskesmas?dihapus=1" };
});

export const createPustuAction = protectedAction("wilayah.manage", ZPustuForm, async (viewer, input) => {
  const { id } = await createPustu(viewer, input);
  refresh();
  return { redirectTo: `/wilayah/pustu/${id}?disimpan=1` };
});

export const updatePustuAction = protectedAction("wilayah.manage", ZPustuUpdate, async (viewer, { id, ...input }) => {
  await updatePustu(viewer, id, input);
  refresh();
  return { redirectTo: `/wilayah/pustu/${id}?disimpan=1` };
});

export const deletePustuAction = protectedAction("wilayah.manage", ZId, async (viewer, input) => {
  const { desaId } = await deletePustu(viewer, input.id);
  refresh();
  return { redirectTo: `/wilayah/desa/${desaId}?dihapus=1` };
});
