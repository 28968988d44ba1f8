"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { ZBukaHariBuka, ZTutupHariBuka } from "./schemas.ts";
import { bukaHariBuka, tutupHariBuka } from "./dal.ts";

export const bukaHariBukaAction = protectedAction("haribuka.record", ZBukaHariBuka, async (viewer, input) => {
  const { id } = await bukaHariBuka(viewer, input);
  revalidatePath("/hari-buka");
  return { redirectTo: `/hari-buka/${id}` };
});

/** Close the day (kader, bidan) or, with `buka`, open it again (bidan, puskesmas): the DAL checks which. */
export const tutupHariBukaAction = protectedAction("laporan.read", ZTutupHariBuka, async (viewer, { id, buka }) => {
  await tutupHariBuka(viewer, id, buka);
  revalidatePath("/hari-buka");
  revalidatePath(`/hari-buka/${id}`);
  return { ok: true, message: buka ? "Hari posyandu dibuka lagi untuk koreksi." : "Hari posyandu ditutup." };
});
