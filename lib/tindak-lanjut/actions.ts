"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZTindakLanjutUpdate } from "./schemas.ts";
import { updateTindakLanjut } from "./dal.ts";

export const updateTindakLanjutAction = protectedAction("tindaklanjut.update", ZTindakLanjutUpdate, async (viewer, input) => {
  const { id } = await updateTindakLanjut(viewer, input);
  revalidatePath("/supervisi", "layout");
  revalidatePath("/");
  return { redirectTo: `/supervisi/tindak-lanjut/${id}?disimpan=1` };
});
