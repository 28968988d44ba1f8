"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { ZPercontohanForm, ZPercontohanUbah, ZPindahTahap, ZReplikasiForm, ZReplikasiUbah, ZStudiBandingForm, ZStudiBandingUbah } from "./schemas.ts";
import { createPercontohan, deletePercontohan, movePercontohanTahap, updatePercontohan } from "./dal.ts";
import { createReplikasi, deleteReplikasi, moveReplikasiTahap, updateReplikasi } from "./dal-replikasi.ts";
import { createStudiBanding, deleteStudiBanding, updateStudiBanding } from "./dal-studi-banding.ts";

// The cohort, the pilot pages, the study-visit list and the posyandu pages' pilot card show these.
function refresh() {
  revalidatePath("/percontohan", "layout");
  revalidatePath("/studi-banding", "layout");
  revalidatePath("/posyandu", "layout");
}

export const createPercontohanAction = protectedAction("percontohan.manage", ZPercontohanForm, async (viewer, input) => {
  const { id } = await createPercontohan(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${id}?disimpan=1` };
});

export const updatePercontohanAction = protectedAction("percontohan.manage", ZPercontohanUbah, async (viewer, { id, ...input }) => {
  await updatePercontohan(viewer, id, input);
  refresh();
  return { redirectTo: `/percontohan/${id}?disimpan=1` };
});

export const movePercontohanTahapAction = protectedAction("percontohan.manage", ZPindahTahap, async (viewer, input) => {
  const { id } = await movePercontohanTahap(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${id}?disimpan=tahap` };
});

export const deletePercontohanAction = protectedAction("percontohan.manage", ZId, async (viewer, input) => {
  await deletePercontohan(viewer, input.id);
  refresh();
  return { redirectTo: "/percontohan?dihapus=1" };
});

export const createReplikasiAction = protectedAction("percontohan.manage", ZReplikasiForm, async (viewer, input) => {
  await createReplikasi(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${input.percontohanId}?disimpan=replikasi#replikasi` };
});

export const updateReplikasiAction = protectedAction("percontohan.manage", ZReplikasiUbah, async (viewer, input) => {
  const { percontohanId } = await updateReplikasi(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${percontohanId}/replikasi/${input.id}?disimpan=1` };
});

export const moveReplikasiTahapAction = protectedAction("percontohan.manage", ZPindahTahap, async (viewer, input) => {
  const { id, percontohanId } = await moveReplikasiTahap(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${percontohanId}/replikasi/${id}?disimpan=tahap` };
});

export const deleteReplikasiAction = protectedAction("percontohan.manage", ZId, async (viewer, input) => {
  const { percontohanId } = await deleteReplikasi(viewer, input.id);
  refresh();
  return { redirectTo: `/percontohan/${percontohanId}?dihapus=replikasi#replikasi` };
});

export const createStudiBandingAction = protectedAction("percontohan.manage", ZStudiBandingForm, async (viewer, input) => {
  await createStudiBanding(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${input.percontohanId}?disimpan=studi#studi-banding` };
});

export const updateStudiBandingAction = protectedAction("percontohan.manage", ZStudiBandingUbah, async (viewer, input) => {
  const { percontohanId } = await updateStudiBanding(viewer, input);
  refresh();
  return { redirectTo: `/percontohan/${percontohanId}?disimpan=studi#studi-banding` };
});

export const deleteStudiBandingAction = protectedAction("percontohan.manage", ZId, async (viewer, input) => {
  const { percontohanId } = await deleteStudiBanding(viewer, input.id);
  refresh();
  return { redirectTo: `/percontohan/${percontohanId}?dihapus=studi#studi-banding` };
});
