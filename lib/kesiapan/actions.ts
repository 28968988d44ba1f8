"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN } from "./aturan.ts";
import { ZAmbangForm, ZBatasForm, ZBobotForm } from "./schemas.ts";
import { ATURAN_BATAS_PERCONTOHAN } from "../percontohan/aturan.ts";
import { refreshKabupaten } from "./refresh.ts";

// A new rule re-scores every posyandu of the kabupaten at once (this month's snapshot).
const done = () => {
  revalidatePath("/kesiapan", "layout");
  return { redirectTo: "/kesiapan/aturan?disimpan=1" };
};

export const saveBobotAction = protectedAction("katalog.manage", ZBobotForm, async (viewer, input) => {
  await saveAturan(viewer, ATURAN_BOBOT_KESIAPAN, input, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
  return done();
});

export const saveAmbangAction = protectedAction("katalog.manage", ZAmbangForm, async (viewer, input) => {
  await saveAturan(viewer, ATURAN_AMBANG_KESIAPAN, input, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
  return done();
});

// The pilot limits change no score: nothing to recompute.
export const saveBatasPercontohanAction = protectedAction("katalog.manage", ZBatasForm, async (viewer, input) => {
  await saveAturan(viewer, ATURAN_BATAS_PERCONTOHAN, input);
  return done();
});

const ZReset = z.object({ kunci: z.enum([ATURAN_BOBOT_KESIAPAN.kunci, ATURAN_AMBANG_KESIAPAN.kunci, ATURAN_BATAS_PERCONTOHAN.kunci]) });

export const resetAturanKesiapanAction = protectedAction("katalog.manage", ZReset, async (viewer, input) => {
  if (input.kunci === ATURAN_BATAS_PERCONTOHAN.kunci) {
    await resetAturan(viewer, ATURAN_BATAS_PERCONTOHAN);
    return done();
  }
  const aturan = input.kunci === ATURAN_BOBOT_KESIAPAN.kunci ? ATURAN_BOBOT_KESIAPAN : ATURAN_AMBANG_KESIAPAN;
  await resetAturan(viewer, aturan as typeof ATURAN_BOBOT_KESIAPAN, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
  return done();
});
