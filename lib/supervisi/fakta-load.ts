/**
 * Loads the system facts of one visit site (a posyandu, or a desa's active posyandu together) in ONE
 * statement: active kaders (kader registry), kaders with at least one complete skill package (the
 * same rule as lib/kader/level-store.ts lengkapOfKabupaten: the latest result of every current skill
 * of the package is KOMPETEN), the routine day (schedule), the pilot stage, and the latest readiness
 * (kesiapan_terkini) with the kit and premises gaps lib/sarana found when it was refreshed. The
 * words come from lib/kunjungan/fakta-nilai.ts. The caller has checked the site is in scope.
 */
import "server-only";
import type { DbTx } from "../prisma-client.ts";
import type { FaktaKey, NilaiFakta } from "./fakta.ts";
import { faktaNilai, type FaktaMentah } from "../kunjungan/fakta-nilai.ts";
import type { Tahap } from "../percontohan/tahap.ts";

interface Row {
  kader_aktif: number;
  kader_paket: number;
  pos_total: number;
  pos_berjadwal: number;
  minggu_ke: number | null;
  hari: number | null;
  tahap: string | null;
  kesiapan: { skor: number; kategori: string; rincian: { kekurangan?: { bagian: string; pesan: string }[] } }[] | null;
}

export async function loadFakta(tx: DbTx, site: { kabupatenId: string; sasaran: "POSYANDU" | "DESA"; posyanduId: string | null; desaId: string }): Promise<Record<FaktaKey, NilaiFakta>> {
  const posyanduId = site.sasaran === "POSYANDU" ? site.posyanduId : null;
  const [r] = await tx.$queryRaw<Row[]>`
    WITH pos AS (
      SELECT p.id, p.jadwal_minggu_ke, p.jadwal_hari FROM posyandu p
      WHERE (${posyanduId}::uuid IS NOT NULL AND p.id = ${posyanduId}::uuid)
         OR (${posyanduId}::uuid IS NULL AND p.desa_id = ${site.desaId}::uuid AND p.is_active)
    ), cur AS (
      SELECT s.kode, pk.kode AS paket FROM keterampilan s JOIN paket_keterampilan pk ON pk.id = s.paket_id
      WHERE pk.kabupaten_id = ${site.kabupatenId}::uuid AND s.retired_at IS NULL
    ), need AS (SELECT paket, count(*) AS n FROM cur GROUP BY paket),
    kaders AS (SELECT k.id FROM kader k JOIN pos ON pos.id = k.posyandu_id WHERE k.is_active),
    latest AS (
      SELECT DISTINCT ON (pn.kader_id, s.kode) pn.kader_id, s.kode, pn.hasil
      FROM penilaian_keterampilan pn JOIN kaders k ON k.id = pn.kader_id JOIN keterampilan s ON s.id = pn.keterampilan_id
      ORDER BY pn.kader_id, s.kode, pn.tanggal DESC, pn.created_at DESC
    ), done AS (
      SELECT l.kader_id FROM latest l JOIN cur c ON c.kode = l.kode JOIN need n ON n.paket = c.paket
      WHERE l.hasil = 'KOMPETEN' GROUP BY l.kader_id, c.paket, n.n HAVING count(*) = n.n
    )
    SELECT (SELECT count(*) FROM kaders)::int AS kader_aktif,
           (SELECT count(DISTINCT kader_id) FROM done)::int AS kader_paket,
           (SELECT count(*) FROM pos)::int AS pos_total,
           (SELECT count(*) FROM pos WHERE jadwal_minggu_ke IS NOT NULL AND jadwal_hari IS NOT NULL)::int AS pos_berjadwal,
           (SELECT jadwal_minggu_ke::int FROM pos LIMIT 1) AS minggu_ke,
           (SELECT jadwal_hari::int FROM pos LIMIT 1) AS hari,
           (SELECT pc.tahap::text FROM percontohan pc JOIN pos ON pos.id = pc.posyandu_id ORDER BY pc.created_at LIMIT 1) AS tahap,
           (SELECT json_agg(json_build_object('skor', kt.skor, 'kategori', kt.kategori, 'rincian', kt.rincian)) FROM kesiapan_terkini kt JOIN pos ON pos.id = kt.posyandu_id) AS kesiapan`;
  const kurang = (k: NonNullable<Row["kesiapan"]>[number], bagian: string) => (k.rincian?.kekurangan ?? []).filter((x) => x.bagian === bagian).map((x) => x.pesan);
  const m: FaktaMentah = {
    sasaran: site.sasaran,
    kaderAktif: r.kader_aktif,
    kaderPaketLengkap: r.kader_paket,
    posyanduTotal: r.pos_total,
    posyanduBerjadwal: r.pos_berjadwal,
    jadwal: site.sasaran === "POSYANDU" ? { mingguKe: r.minggu_ke, hari: r.hari } : null,
    kesiapan: (r.kesiapan ?? []).map((k) => ({ skor: k.skor, kategori: k.kategori, kekuranganSarana: kurang(k, "sarana"), kekuranganPrasarana: kurang(k, "prasarana") })),
    tahap: r.tahap as Tahap | null,
  };
  return faktaNilai(m);
}
