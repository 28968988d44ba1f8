/**
 * The per-posyandu-month summary (ringkasan_posyandu_bulan) read by the kabupaten reports is kept by
 * triggers in the same transaction as every entry write. After a random sequence of saves, corrections,
 * device replays, deletions and a corrected sex, a merge of two people, parallel saves, and two
 * transactions interleaved on the same posyandu-month, it equals the recomputation from raw rows, for
 * every posyandu-month of the database (the demo year and what other test files wrote too).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { testDb, viewer, posyanduId, KLOROGAN } from "../support/db.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { bukaHariBuka } from "../../lib/hari-buka/dal.ts";
import { ZBukaHariBuka } from "../../lib/hari-buka/schemas.ts";
import { simpanPemeriksaan } from "../../lib/pemeriksaan/dal.ts";
import { ZPemeriksaanInput, type PemeriksaanInput, type PemeriksaanKirim } from "../../lib/pemeriksaan/schemas.ts";
import { mergeSasaran } from "../../lib/sasaran/dal-gabung.ts";
import { DomainError } from "../../lib/errors.ts";
import { cakupanEntri } from "../../lib/laporan/ringkasan-sql.ts";
// The deterministic PRNG of the scale data (mulberry32), so that a failure can be replayed.
import { prng } from "../../scripts/gen-children.ts";

type Baris = { posyandu_id: string; bulan: string; d: number; n: number; t: number; o: number; b: number; dua_t: number; bgm: number; cakupan: Record<string, number> };

const stored = () => testDb.$queryRaw<Baris[]>`
  SELECT posyandu_id::text, bulan::text, d, n, t, o, b, dua_t, bgm, cakupan FROM ringkasan_posyandu_bulan ORDER BY 1, 2`;

/** From raw rows, written out here (SKDN by hand; coverage from the report's entry conditions, as parameters). */
function recomputed() {
  const w = Prisma.sql`e.umur_bulan < 60 AND e.berat_kg IS NOT NULL`;
  const pairs = cakupanEntri().map((c) => Prisma.sql`${c.kunci}::text, count(DISTINCT e.sasaran_id) FILTER (WHERE ${c.syarat})`);
  return testDb.$queryRaw<Baris[]>`
    SELECT e.posyandu_id::text AS posyandu_id, to_char(e.tanggal, 'YYYY-MM-01') AS bulan,
      count(DISTINCT e.sasaran_id) FILTER (WHERE ${w})::int AS d,
      count(*) FILTER (WHERE ${w} AND e.naik = 'N')::int AS n, count(*) FILTER (WHERE ${w} AND e.naik = 'T')::int AS t,
      count(*) FILTER (WHERE ${w} AND e.naik = 'O')::int AS o, count(*) FILTER (WHERE ${w} AND e.naik = 'B')::int AS b,
      count(*) FILTER (WHERE ${w} AND e.dua_t)::int AS dua_t, count(*) FILTER (WHERE ${w} AND e.bgm)::int AS bgm,
      jsonb_build_object(${Prisma.join(pairs)}) AS cakupan
    FROM pemeriksaan e GROUP BY 1, 2 ORDER BY 1, 2`;
}

async function expectSummaryEqualsRaw() {
  const [a, b] = await Promise.all([stored(), recomputed()]);
  expect(a.length).toBeGreaterThan(0);
  expect(a).toEqual(b);
}


// Mawar 2 in March 2025 (no demo entries): two posyandu days in one month, so that distinct-person counts matter.
const HARI = ["2025-03-04", "2025-03-18"];
let mawar2: string;
let days: string[] = [];
const people: { id: string; jenis: "bayi" | "balita" | "remaja" | "dewasa" | "lansia" | "hamil" }[] = [];

async function orang(nama: string, jk: "L" | "P", lahir: string) {
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: mawar2 }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  return (await testDb.sasaran.create({ data: { kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: mawar2, nama, namaKunci: nama.toLowerCase(), jenisKelamin: jk, tanggalLahir: new Date(`${lahir}T00:00:00Z`) }, select: { id: true } })).id;
}

function masukan(rand: () => number, hariBukaId: string, o: (typeof people)[number], id: string = randomUUID()): PemeriksaanInput {
  const yes = () => rand() < 0.5;
  const base: PemeriksaanKirim = { id, hariBukaId, sasaranId: o.id, diukurOleh: "KADER" };
  switch (o.jenis) {
    case "bayi": return ZPemeriksaanInput.parse({ ...base, beratKg: 7 + rand() * 0.3, tinggiCm: 66, caraUkur: "TELENTANG", layanan: { asiEksklusif: yes(), vitaminA: yes() } });
    case "balita": return ZPemeriksaanInput.parse({ ...base, beratKg: 11 + rand() * 0.3, tinggiCm: 86, caraUkur: "BERDIRI", layanan: { vitaminA: yes(), obatCacing: yes() } });
    case "remaja": return ZPemeriksaanInput.parse({ ...base, beratKg: 45, tinggiCm: 155, sistolik: 110, diastolik: 70, layanan: { ttd: yes() } });
    case "dewasa": return ZPemeriksaanInput.parse({ ...base, beratKg: 62, tinggiCm: 162, sistolik: rand() < 0.5 ? 120 : 150, diastolik: 80 });
    case "lansia": return ZPemeriksaanInput.parse({ ...base, beratKg: 55, tinggiCm: 155, ...(yes() ? { sistolik: rand() < 0.5 ? 125 : 165, diastolik: 85 } : {}) });
    case "hamil": return ZPemeriksaanInput.parse({ ...base, beratKg: 58, lilaCm: rand() < 0.5 ? 22 : 25, sistolik: 110, diastolik: 70, layanan: { ttd: yes() } });
  }
}

beforeAll(async () => {
  mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
  const kader = await viewer("kader.mawar2");
  for (const t of HARI) days.push((await bukaHariBuka(kader, ZBukaHariBuka.parse({ posyanduId: mawar2, tanggal: t, bukanJadwal: "on" }))).id);
  const spec: [string, "L" | "P", string, (typeof people)[number]["jenis"]][] = [
    ["Ringkas Bayi Satu", "L", "2024-08-20", "bayi"], ["Ringkas Bayi Dua", "P", "2024-10-02", "bayi"],
    ["Ringkas Balita Satu", "P", "2023-01-15", "balita"], ["Ringkas Balita Dua", "L", "2022-11-03", "balita"], ["Ringkas Balita Tiga", "P", "2022-12-24", "balita"],
    ["Ringkas Remaja Putri", "P", "2011-02-01", "remaja"], ["Ringkas Remaja Putra", "L", "2011-05-05", "remaja"],
    ["Ringkas Dewasa", "L", "1982-04-04", "dewasa"], ["Ringkas Lansia Satu", "P", "1955-06-06", "lansia"], ["Ringkas Lansia Dua", "L", "1950-01-01", "lansia"],
    ["Ringkas Ibu Hamil", "P", "1998-07-07", "hamil"],
  ];
  for (const [nama, jk, lahir, jenis] of spec) people.push({ id: await orang(nama, jk, lahir), jenis });
  const hamil = people.find((p) => p.jenis === "hamil")!;
  await testDb.statusSasaran.create({ data: { sasaranId: hamil.id, status: "HAMIL", mulai: new Date("2024-11-01T00:00:00Z") } });
});

describe("ringkasan_posyandu_bulan stays equal to the raw rows", () => {
  it("after the demo seed and the other test files' writes", async () => {
    await expectSummaryEqualsRaw();
  });

  it("after a random sequence of saves, corrections, replays, deletions and a corrected sex", async () => {
    const rand = prng(20261130);
    const kader = await viewer("kader.mawar2");
    const bidan = await viewer("bidan.klorogan");
    const sent: PemeriksaanInput[] = [];
    let ok = 0;
    for (let step = 0; step < 40; step++) {
      const r = rand();
      try {
        if (r < 0.45 || sent.length === 0) {
          const input = masukan(rand, days[Math.floor(rand() * days.length)], people[Math.floor(rand() * people.length)]);
          await simpanPemeriksaan(kader, input);
          sent.push(input);
        } else if (r < 0.65) {
          // A correction by the bidan: same entry id, new values.
          const prev = sent[Math.floor(rand() * sent.length)];
          const o = people.find((p) => p.id === prev.sasaranId)!;
          await simpanPemeriksaan(bidan, masukan(rand, prev.hariBukaId, o, prev.id));
        } else if (r < 0.8) {
          // A device replaying an entry it already sent.
          await simpanPemeriksaan(kader, sent[Math.floor(rand() * sent.length)]);
        } else if (r < 0.9) {
          const prev = sent.splice(Math.floor(rand() * sent.length), 1)[0];
          await testDb.pemeriksaan.deleteMany({ where: { id: prev.id } });
        } else {
          const girl = people.find((p) => p.jenis === "remaja")!;
          const now = await testDb.sasaran.findUniqueOrThrow({ where: { id: girl.id }, select: { jenisKelamin: true } });
          await testDb.sasaran.update({ where: { id: girl.id }, data: { jenisKelamin: now.jenisKelamin === "P" ? "L" : "P" } });
        }
        ok++;
      } catch (e) {
        // A second device's entry for a person already recorded that day is refused or merged by the DAL; anything else is a failure.
        if (!(e instanceof DomainError)) throw e;
      }
      await expectSummaryEqualsRaw();
    }
    expect(ok).toBeGreaterThan(30);
    const mine = await testDb.$queryRaw<Baris[]>`SELECT posyandu_id::text, bulan::text, d, n, t, o, b, dua_t, bgm, cakupan FROM ringkasan_posyandu_bulan WHERE posyandu_id = ${mawar2}::uuid AND bulan = '2025-03-01'`;
    expect(mine).toHaveLength(1);
    expect(mine[0].d).toBeGreaterThan(0);
  }, 120_000);

  it("after merging a person who came into one who came (entries move to the kept person)", async () => {
    const bidan = await viewer("bidan.klorogan");
    const kader = await viewer("kader.mawar2");
    const tetap = await orang("Ringkas Kembar", "L", "2022-12-01");
    const ganda = await orang("Ringkas Kembar Ganda", "L", "2022-12-01");
    const rand = prng(7);
    await simpanPemeriksaan(kader, masukan(rand, days[0], { id: tetap, jenis: "balita" }));
    await simpanPemeriksaan(kader, masukan(rand, days[1], { id: ganda, jenis: "balita" }));
    const before = (await stored()).find((r) => r.posyandu_id === mawar2 && r.bulan === "2025-03-01")!;
    await mergeSasaran(bidan, { tetapId: tetap, gandaId: ganda });
    await expectSummaryEqualsRaw();
    const after = (await stored()).find((r) => r.posyandu_id === mawar2 && r.bulan === "2025-03-01")!;
    // Two people weighed once each became one person weighed twice: D drops by one.
    expect(after.d).toBe(before.d - 1);
  });

  it("after parallel saves of many people and corrections in the same posyandu-month", async () => {
    const kader = await viewer("kader.mawar2");
    const bidan = await viewer("bidan.klorogan");
    const rand = prng(99);
    const extra: (typeof people)[number][] = [];
    for (let i = 0; i < 10; i++) extra.push({ id: await orang(`Ringkas Paralel ${i}`, i % 2 ? "L" : "P", `2023-0${1 + (i % 9)}-10`), jenis: "balita" });
    const inputs = extra.map((o, i) => masukan(rand, days[i % 2], o));
    await Promise.all([
      ...inputs.map((x) => simpanPemeriksaan(kader, x)),
      ...people.slice(0, 4).map((o) => simpanPemeriksaan(bidan, masukan(rand, days[0], o)).catch((e) => { if (!(e instanceof DomainError)) throw e; })),
    ]);
    await expectSummaryEqualsRaw();
    const row = (await stored()).find((r) => r.posyandu_id === mawar2 && r.bulan === "2025-03-01")!;
    expect(row.d).toBeGreaterThanOrEqual(extra.length);
  });

  it("two transactions on one posyandu-month, the second waiting for the first: neither's entry is lost", async () => {
    const url = inject("databaseUrl");
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const x = await orang("Ringkas Urut Satu", "P", "2023-02-02");
      const y = await orang("Ringkas Urut Dua", "L", "2023-03-03");
      const before = (await stored()).find((r) => r.posyandu_id === mawar2 && r.bulan === "2025-03-01")!;
      // A weighed balita copied from a template entry of the same day, for another person.
      const copy = (person: string) => ({
        text: `INSERT INTO pemeriksaan (id, hari_buka_id, sasaran_id, kabupaten_id, desa_id, posyandu_id, tanggal, kelompok, umur_bulan, berat_kg, naik, updated_at)
               SELECT $1::uuid, h.id, $2::uuid, h.kabupaten_id, h.desa_id, h.posyandu_id, h.tanggal, 'BALITA', 25, 12.0, 'N', now() FROM hari_buka h WHERE h.id = $3::uuid`,
        values: [randomUUID(), person, days[1]],
      });
      await a.query("BEGIN");
      await a.query(copy(x));
      await b.query("BEGIN");
      let bDone = false;
      // b's trigger waits on the posyandu-month lock a holds.
      const bInsert = b.query(copy(y)).then(() => { bDone = true; });
      await new Promise((r) => setTimeout(r, 400));
      expect(bDone).toBe(false);
      await a.query("COMMIT");
      await bInsert;
      await b.query("COMMIT");
      await expectSummaryEqualsRaw();
      const after = (await stored()).find((r) => r.posyandu_id === mawar2 && r.bulan === "2025-03-01")!;
      expect(after.d).toBe(before.d + 2);
      expect(after.n).toBe(before.n + 2);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("the refill function (backfill, bulk generators) rebuilds exactly the rows the triggers kept", async () => {
    const rows = await stored();
    await testDb.$executeRaw`SELECT ringkasan_posyandu_bulan_isi(NULL)`;
    expect(await stored()).toEqual(rows);
  });
});
