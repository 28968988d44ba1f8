/**
 * The supervision trend reads (issue 10 part 6), scoped by kunjunganScope: a site's submitted visits
 * (total and per-domain scores, the version each was scored on, and when the series spans versions
 * the comparable score over the items all its versions share), and a puskesmas's mean scores per
 * quarter over the visits to its catchment. Aggregated in SQL so that a kabupaten with ~34,000 visits
 * and ~1.3 M answers stays fast: the comparable score starts from each visit's stored weighted sums
 * (kunjungan_supervisi.jumlah_bobot/_skor, kept by triggers on its answers) and reads only its answers
 * on the few items not shared. A site page is 2–3 statements, a puskesmas page 2.
 */
import "server-only";
import { db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, kunjunganScope, kunjunganScopeSql, posyanduScope, puskesmasScope } from "../access/scope.ts";
import { isoDay } from "../i18n/format.ts";
import { otherVersion, spansVersions, triwulanRange, type TitikTren } from "../supervisi/tren.ts";

/** An item that counts towards the score (lib/supervisi/score.ts isScored), as SQL on butir `b`. */
const SCORED_SQL = Prisma.sql`b.tipe <> 'TEKS' AND b.bobot > 0 AND (b.tipe <> 'ANGKA' OR coalesce((b.opsi->>'target')::numeric, 0) > 0)`;

/**
 * The CTEs `shared` (the lineages scored in every one of the versions `versi`, a uuid[] parameter or subquery,
 * `jumlah` of them: lineagesSharedByAll) and `lain` (the items of those versions with a weight outside
 * those lineages, as arrays of ids and weights) that comparable scores are computed with.
 */
function sebandingCtes(versi: Prisma.Sql, jumlah: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`shared AS (
      SELECT b.garis_id FROM butir_instrumen b
      WHERE b.instrumen_id = ANY(${versi}::uuid[]) AND ${SCORED_SQL}
      GROUP BY b.garis_id HAVING count(DISTINCT b.instrumen_id) = ${jumlah}
    ), lain AS (
      SELECT coalesce(array_agg(b.id), '{}') AS ids, coalesce(array_agg(b.bobot), '{}') AS bobot FROM butir_instrumen b
      WHERE b.instrumen_id = ANY(${versi}::uuid[]) AND b.bobot > 0 AND b.garis_id NOT IN (SELECT s.garis_id FROM shared s)
    )`;
}

/**
 * The comparable score of visit `k` (a row with jumlah_bobot and jumlah_bobot_skor): Σ bobot × skor /
 * Σ bobot over its answers on the shared lineages (scoreOnLineages), taken as the visit's stored sums
 * over all its scored answers minus its answers on the items in `lain` — one or two index probes per
 * visit instead of reading its ~37 answers. Needs the CTEs of sebandingCtes and `LATERAL_LAIN` joined.
 */
const SKOR_SEBANDING = Prisma.sql`100 * (k.jumlah_bobot_skor - coalesce(n.ws, 0)) / nullif(k.jumlah_bobot - coalesce(n.w, 0), 0)`;
const LATERAL_LAIN = Prisma.sql`LEFT JOIN LATERAL (
      SELECT sum(x.bobot * j.skor) AS ws, sum(x.bobot) AS w
      FROM jawaban_kunjungan j
      CROSS JOIN LATERAL (SELECT (SELECT l.bobot FROM lain l)[array_position((SELECT l.ids FROM lain l), j.butir_id)] AS bobot) x
      WHERE j.kunjungan_id = k.id AND j.butir_id = ANY((SELECT l.ids FROM lain l)::uuid[]) AND j.skor IS NOT NULL AND NOT j.na
    ) n ON true`;

/** The comparable score of each of the visits `visitIds` over the lineages `versionIds` all share, one statement; and how many lineages are shared. */
async function comparableScores(visitIds: string[], versionIds: string[]): Promise<{ skor: Map<string, number | null>; bersama: number }> {
  const rows = await db.$queryRaw<{ id: string | null; skor: number | null; bersama: number }[]>`
    WITH ${sebandingCtes(Prisma.sql`${versionIds}`, Prisma.sql`${versionIds.length}`)}
    SELECT k.id::text AS id, round(${SKOR_SEBANDING}, 1)::float8 AS skor, (SELECT count(*) FROM shared)::int AS bersama
    FROM kunjungan_supervisi k ${LATERAL_LAIN}
    WHERE k.id = ANY(${visitIds}::uuid[])
    UNION ALL SELECT NULL, NULL, (SELECT count(*) FROM shared)::int`;
  const skor = new Map<string, number | null>();
  for (const r of rows) if (r.id) skor.set(r.id, r.skor);
  return { skor, bersama: rows[0]?.bersama ?? 0 };
}

export interface TrenSitus {
  jenis: "posyandu" | "desa";
  id: string;
  nama: string;
  wilayah: string;
  titik: (TitikTren & { kode: string; versiLain: boolean })[];
  domain: { kode: string; nama: string }[];
  /** The series has visits on more than one instrument version: the comparable score is shown. */
  lintasVersi: boolean;
  /** The version of the latest visit (the others are marked). */
  acuan: { kode: string; versi: number } | null;
  /** Items (lineages) all the versions of the series share. */
  butirBersama: number;
}

/** A posyandu's or a desa's (desa-level visits) submitted visits over time; null when the site is not in scope. */
export async function trenSitus(viewer: Viewer, site: { posyandu: string } | { desa: string }): Promise<TrenSitus | null> {
  if (!can(viewer, "supervisi.read")) return null;
  let head: { jenis: "posyandu" | "desa"; id: string; nama: string; wilayah: string } | null = null;
  if ("posyandu" in site) {
    const p = await db.posyandu.findFirst({ where: { AND: [{ id: site.posyandu }, posyanduScope(viewer)] }, select: { id: true, nama: true, desa: { select: { nama: true } } } });
    if (p) head = { jenis: "posyandu", id: p.id, nama: `Posyandu ${p.nama}`, wilayah: `Desa ${p.desa.nama}` };
  } else {
    const d = await db.desa.findFirst({ where: { AND: [{ id: site.desa }, desaScope(viewer)] }, select: { id: true, nama: true, kecamatan: { select: { nama: true } } } });
    if (d) head = { jenis: "desa", id: d.id, nama: `Desa ${d.nama}`, wilayah: `Kecamatan ${d.kecamatan.nama}` };
  }
  if (!head) return null;
  const visits = await db.kunjunganSupervisi.findMany({
    where: { AND: [kunjunganScope(viewer), { status: "SELESAI" }, head.jenis === "posyandu" ? { posyanduId: head.id } : { desaId: head.id, sasaran: "DESA" }] },
    select: { id: true, tanggal: true, skor: true, skorDomain: true, kategori: true, instrumenId: true, instrumen: { select: { kode: true, versi: true, domain: { select: { kode: true, nama: true, urutan: true }, orderBy: { urutan: "asc" } } } } },
    orderBy: [{ tanggal: "asc" }, { id: "asc" }],
    take: 400,
  });
  const titik = visits.map((v) => ({
    id: v.id, tanggal: isoDay(v.tanggal), instrumenId: v.instrumenId, versi: v.instrumen.versi, kode: v.instrumen.kode,
    skor: v.skor?.toNumber() ?? null, skorDomain: (v.skorDomain ?? {}) as Record<string, number | null>, kategori: v.kategori, skorSebanding: null as number | null, versiLain: false,
  }));
  const lain = otherVersion(titik);
  for (const t of titik) t.versiLain = lain.has(t.id);
  const lintasVersi = spansVersions(titik);
  let butirBersama = 0;
  if (lintasVersi) {
    const c = await comparableScores(titik.map((t) => t.id), [...new Set(titik.map((t) => t.instrumenId))]);
    for (const t of titik) t.skorSebanding = c.skor.get(t.id) ?? null;
    butirBersama = c.bersama;
  }
  // Domains in the order of the latest version, then any that only older versions had.
  const domain = new Map<string, string>();
  for (const v of [...visits].reverse()) for (const d of v.instrumen.domain) if (!domain.has(d.kode)) domain.set(d.kode, d.nama);
  const last = titik.at(-1);
  return { ...head, titik, domain: [...domain].map(([kode, nama]) => ({ kode, nama })), lintasVersi, acuan: last ? { kode: last.kode, versi: last.versi } : null, butirBersama };
}

export interface TrenTriwulan {
  triwulan: string;
  kunjungan: number;
  skor: number | null;
  skorDomain: Record<string, number | null>;
  /** Versions the quarter's visits were scored on. */
  versi: number;
  skorSebanding: number | null;
}

export interface TrenPuskesmas {
  id: string;
  nama: string;
  sasaran: "POSYANDU" | "DESA";
  baris: TrenTriwulan[];
  domain: { kode: string; nama: string }[];
  lintasVersi: boolean;
  butirBersama: number;
  /** The instrument (kode) the quarters are averaged over: the versions of one instrument only. */
  instrumenKode: string | null;
}

/**
 * A puskesmas's mean scores per quarter over the submitted visits to its catchment (posyandu or desa
 * visits) on one instrument — its versions compare through their shared items, two different
 * instruments do not compare at all. The instrument: `kode` when given, else that of the latest visit.
 */
export async function trenPuskesmas(viewer: Viewer, puskesmasId: string, sasaran: "POSYANDU" | "DESA", kode?: string): Promise<TrenPuskesmas | null> {
  if (!can(viewer, "supervisi.read")) return null;
  const pkm = await db.puskesmas.findFirst({ where: { AND: [{ id: puskesmasId }, puskesmasScope(viewer)] }, select: { id: true, nama: true } });
  if (!pkm) return null;
  // One statement: the catchment's submitted visits read once (their instruments looked up per
  // version, not per visit), the quarterly means, and when they span versions the comparable mean.
  const rows = await db.$queryRaw<{ tw: string; domain: string | null; n: number; skor: number | null; versi: number | null; versi_ids: string[] | null; kode: string | null; sebanding: number | null; bersama: number | null }[]>`
    WITH semua AS MATERIALIZED (
      SELECT k.id, k.tanggal, k.skor, k.skor_domain, k.instrumen_id, k.jumlah_bobot, k.jumlah_bobot_skor
      FROM kunjungan_supervisi k JOIN desa d ON d.id = k.desa_id
      WHERE k.status = 'SELESAI' AND k.sasaran = ${sasaran}::"SasaranSupervisi" AND d.puskesmas_id = ${pkm.id}::uuid AND ${kunjunganScopeSql(viewer)}
    ), versi AS (
      SELECT i.id, i.kode FROM instrumen i WHERE i.id IN (SELECT DISTINCT s.instrumen_id FROM semua s)
    ), k AS MATERIALIZED (
      SELECT s.id, s.tanggal, s.skor, s.skor_domain, s.instrumen_id, s.jumlah_bobot, s.jumlah_bobot_skor, v.kode,
             extract(year FROM s.tanggal)::int || '-T' || extract(quarter FROM s.tanggal)::int AS tw
      FROM semua s JOIN versi v ON v.id = s.instrumen_id
      WHERE v.kode = coalesce(${kode ?? null}::text, (SELECT v2.kode FROM semua s2 JOIN versi v2 ON v2.id = s2.instrumen_id ORDER BY s2.tanggal DESC, s2.id DESC LIMIT 1))
    ), ids AS (
      SELECT coalesce(array_agg(DISTINCT k.instrumen_id), '{}') AS v, count(DISTINCT k.instrumen_id)::int AS n FROM k
    ), ${sebandingCtes(Prisma.sql`(SELECT ids.v FROM ids)`, Prisma.sql`(SELECT ids.n FROM ids)`)}, sebanding AS MATERIALIZED (
      SELECT k.tw, round(avg(${SKOR_SEBANDING}), 1)::float8 AS skor FROM k ${LATERAL_LAIN}
      WHERE (SELECT ids.n FROM ids) > 1
      GROUP BY k.tw
    )
    SELECT k.tw, NULL::text AS domain, count(*)::int AS n, round(avg(k.skor), 1)::float8 AS skor, count(DISTINCT k.instrumen_id)::int AS versi,
           array_agg(DISTINCT k.instrumen_id)::text[] AS versi_ids, min(k.kode) AS kode,
           (SELECT sb.skor FROM sebanding sb WHERE sb.tw = k.tw) AS sebanding, (SELECT count(*) FROM shared)::int AS bersama
    FROM k GROUP BY k.tw
    UNION ALL
    SELECT k.tw, e.key, count(*)::int, round(avg(e.value::numeric), 1)::float8, NULL, NULL, NULL, NULL, NULL FROM k, jsonb_each_text(k.skor_domain) e WHERE e.value IS NOT NULL GROUP BY k.tw, e.key`;
  const totals = rows.filter((r) => r.domain === null).sort((a, b) => a.tw.localeCompare(b.tw));
  const versionIds = [...new Set(totals.flatMap((r) => r.versi_ids ?? []))];
  const lintasVersi = versionIds.length > 1;
  const domainRows = versionIds.length
    ? await db.domainInstrumen.findMany({ where: { instrumenId: { in: versionIds } }, select: { kode: true, nama: true, urutan: true, instrumen: { select: { versi: true } } }, orderBy: [{ urutan: "asc" }] })
    : [];
  const domain = new Map<string, string>();
  for (const d of [...domainRows].sort((a, b) => b.instrumen.versi - a.instrumen.versi || a.urutan - b.urutan)) if (!domain.has(d.kode)) domain.set(d.kode, d.nama);
  const byTw = new Map(totals.map((r) => [r.tw, r]));
  const keys = totals.length ? triwulanRange(totals[0].tw, totals.at(-1)!.tw) : [];
  const baris = keys.map((tw) => {
    const t = byTw.get(tw);
    const skorDomain: Record<string, number | null> = {};
    for (const r of rows) if (r.tw === tw && r.domain) skorDomain[r.domain] = r.skor;
    return { triwulan: tw, kunjungan: t?.n ?? 0, skor: t?.skor ?? null, skorDomain, versi: t?.versi ?? 0, skorSebanding: lintasVersi ? t?.sebanding ?? null : null };
  });
  return { id: pkm.id, nama: pkm.nama, sasaran, baris, domain: [...domain].map(([kode, nama]) => ({ kode, nama })), lintasVersi, butirBersama: lintasVersi ? totals[0]?.bersama ?? 0 : 0, instrumenKode: totals[0]?.kode ?? null };
}

/**
 * The trend page's starting point: the puskesmas the viewer may read (their quarterly trend), and
 * when a name is searched, matching posyandu and desa of its area (their visit-by-visit trend).
 */
export async function trenPilihan(viewer: Viewer, q: string | undefined): Promise<{ puskesmas: { id: string; nama: string }[]; posyandu: { id: string; nama: string; desa: string }[]; desa: { id: string; nama: string; kecamatan: string }[] }> {
  if (!can(viewer, "supervisi.read")) return { puskesmas: [], posyandu: [], desa: [] };
  const text = q?.trim();
  const [puskesmas, posyandu, desa] = await Promise.all([
    db.puskesmas.findMany({ where: puskesmasScope(viewer), select: { id: true, nama: true }, orderBy: { nama: "asc" }, take: 100 }),
    text ? db.posyandu.findMany({ where: { AND: [posyanduScope(viewer), { nama: { contains: text, mode: "insensitive" } }] }, select: { id: true, nama: true, desa: { select: { nama: true } } }, orderBy: { nama: "asc" }, take: 20 }) : Promise.resolve([]),
    text && viewer.role !== "KADER" ? db.desa.findMany({ where: { AND: [desaScope(viewer), { nama: { contains: text, mode: "insensitive" } }] }, select: { id: true, nama: true, kecamatan: { select: { nama: true } } }, orderBy: { nama: "asc" }, take: 20 }) : Promise.resolve([]),
  ]);
  return { puskesmas, posyandu: posyandu.map((p) => ({ id: p.id, nama: p.nama, desa: p.desa.nama })), desa: desa.map((d) => ({ id: d.id, nama: d.nama, kecamatan: d.kecamatan.nama })) };
}
