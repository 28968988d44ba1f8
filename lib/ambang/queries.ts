/** Reads the thresholds that apply in a kabupaten (its stored values over the documented defaults). */
import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import { AMBANG_ATURAN, resolveAmbang, type Ambang } from "./index.ts";

const KUNCI = AMBANG_ATURAN.map((a) => a.kunci);

/**
 * The thresholds of a kabupaten, with `diubahPada` (kunci → ISO time) for each rule whose own value
 * is stored and valid. One statement.
 */
export async function loadAmbang(kabupatenId: string, tx?: DbTx): Promise<Ambang> {
  const rows = await (tx ?? db).pengaturan.findMany({ where: { kabupatenId, kunci: { in: KUNCI } }, select: { kunci: true, nilai: true, updatedAt: true } });
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.kunci] = r.nilai;
  const ambang = resolveAmbang(stored);
  const diubahPada: Record<string, string> = {};
  for (const r of rows) {
    const a = AMBANG_ATURAN.find((x) => x.kunci === r.kunci)!;
    if (a.schema.safeParse(r.nilai).success) diubahPada[r.kunci] = r.updatedAt.toISOString();
  }
  return { ...ambang, diubahPada };
}
