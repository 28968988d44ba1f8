/** Reads the thresholds that apply in a kabupaten (its stored values over the documented defaults). */
import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { AMBANG_ATURAN, resolveAmbang, type Ambang } from "./index.ts";
import { resolveAturan } from "../pengaturan/aturan.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import type { Viewer } from "../access/viewer-type.ts";

const KUNCI = AMBANG_ATURAN.map((a) => a.kunci);

/**
 * The thresholds of a kabupaten, with `diubahPada` (kunci → ISO time) for each rule whose own value
 * is stored and valid. One statement.
 */
export async function loadAmbang(kabupatenId: string, tx?: DbTx): Promise<Ambang> {
  return ambangOf(await (tx ?? db).pengaturan.findMany({ where: { kabupatenId, ...ambangRows.where }, select: ambangRows.select }));
}

/** The threshold rows of a kabupaten as a relation select (`kabupaten: { select: { pengaturan: ambangRows } }`), for a read that needs them with other data in one statement. */
export const ambangRows = { where: { kunci: { in: KUNCI } }, select: { kunci: true, nilai: true, updatedAt: true } } satisfies Prisma.Kabupaten$pengaturanArgs;

/** The thresholds from a kabupaten's stored rows (ambangRows), as loadAmbang answers. */
export function ambangOf(rows: { kunci: string; nilai: unknown; updatedAt: Date }[]): Ambang {
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

export interface AturanBerlaku {
  kunci: string;
  /** The value in force (the kabupaten's own when stored and valid, else the default). */
  nilai: unknown;
  diubah: boolean;
  /** When the kabupaten's own value was last saved. */
  diubahPada: Date | null;
}

/** Every threshold rule of the viewer's kabupaten with the value in force, for the /ambang page. One statement. */
export async function readAturanAmbang(viewer: Viewer): Promise<Map<string, AturanBerlaku>> {
  const { kabupatenId } = kabupatenDataScope(viewer);
  const rows = await db.pengaturan.findMany({ where: { kabupatenId, kunci: { in: KUNCI } }, select: { kunci: true, nilai: true, updatedAt: true } });
  const byKunci = new Map(rows.map((r) => [r.kunci, r]));
  const out = new Map<string, AturanBerlaku>();
  for (const a of AMBANG_ATURAN) {
    const row = byKunci.get(a.kunci);
    const r = resolveAturan(a, row?.nilai);
    out.set(a.kunci, { kunci: a.kunci, nilai: r.nilai, diubah: r.diubah, diubahPada: r.diubah ? row!.updatedAt : null });
  }
  return out;
}
