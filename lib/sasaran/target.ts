/**
 * Annual targets (S, "sasaran") per posyandu per year per group, with the number registered beside
 * each. Kept by sasaran.manage for the posyandu of its area (kader: its own). The registered count of
 * an age group is taken on a reference day: today for the current year, 1 July (mid-year, as the
 * population projections are) for any other; HAMIL counts the pregnancies running at some time in
 * the year.
 */
import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { posyanduScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { KELOMPOK_SASARAN } from "./kelompok.ts";
import { rentangLahir } from "./kelompok-sql.ts";
import { KELOMPOK_TARGET, type KelompokTarget, type TTargetForm } from "./schemas.ts";

/** The day the registered count of an age group is taken for a target year. */
export function hariAcuan(tahun: number, hariIni = todayInJakarta()): string {
  return Number(hariIni.slice(0, 4)) === tahun ? hariIni : `${tahun}-07-01`;
}

export interface BarisTarget { kelompok: KelompokTarget; target: number | null; terdaftar: number }

/** The targets and registered counts of one posyandu for one year (two statements). */
export async function targetPosyandu(viewer: Viewer, posyanduId: string, tahun: number, hariIni = todayInJakarta()): Promise<{ hari: string; rows: BarisTarget[] }> {
  if (!can(viewer, "sasaran.read")) throw new ForbiddenError();
  if (!isUuid(posyanduId)) throw new NotFoundError();
  const p = await db.posyandu.findFirst({ where: { AND: [{ id: posyanduId }, posyanduScope(viewer)] }, select: { id: true } });
  if (!p) throw new NotFoundError();
  const hari = hariAcuan(tahun, hariIni);
  const counts = KELOMPOK_SASARAN.map((k) => {
    const r = rentangLahir(k, hari);
    const cond = r.setelah ? Prisma.sql`s.tanggal_lahir <= ${r.sampai}::date AND s.tanggal_lahir > ${r.setelah}::date` : Prisma.sql`s.tanggal_lahir <= ${r.sampai}::date`;
    return Prisma.sql`count(*) FILTER (WHERE ${cond})::int AS ${Prisma.raw(`"${k}"`)}`;
  });
  const [counted, targets] = await Promise.all([
    db.$queryRaw<Record<string, number>[]>`
      SELECT ${Prisma.join(counts, ", ")},
        (SELECT count(DISTINCT ss.sasaran_id)::int FROM status_sasaran ss JOIN sasaran h ON h.id = ss.sasaran_id
          WHERE h.posyandu_id = ${posyanduId}::uuid AND h.digabung_ke_id IS NULL AND ss.status = 'HAMIL'
            AND ss.mulai <= ${`${tahun}-12-31`}::date AND (ss.selesai IS NULL OR ss.selesai >= ${`${tahun}-01-01`}::date)) AS "HAMIL"
      FROM sasaran s
      WHERE s.posyandu_id = ${posyanduId}::uuid AND s.digabung_ke_id IS NULL AND s.is_active`,
    db.targetSasaran.findMany({ where: { posyanduId, tahun }, select: { kelompok: true, jumlah: true } }),
  ]);
  const byK = new Map(targets.map((t) => [t.kelompok, t.jumlah]));
  return { hari, rows: KELOMPOK_TARGET.map((k) => ({ kelompok: k, target: byK.get(k) ?? null, terdaftar: counted[0]?.[k] ?? 0 })) };
}

/** Saves one posyandu's targets for a year (empty = none for that group), audited as one change. */
export async function saveTarget(viewer: Viewer, input: TTargetForm): Promise<void> {
  if (!can(viewer, "sasaran.manage")) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const p = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] }, select: { id: true } });
    if (!p) throw new NotFoundError();
    const old = await tx.targetSasaran.findMany({ where: { posyanduId: p.id, tahun: input.tahun }, select: { kelompok: true, jumlah: true } });
    const before: Record<string, number | null> = Object.fromEntries(KELOMPOK_TARGET.map((k) => [k, old.find((o) => o.kelompok === k)?.jumlah ?? null]));
    const after: Record<string, number | null> = Object.fromEntries(KELOMPOK_TARGET.map((k) => [k, input[`jumlah_${k}`]]));
    if (KELOMPOK_TARGET.every((k) => before[k] === after[k])) return;
    for (const k of KELOMPOK_TARGET) {
      const jumlah = after[k];
      if (jumlah === null) await tx.targetSasaran.deleteMany({ where: { posyanduId: p.id, tahun: input.tahun, kelompok: k } });
      else await tx.targetSasaran.upsert({ where: { posyanduId_tahun_kelompok: { posyanduId: p.id, tahun: input.tahun, kelompok: k } }, create: { posyanduId: p.id, tahun: input.tahun, kelompok: k, jumlah }, update: { jumlah } });
    }
    await writeAudit(tx, viewer, { entity: "target_sasaran", entityId: p.id, action: "UPDATE", before: { tahun: input.tahun, ...before }, after: { tahun: input.tahun, ...after } });
  });
}
