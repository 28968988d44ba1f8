"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZPosyanduForm, ZPosyanduOperasional } from "./schemas.ts";
import { ZId } from "../dal/ids.ts";
import { createPosyandu, deletePosyandu, updatePosyandu } from "./dal.ts";
import { z } from "zod";

export const createPosyanduAction = protectedAction("posyandu.create", ZPosyanduForm, async (viewer, input) => {
  const { id } = await createPosyandu(viewer, input);
  revalidatePath("/posyandu");
  return { redirectTo: `/posyandu/${id}?disimpan=1` };
});

const ZUpdate = z.object({ id: z.uuid() });

export const updatePosyanduAction = protectedAction("posyandu.edit", z.any(), async (viewer, raw, formData) => {
  const { id } = ZUpdate.parse({ id: formData.get("id") });
  const schema = viewer.role === "DINKES_ADMIN" ? ZPosyanduForm : ZPosyanduOperasional;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  await updatePosyandu(viewer, id, parsed.data);
  revalidatePath(`/posyandu/${id}`);
  revalidatePath("/posyandu");
  return { redirectTo: `/posyandu/${id}?disimpan=1` };
});

export const deletePosyanduAction = protectedAction("posyandu.delete", ZId, async (viewer, input) => {
  await deletePosyandu(viewer, input.id);
  revalidatePath("/posyandu");
  return { redirectTo: "/posyandu?dihapus=1" };
});
