/**
 * The scope-wide lists that were rewritten for speed (issue 9's benchmark) answer exactly what the
 * straightforward statements they replaced answered: the same rows in the same order, the same
 * totals and summaries, for every role, sort, direction and filter. The reference statements below
 * are the earlier ones, kept here as the specification.
 */
import { describe, expect, it } from "vitest";
import { testDb, viewer, desaId, posyanduId, KLOROGAN, type DemoUsername } from "../support/db.ts";
import { createSelesaiVisit } from "../../prisma/seed-supervisi.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";
import { posyanduScopeSql } from "../../lib/access/scope.ts";
import { escapeLike } from "../../lib/dal/search.ts";
import { listKesiapan, rollUpKesiapan } from "../../lib/kesiapan/queries.ts";
import { ZKesiapanListParams, type TKesiapanListParams } from "../../lib/kesiapan/schemas.ts";
import { exportKelengkapan, listKelengkapan } from "../../lib/sarana/kelengkapan.ts";
import { ZKelengkapanParams, type TKelengkapanParams } from "../../lib/sarana/schemas.ts";
import { kalibrasiBatas } from "../../lib/sarana/gaps.ts";
import { readAturan } from "../../lib/pengaturan/queries.ts";
import { ATURAN_SARANA } from "../../lib/sarana/aturan.ts";
import { todayInJakarta } from "../../lib/i18n/format.ts";
import { JOINS, SELECT_ROW, exportTindakLanjut, listTindakLanjut, orderOf, whereOf } from "../../lib/tindak-lanjut/queries.ts";
import { ZTindakLanjutListParams, type TTindakLanjutListParams } from "../../lib/tindak-lanjut/schemas.ts";

const USERS: DemoUsername[] = ["dinkes.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1"];

async function klorogan() {
  return testDb.desa.findUniqueOrThrow({ where: { kode: KLOROGAN }, select: { id: true, kecamatanId: true } });
}

/** The list statement of /kesiapan before the page-first rewrite. */
async function kesiapanReference(v: Viewer, p: TKesiapanListParams) {
  const where: Prisma.Sql[] = [posyanduScopeSql(v), Prisma.sql`p.is_active`];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like})`);
  }
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.desaId) where.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  if (p.kategori === "BELUM_DIHITUNG") where.push(Prisma.sql`ks.skor IS NULL`);
  else if (p.kategori) where.push(Prisma.sql`ks.kategori = ${p.kategori}`);
  const dir = Prisma.raw(p.dir === "desc" ? "DESC" : "ASC");
  const order =
    p.sort === "nama" ? Prisma.sql`p.nama ${dir}, d.nama ASC, p.id ASC`
    : p.sort === "desa" ? Prisma.sql`d.nama ${dir}, p.nama ASC, p.id ASC`
    : p.sort === "tren" ? Prisma.sql`(ks.skor - ks.skor_sebelum) ${dir} NULLS LAST, p.nama ASC, p.id ASC`
    : Prisma.sql`ks.skor ${dir} NULLS FIRST, p.nama ASC, p.id ASC`;
  return testDb.$queryRaw<{ id: string; nama: string; desa_nama: string; kecamatan_nama: string; skor: number | null; kekurangan: unknown; jumlah_kekurangan: number | null; total: bigint }[]>`
    SELECT p.id::text AS id, p.nama::text AS nama, d.nama AS desa_nama,
           (SELECT k.nama FROM kecamatan k WHERE k.id = d.kecamatan_id) AS kecamatan_nama, ks.skor,
           (SELECT json_agg(x) FROM (SELECT e->>'pesan' AS pesan, e->>'href' AS href FROM jsonb_array_elements(ks.rincian->'kekurangan') e LIMIT 3) x) AS kekurangan,
           jsonb_array_length(ks.rincian->'kekurangan') AS jumlah_kekurangan, count(*) OVER () AS total
    FROM posyandu p JOIN desa d ON d.id = p.desa_id LEFT JOIN kesiapan_terkini ks ON ks.posyandu_id = p.id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}
    LIMIT ${p.size} OFFSET ${(p.page - 1) * p.size}`;
}

/** The roll-up statement of /kesiapan before the names were joined per group. */
async function rollUpReference(v: Viewer, by: "kecamatan" | "desa") {
  const key = by === "kecamatan" ? Prisma.sql`d.kecamatan_id` : Prisma.sql`d.id`;
  const name = by === "kecamatan" ? Prisma.sql`(SELECT k.nama FROM kecamatan k WHERE k.id = d.kecamatan_id)` : Prisma.sql`d.nama`;
  return testDb.$queryRaw<{ id: string; nama: string; jumlah: bigint; dihitung: bigint; rata: number | null; siap: bigint; bersyarat: bigint; belum: bigint }[]>`
    SELECT ${key}::text AS id, min(${name}) AS nama, count(*) AS jumlah, count(ks.skor) AS dihitung, round(avg(ks.skor)::numeric, 1)::float8 AS rata,
           count(*) FILTER (WHERE ks.kategori = 'SIAP') AS siap, count(*) FILTER (WHERE ks.kategori = 'SIAP_BERSYARAT') AS bersyarat, count(*) FILTER (WHERE ks.kategori = 'BELUM_SIAP') AS belum
    FROM posyandu p JOIN desa d ON d.id = p.desa_id LEFT JOIN kesiapan_terkini ks ON ks.posyandu_id = p.id
    WHERE ${posyanduScopeSql(v)} AND p.is_active
    GROUP BY ${key}
    ORDER BY rata ASC NULLS FIRST, nama ASC`;
}

/** The /sarana statement before the rewrite: every (posyandu × catalogue item) line, then sorted. */
async function saranaReference(v: Viewer, p: TKelengkapanParams, limit: number, offset: number) {
  const aturan = await readAturan(v, ATURAN_SARANA);
  const batas = kalibrasiBatas(todayInJakarta(), aturan.nilai.kalibrasiBulan);
  const where: Prisma.Sql[] = [posyanduScopeSql(v)];
  if (p.q) {
    const like = `%${escapeLike(p.q)}%`;
    where.push(Prisma.sql`(p.nama ILIKE ${like} OR d.nama ILIKE ${like})`);
  }
  if (p.kecamatanId) where.push(Prisma.sql`d.kecamatan_id = ${p.kecamatanId}::uuid`);
  if (p.desaId) where.push(Prisma.sql`p.desa_id = ${p.desaId}::uuid`);
  const dir = Prisma.raw(p.dir === "asc" ? "ASC" : "DESC");
  const order = p.sort === "nama" ? Prisma.sql`x.nama ${dir}, x.desa ASC, x.id` : p.sort === "desa" ? Prisma.sql`x.desa ${dir}, x.nama ASC, x.id` : Prisma.sql`(x.total - x.cukup) ${dir}, x.prasarana ${Prisma.raw(p.dir === "asc" ? "DESC" : "ASC")}, x.nama ASC, x.id`;
  const counted = Prisma.sql`COALESCE(CASE WHEN s.kondisi <> 'RUSAK_BERAT' AND (NOT j.perlu_kalibrasi OR s.kalibrasi_terakhir >= ${batas}::date) THEN s.jumlah END, 0)`;
  return testDb.$queryRaw<{ id: string; nama: string; desa: string; dusun: string | null; kecamatan: string; cukup: number; total: number; kurang: string[] | null; prasarana: number; n: bigint; posyandu_total: bigint; terbanyak: { nama: string; posyandu: number }[] | null }[]>`
    WITH scoped AS MATERIALIZED (
      SELECT p.id, d.kabupaten_id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE ${Prisma.join(where, " AND ")}
    ), lines AS MATERIALIZED (
      SELECT sc.id AS posyandu_id, j.nama::text AS nama, j.urutan, (${counted} >= j.jumlah_wajib) AS cukup
      FROM scoped sc
      JOIN jenis_sarana j ON j.kabupaten_id = sc.kabupaten_id AND j.is_active AND j.jumlah_wajib > 0
      LEFT JOIN sarana_posyandu s ON s.posyandu_id = sc.id AND s.jenis_sarana_id = j.id
    ), agg AS (
      SELECT l.posyandu_id, count(*) FILTER (WHERE l.cukup)::int AS cukup, count(*)::int AS total,
             array_agg(l.nama ORDER BY l.urutan, l.nama) FILTER (WHERE NOT l.cukup) AS kurang
      FROM lines l GROUP BY l.posyandu_id
    ), x AS (
      SELECT p.id::text AS id, p.nama::text AS nama, d.nama::text AS desa, u.nama::text AS dusun, k.nama::text AS kecamatan,
             COALESCE(a.cukup, 0) AS cukup, COALESCE(a.total, 0) AS total, a.kurang,
             (COALESCE(pr.ruang_cukup::int, 0) + COALESCE(pr.tempat_duduk::int, 0) + COALESCE(pr.pojok_privasi::int, 0) + COALESCE(pr.air::int, 0) + COALESCE(pr.toilet::int, 0))::int AS prasarana
      FROM scoped sc
      JOIN posyandu p ON p.id = sc.id JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id LEFT JOIN dusun u ON u.id = p.dusun_id
      LEFT JOIN agg a ON a.posyandu_id = sc.id
      LEFT JOIN prasarana_posyandu pr ON pr.posyandu_id = sc.id
    )
    SELECT x.*, count(*) OVER () AS n, (SELECT count(*) FROM scoped) AS posyandu_total,
           (SELECT json_agg(t ORDER BY t.posyandu DESC, t.urutan, t.nama) FROM (SELECT l.nama, min(l.urutan) AS urutan, count(*)::int AS posyandu FROM lines l WHERE NOT l.cukup GROUP BY l.nama) t) AS terbanyak
    FROM x ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

describe("/kesiapan list and roll-up", () => {
  it("the page-first list gives the same rows, order and total as the single statement", async () => {
    const desa = await klorogan();
    const filters: Record<string, string>[] = [{}, { q: "mel" }, { kategori: "SIAP_BERSYARAT" }, { kategori: "BELUM_DIHITUNG" }, { desaId: desa.id }, { kecamatanId: desa.kecamatanId }];
    for (const u of USERS) {
      const v = await viewer(u);
      for (const sort of ["skor", "nama", "desa", "tren"]) {
        for (const dir of ["asc", "desc"]) {
          for (const f of filters) {
            for (const [size, page] of [["100", "1"], ["10", "2"]]) {
              const p = ZKesiapanListParams.parse({ sort, dir, size, page, ...f });
              const label = `${u} ${JSON.stringify({ sort, dir, size, page, ...f })}`;
              const got = await listKesiapan(v, p);
              const want = await kesiapanReference(v, p);
              expect(got.rows.map((r) => [r.id, r.nama, r.desa, r.kecamatan, r.skor, r.kekurangan, r.jumlahKekurangan]), label).toEqual(
                want.map((r) => [r.id, r.nama, r.desa_nama, r.kecamatan_nama, r.skor, r.kekurangan ?? [], r.jumlah_kekurangan ?? 0]),
              );
              if (want.length) expect(got.total, label).toBe(Number(want[0].total));
            }
          }
        }
      }
    }
  });

  it("the roll-up by kecamatan and by desa gives the same areas, names, counts and order", async () => {
    for (const u of USERS) {
      const v = await viewer(u);
      for (const by of ["kecamatan", "desa"] as const) {
        const got = await rollUpKesiapan(v, by);
        const want = await rollUpReference(v, by);
        expect(got.areas.map((a) => [a.id, a.nama, a.jumlah, a.dihitung, a.rataRata, a.perKategori.SIAP, a.perKategori.SIAP_BERSYARAT, a.perKategori.BELUM_SIAP]), `${u} ${by}`).toEqual(
          want.map((r) => [r.id, r.nama, Number(r.jumlah), Number(r.dihitung), r.rata, Number(r.siap), Number(r.bersyarat), Number(r.belum)]),
        );
      }
    }
  });
});

describe("/sarana list and download", () => {
  it("counting sufficient holdings gives the same rows, order, totals and most-missing items as building every line", async () => {
    const desa = await klorogan();
    const filters: Record<string, string>[] = [{}, { q: "mawar" }, { desaId: desa.id }, { kecamatanId: desa.kecamatanId }];
    for (const u of USERS) {
      const v = await viewer(u);
      for (const sort of ["kurang", "nama", "desa"]) {
        for (const dir of ["asc", "desc"]) {
          for (const f of filters) {
            for (const [size, page] of [["100", "1"], ["10", "2"]]) {
              const p = ZKelengkapanParams.parse({ sort, dir, size, page, ...f });
              const label = `${u} ${JSON.stringify({ sort, dir, size, page, ...f })}`;
              const got = await listKelengkapan(v, p);
              const want = await saranaReference(v, p, p.size, (p.page - 1) * p.size);
              expect(got.rows, label).toEqual(want.map((r) => ({ id: r.id, nama: r.nama, desa: r.desa, dusun: r.dusun, kecamatan: r.kecamatan, cukup: r.cukup, total: r.total, kurang: r.kurang ?? [], prasarana: r.prasarana })));
              if (want.length) {
                expect(got.total, label).toBe(Number(want[0].n));
                expect(got.posyanduTotal, label).toBe(Number(want[0].posyandu_total));
                // Ties (same count) in either order are the same answer: compare as sets of (name, count) per count.
                const byCount = (t: { nama: string; posyandu: number }[]) => [...t].sort((a, b) => b.posyandu - a.posyandu || a.nama.localeCompare(b.nama));
                expect(byCount(got.terbanyakKurang), label).toEqual(byCount((want[0].terbanyak ?? []).map(({ nama, posyandu }) => ({ nama, posyandu }))));
              }
            }
          }
        }
      }
    }
  });

  it("the download streams the same rows in the same order", async () => {
    for (const u of USERS) {
      const v = await viewer(u);
      const p = ZKelengkapanParams.parse({});
      const want = (await saranaReference(v, p, 1_000, 0)).map((r) => ({ id: r.id, nama: r.nama, desa: r.desa, dusun: r.dusun, kecamatan: r.kecamatan, cukup: r.cukup, total: r.total, kurang: r.kurang ?? [], prasarana: r.prasarana }));
      // Small batches and the download's own batch size.
      for (const batch of [3, 2_000]) {
        const got: unknown[] = [];
        for await (const rows of exportKelengkapan(v, p, 1_000, batch)) got.push(...rows);
        expect(got, `${u} batch ${batch}`).toEqual(want);
      }
    }
  });
});

/**
 * The list's default order as the product states it: overdue first (most days late first), then open
 * by due date, closed last (descending: the reverse, ties by id). The page-first statement writes it
 * as "open before closed, then by due date" and ranks each half apart; this is the check.
 */
function referenceOrder(p: TTindakLanjutListParams, today: string) {
  if (p.sort !== "terlambat") return orderOf(p, today);
  const overdue = Prisma.sql`CASE WHEN t.status <> 'SELESAI' AND t.batas_waktu < ${today}::date THEN 0 WHEN t.status <> 'SELESAI' THEN 1 ELSE 2 END`;
  return p.dir === "desc" ? Prisma.sql`${overdue} DESC, t.batas_waktu DESC, t.id ASC` : Prisma.sql`${overdue} ASC, t.batas_waktu ASC, t.id ASC`;
}

/** The follow-up list statement before the page-first rewrite (issue 10's benchmark). */
async function tindakLanjutReference(v: Viewer, p: TTindakLanjutListParams, today: string, limit: number, offset: number) {
  return testDb.$queryRaw<{ id: string; masalah: string; desa_nama: string; posyandu_nama: string | null; total: bigint }[]>`
    SELECT ${SELECT_ROW}, count(*) OVER () AS total ${JOINS} WHERE ${whereOf(v, p, today)}
    ORDER BY ${referenceOrder(p, today)} LIMIT ${limit} OFFSET ${offset}`;
}

describe("/supervisi/tindak-lanjut list and download", () => {
  const now = new Date();
  const today = todayInJakarta(now);
  const sorts = ["terlambat", "batas", "situs", "status", "tingkat", "kunjungan"] as const;
  const filters: Record<string, string>[] = [{}, { q: "a" }, { status: "TERBUKA" }, { milik: "saya" }, { terlambat: "ya" }, { status: "SELESAI", q: "kader" }];
  it("ranking on narrow columns first gives the same rows, order and total as the single statement", async () => {
    let compared = 0;
    for (const u of USERS) {
      const v = await viewer(u);
      for (const sort of sorts)
        for (const dir of ["asc", "desc"] as const)
          for (const f of filters)
            for (const page of [1, 2]) {
              const p = ZTindakLanjutListParams.parse({ ...f, sort, dir, page, size: 10 });
              const got = await listTindakLanjut(v, p, now);
              const ref = await tindakLanjutReference(v, p, today, 10, (page - 1) * 10);
              expect(got.rows.map((r) => r.id), `${u} ${sort} ${dir} ${JSON.stringify(f)} p${page}`).toEqual(ref.map((r) => r.id));
              if (ref.length) expect(got.total).toBe(Number(ref[0].total));
              compared += ref.length;
            }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("with many follow-ups (open, overdue, closed, equal due dates) every page of every order equals the reference", async () => {
    const madiun = (await viewer("dinkes.madiun")).kabupatenId;
    const due = ["2024-01-10", "2024-01-10", "2099-03-01", "2099-03-01", "2020-05-05", "2030-12-31"];
    const status = ["BELUM", "PROSES", "SELESAI"] as const;
    const visit = await createSelesaiVisit(testDb, {
      kabupatenId: madiun, instrumenKode: "ILP-POSYANDU", desaId: await desaId(KLOROGAN), posyanduId: await posyanduId(KLOROGAN, "Melati 1"), tanggal: "2024-09-02",
      peserta: [{ nama: "Uji Urutan", peran: "Promkes", tim: true }],
      tindakLanjut: Array.from({ length: 18 }, (_, i) => ({ masalah: `Uji urutan ${i}`, tindakan: "t", tingkat: "DESA" as const, pemilikNama: "Kepala Desa", batasWaktu: due[i % due.length], status: status[i % 3] })),
    });
    try {
      let compared = 0;
      for (const u of ["dinkes.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as DemoUsername[]) {
        const v = await viewer(u);
        for (const dir of ["asc", "desc"] as const)
          for (const f of [{}, { status: "SELESAI" }, { status: "TERBUKA" }, { q: "urutan" }, { puskesmas: v.puskesmasId ?? undefined }])
            for (let page = 1; page <= 8; page++) {
              const p = ZTindakLanjutListParams.parse({ ...f, dir, page, size: 10 });
              const got = await listTindakLanjut(v, p, now);
              const ref = await tindakLanjutReference(v, p, today, 10, (page - 1) * 10);
              expect(got.rows.map((r) => r.id), `${u} ${dir} ${JSON.stringify(f)} p${page}`).toEqual(ref.map((r) => r.id));
              if (ref.length) expect(got.total).toBe(Number(ref[0].total));
              compared += ref.length;
            }
      }
      expect(compared).toBeGreaterThan(300);
    } finally {
      await testDb.kunjunganSupervisi.delete({ where: { id: visit.id } });
    }
  });

  it("the download gives every row in the list's order", async () => {
    for (const u of USERS) {
      const v = await viewer(u);
      const p = ZTindakLanjutListParams.parse({ sort: "situs", dir: "desc" });
      const rows: string[] = [];
      for await (const batch of exportTindakLanjut(v, p, now)) rows.push(...batch.map((r) => r.id));
      expect(rows).toEqual((await tindakLanjutReference(v, p, today, 100_000, 0)).map((r) => r.id));
    }
  });
});
