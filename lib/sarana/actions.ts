"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { ZAturanSaranaForm, ZJenisSaranaForm, ZJenisSaranaUpdate, ZSaranaForm } from "./schemas.ts";
import { saveSarana } from "./dal.ts";
import { createJenisSarana, resetAturanSarana, saveAturanSarana, setJenisSaranaAktif, updateJenisSarana } from "./dal-katalog.ts";

export const saveSaranaAction = protectedAction("sarana.manage", ZSaranaForm, async (viewer, input) => {
  const { id, changed, duplicateSubmit } = await saveSarana(viewer, input);
  revalidatePath(`/posyandu/${id}`, "layout");
  revalidatePath("/sarana");
  return { redirectTo: `/posyandu/${id}/sarana?disimpan=${duplicateSubmit || changed > 0 ? "1" : "0"}` };
});

// The catalogue is read on every posyandu's kit page of the kabupaten.
const refreshKatalog = () => {
  revalidatePath("/pengaturan/sarana");
  revalidatePath("/posyandu", "layout");
  revalidatePath("/sarana");
};

export const createJenisSaranaAction = protectedAction("katalog.manage", ZJenisSaranaForm, async (viewer, input) => {
  await createJenisSarana(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/sarana?disimpan=1" };
});

export const updateJenisSaranaAction = protectedAction("katalog.manage", ZJenisSaranaUpdate, async (viewer, input) => {
  await updateJenisSarana(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/sarana?disimpan=1" };
});

export const setJenisSaranaAktifAction = protectedAction("katalog.manage", ZId.extend({ aktif: z.enum(["ya", "tidak"], { error: "Pilihan tidak sah." }) }), async (viewer, input) => {
  await setJenisSaranaAktif(viewer, input.id, input.aktif === "ya");
  refreshKatalog();
  return { redirectTo: `/pengaturan/sarana?${input.aktif === "ya" ? "diaktifkan" : "dinonaktifkan"}=1` };
});

export const saveAturanSaranaAction = protectedAction("katalog.manage", ZAturanSaranaForm, async (viewer, input) => {
  await saveAturanSarana(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/sarana?aturan=1" };
});

export const resetAturanSaranaAction = protectedAction("katalog.manage", z.object({}), async (viewer) => {
  await resetAturanSarana(viewer);
  refreshKatalog();
  return { redirectTo: "/pengaturan/sarana?aturan=1" };
});
