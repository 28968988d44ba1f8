/**
 * The SKDN of one posyandu-month by name: every registered live balita (0–59 months on the month's
 * last day) and every balita weighed there that month, with the weighing (the month's last one),
 * last calendar month's weight, the KBM that applied and the stored status. By name: `sasaran.read`
 * only (the Dinkes gets the aggregate); the download of it is audited.
 *
 * Its CSV: skdn-csv.ts (SKDN_CSV_HEADER, skdnCsvCells).
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { can } from "../access/permissions.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { posyanduScope, sasaranScopeSql } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import { umurBulanPada } from "../sasaran/kelompok.ts";
import { isoDay } from "../i18n/format.ts";
import { umurAntaraSql } from "./kelompok-sql.ts";
import { bulanDari, type Bulan } from "./bulan.ts";

export interface BalitaSkdn {
  sasaranId: string;
  nama: string;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  /** Null when not weighed that month. */
  tanggalTimbang: string | null;
  /** On the weighing day; when not weighed, on the month's last day. */
  umurBulan: number;
  beratKg: number | null;
  beratLaluKg: number | null;
  kbmG: number | null;
  status: "N" | "T" | "O" | "B" | null;
  duaT: boolean;
  bgm: boolean;
}

interface Row {
  id: string; nama: string; jenis_kelamin: "L" | "P"; tanggal_lahir: Date; tanggal: Date | null; umur_bulan: number | null;
  berat_kg: string | null; berat_lalu_kg: string | null; kbm_g: number | null; naik: string | null; dua_t: boolean | null; bgm: boolean | null;
}

/** The posyandu (in scope) the by-name SKDN is about: NotFoundError outside scope or without `sasaran.read`. */
export async function posyanduByName(viewer: Viewer, posyanduId: string | undefined): Promise<{ id: string; nama: string; desa: string }> {
  if (!can(viewer, "sasaran.read")) throw new NotFoundError();
  const id = posyanduId ?? (viewer.role === "KADER" ? viewer.posyanduId : null);
  if (!id) throw new NotFoundError();
  const p = await db.posyandu.findFirst({ where: { AND: [posyanduScope(viewer), { id }] }, select: { id: true, nama: true, desa: { select: { nama: true } } } });
  if (!p) throw new NotFoundError();
  return { id: p.id, nama: p.nama, desa: p.desa.nama };
}

/** One statement: the posyandu's balita for the month, by name, sorted by name. */
export async function skdnBalita(viewer: Viewer, posyanduId: string, bulan: Bulan): Promise<BalitaSkdn[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.id::text AS id, s.nama, s.jenis_kelamin::text AS jenis_kelamin, s.tanggal_lahir, x.tanggal, x.umur_bulan,
      x.berat_kg::text AS berat_kg, x.berat_lalu_kg::text AS berat_lalu_kg, x.kbm_g, x.naik, x.dua_t, x.bgm
    FROM sasaran s
    LEFT JOIN LATERAL (
      SELECT e.tanggal, e.umur_bulan, e.berat_kg, e.berat_lalu_kg, e.kbm_g, e.naik, e.dua_t, e.bgm
      FROM pemeriksaan e
      WHERE e.sasaran_id = s.id AND e.posyandu_id = ${posyanduId}::uuid AND e.tanggal >= ${bulan.awal}::date AND e.tanggal < ${bulan.akhirEksklusif}::date
        AND e.berat_kg IS NOT NULL AND e.umur_bulan < 60
      ORDER BY e.tanggal DESC LIMIT 1) x ON TRUE
    WHERE ${sasaranScopeSql(viewer)} AND s.posyandu_id = ${posyanduId}::uuid AND s.digabung_ke_id IS NULL
      AND ((s.is_active AND ${umurAntaraSql(Prisma.sql`s.tanggal_lahir`, bulan.akhir, 0, 59)}) OR x.tanggal IS NOT NULL)
    ORDER BY s.nama, s.tanggal_lahir, s.id`;
  return rows.map((r) => {
    const lahir = isoDay(r.tanggal_lahir);
    return {
      sasaranId: r.id, nama: r.nama, jenisKelamin: r.jenis_kelamin, tanggalLahir: lahir,
      tanggalTimbang: r.tanggal ? isoDay(r.tanggal) : null,
      umurBulan: r.umur_bulan ?? umurBulanPada(lahir, bulan.akhir),
      beratKg: r.berat_kg === null ? null : Number(r.berat_kg),
      beratLaluKg: r.berat_lalu_kg === null ? null : Number(r.berat_lalu_kg),
      kbmG: r.kbm_g, status: (r.naik as BalitaSkdn["status"]) ?? null, duaT: r.dua_t ?? false, bgm: r.bgm ?? false,
    };
  });
}

export async function laporanSkdnBalita(viewer: Viewer, posyanduId: string | undefined, kodeBulan: string) {
  const posyandu = await posyanduByName(viewer, posyanduId);
  const bulan = bulanDari(kodeBulan);
  return { posyandu, bulan, balita: await skdnBalita(viewer, posyandu.id, bulan) };
}
