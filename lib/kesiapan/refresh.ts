/**
 * The readiness snapshot follows the data: every write that changes what a posyandu's readiness is
 * made of (kaders, skill assessments, kit, premises, rules) calls `refreshKesiapan` inside its own
 * transaction with the posyandu it touched, so that no batch job has to be remembered.
 */
import type { DbTx } from "../prisma-client.ts";

export async function refreshKesiapan(tx: DbTx, posyanduIds: readonly string[]): Promise<void> {
  // The score itself lands with lib/kesiapan/score.ts; until then there is nothing to store.
  void tx;
  void posyanduIds;
}

/** Re-scores every posyandu of a kabupaten (after a rule of the kabupaten changed). */
export async function refreshKabupaten(tx: DbTx, kabupatenId: string): Promise<void> {
  const ids = await tx.posyandu.findMany({ where: { desa: { kabupatenId } }, select: { id: true } });
  await refreshKesiapan(tx, ids.map((p) => p.id));
}
