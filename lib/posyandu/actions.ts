"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZPosyanduForm, ZPosyanduOperasional } from "./schemas.ts";
import { ZId } from "../dal/ids.ts";
import { createPosyandu, deletePosyandu, updatePosyandu } from "./dal.ts";

export const createPosyanduAction = protectedAction("posyandu.create", ZPosyanduForm, async (viewer, input) => {
  const { id } = await createPosyandu(viewer, input);
  revalidatePath("/posyandu");
  return { redirectTo: `/posyandu/${id}?disimpan=1` };
});

// The Dinkes admin edits the whole record; a puskesmas officer only place, schedule and status.
const ZUpdateAdmin = ZId.and(ZPosyanduForm);
const ZUpdateOperasional = ZId.and(ZPosyanduOperasional);

export const updatePosyanduAction = protectedAction(
  "posyandu.edit",
  (viewer) => (viewer.role === "DINKES_ADMIN" ? ZUpdateAdmin : ZUpdateOperasional),
  async (viewer, { id, ...input }) => {
    await updatePosyandu(viewer, id, input);
    revalidatePath(`/posyandu/${id}`);
    revalidatePath("/posyandu");
    return { redirectTo: `/posyandu/${id}?disimpan=1` };
  },
);

export const deletePosyanduAction = protectedAction("posyandu.delete", ZId, async (viewer, input) => {
  await deletePosyandu(viewer, input.id);
  revalidatePath("/posyandu");
  return { redirectTo: "/posyandu?dihapus=1" };
});
