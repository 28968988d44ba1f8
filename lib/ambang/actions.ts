"use server";
/**
 * Changing a threshold rule (Dinkes admin, katalog.manage): saved and audited by lib/pengaturan;
 * entries already recorded keep the results they were computed with.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction, INVALID_INPUT_MESSAGE } from "../actions/protected-action.ts";
import { requestId } from "../forms/zod-helpers.ts";
import { db } from "../db.ts";
import { resetAturan, saveAturan } from "../pengaturan/dal.ts";
import { resolveAturan } from "../pengaturan/aturan.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import { aturanAmbang } from "./index.ts";
import { KUNCI_AMBANG, bacaIsian, samaNilai } from "./formulir.ts";

const ZKunci = z.enum(KUNCI_AMBANG as [string, ...string[]], { error: "Aturan tidak ditemukan." });
const ZSimpan = z.looseObject({ kunci: ZKunci, requestId });
const ZKembalikan = z.object({ id: ZKunci });

function refresh() {
  revalidatePath("/ambang");
}

export const saveAmbangAction = protectedAction("katalog.manage", ZSimpan, async (viewer, input) => {
  const aturan = aturanAmbang(input.kunci)!;
  const { kabupatenId } = kabupatenDataScope(viewer);
  const row = await db.pengaturan.findUnique({ where: { kabupatenId_kunci: { kabupatenId, kunci: aturan.kunci } }, select: { nilai: true } });
  const sekarang = resolveAturan(aturan, row?.nilai);
  const baca = bacaIsian(aturan.kunci, sekarang.nilai, input);
  if (!baca.ok) return { ok: false, message: baca.message ?? INVALID_INPUT_MESSAGE, fieldErrors: baca.fieldErrors };
  // A double submit (or a save without a change) writes nothing the second time.
  if (!(sekarang.diubah && samaNilai(sekarang.nilai, baca.nilai))) {
    await saveAturan(viewer, aturan, baca.nilai);
  }
  refresh();
  return { redirectTo: `/ambang?disimpan=${encodeURIComponent(aturan.kunci)}#${aturan.kunci.replace(".", "-")}` };
});

export const resetAmbangAction = protectedAction("katalog.manage", ZKembalikan, async (viewer, input) => {
  await resetAturan(viewer, aturanAmbang(input.id)!);
  refresh();
  return { redirectTo: `/ambang?bawaan=${encodeURIComponent(input.id)}#${input.id.replace(".", "-")}` };
});
