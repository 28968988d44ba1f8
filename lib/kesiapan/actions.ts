"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN } from "./aturan.ts";
import { ZAmbangForm, ZBobotForm } from "./schemas.ts";
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

const ZReset = z.object({ kunci: z.enum([ATURAN_BOBOT_KESIAPAN.kunci, ATURAN_AMBANG_KESIAPAN.kunci]) });

export const resetAturanKesiapanAction = protectedAction("katalog.manage", ZReset, async (viewer, input) => {
  const aturan = input.kunci === ATURAN_BOBOT_KESIAPAN.kunci ? ATURAN_BOBOT_KESIAPAN : ATURAN_AMBANG_KESIAPAN;
  await resetAturan(viewer, aturan as typeof ATURAN_BOBOT_KESIAPAN, (tx) => refreshKabupaten(tx, viewer.kabupatenId));
  return done();
});
