"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { ZKunjunganBaru } from "./schemas.ts";
import { createKunjungan, startKunjungan } from "./dal.ts";

/** Opens an ad hoc visit (its id made with the form) and goes to its conduct screen. */
export const createKunjunganAction = protectedAction("supervisi.conduct", ZKunjunganBaru, async (viewer, input) => {
  const { id } = await createKunjungan(viewer, input);
  revalidatePath("/supervisi", "layout");
  return { redirectTo: `/supervisi/kunjungan/${id}/isi` };
});

/** Starts a planned visit and goes to its conduct screen. */
export const startKunjunganAction = protectedAction("supervisi.conduct", ZId, async (viewer, { id }) => {
  await startKunjungan(viewer, id);
  revalidatePath("/supervisi", "layout");
  return { redirectTo: `/supervisi/kunjungan/${id}/isi` };
});
