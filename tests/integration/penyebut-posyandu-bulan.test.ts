/**
 * The coverage denominators summary (penyebut_posyandu_bulan) read by the coverage report: filled for a
 * kabupaten's month by its first report, then kept by triggers on sasaran and status_sasaran in the
 * writing transaction. After random registrations, birth-date and sex corrections, moves between
 * posyandu (and desa), people moving away or dying and coming back, pregnancies started, ended and
 * deleted, merges and deletions, and with writers and a fill interleaved, it equals the recount from raw
 * rows (the live statement's birth-date ranges) for every held month of every kabupaten; and the report
 * read from it equals the report counted live, for every role.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import pg from "pg";
import { testDb, viewer, posyanduId, KLOROGAN, KAIBON, type DemoUsername } from "../support/db.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { bulanDari } from "../../lib/laporan/bulan.ts";
import { hitungCakupan } from "../../lib/laporan/cakupan-hitung.ts";
import { cakupanTerdaftar } from "../../lib/laporan/penyebut-sql.ts";
import { cakupanPerPosyandu, dalamJendela } from "../../lib/laporan/cakupan.ts";
import { mergeSasaran } from "../../lib/sasaran/dal-gabung.ts";
// The deterministic PRNG of the scale data (mulberry32), so that a failure can be replayed.
import { prng } from "../../scripts/gen-children.ts";

type Baris = { kabupaten_id: string; bulan: string; posyandu_id: string; penyebut: Record<string, number> };

const stored = () => testDb.$queryRaw<Baris[]>`
  SELECT kabupaten_id::text, bulan::text, posyandu_id::text, penyebut FROM penyebut_posyandu_bulan ORDER BY 1, 2, 3`;

/** From raw rows, for every held month: registered live people by the live statement's birth-date ranges, pregnancies overlapping the month. */
async function recounted(): Promise<Baris[]> {
  const held = await testDb.$queryRaw<{ kabupaten_id: string; bulan: string }[]>`SELECT kabupaten_id::text, bulan::text FROM penyebut_bulan_terisi ORDER BY 1, 2`;
  const out: Baris[] = [];
  for (const h of held) {
    const b = bulanDari(h.bulan.slice(0, 7));
    const hitung = hitungCakupan(b.akhir);
    const pairs = cakupanTerdaftar().map((c) => {
      const [kode] = c.kunci.split("_") as [keyof typeof hitung];
      const q = hitung[kode].penyebut;
      const syarat = q.dari === "terdaftar" ? q.syarat
        : Prisma.sql`EXISTS (SELECT 1 FROM status_sasaran st WHERE st.sasaran_id = s.id AND st.status = 'HAMIL' AND st.mulai <= ${b.akhir}::date AND (st.selesai IS NULL OR st.selesai >= ${b.awal}::date))`;
      return Prisma.sql`${c.kunci}::text, count(*) FILTER (WHERE ${syarat})`;
    });
    out.push(...(await testDb.$queryRaw<Baris[]>`
      SELECT s.kabupaten_id::text AS kabupaten_id, ${h.bulan}::text AS bulan, s.posyandu_id::text AS posyandu_id, jsonb_build_object(${Prisma.join(pairs)}) AS penyebut
      FROM sasaran s
      WHERE s.kabupaten_id = ${h.kabupaten_id}::uuid AND s.digabung_ke_id IS NULL AND s.is_active AND s.tanggal_lahir <= ${b.akhir}::date
      GROUP BY 1, 3 ORDER BY 3`));
  }
  return out;
}

async function expectSummaryEqualsRaw() {
  const [a, b] = await Promise.all([stored(), recounted()]);
  expect(a.length).toBeGreaterThan(0);
  expect(a).toEqual(b);
}


const MONTHS = ["2024-02", "2024-05", "2024-08", "2025-03"];
const USERS: DemoUsername[] = ["dinkes.madiun", "dinkes.demak", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1"];
let pos: { id: string; desaId: string; kabupatenId: string }[] = [];

async function orang(p: (typeof pos)[number], nama: string, jk: "L" | "P", lahir: string) {
  return (await testDb.sasaran.create({ data: { kabupatenId: p.kabupatenId, desaId: p.desaId, posyanduId: p.id, nama, namaKunci: nama.toLowerCase(), jenisKelamin: jk, tanggalLahir: new Date(`${lahir}T00:00:00Z`) }, select: { id: true } })).id;
}

beforeAll(async () => {
  const ids = [await posyanduId(KLOROGAN, "Melati 1"), await posyanduId(KLOROGAN, "Mawar 2"), (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id];
  pos = await Promise.all(ids.map(async (id) => {
    const p = await testDb.posyandu.findUniqueOrThrow({ where: { id }, select: { id: true, desaId: true, desa: { select: { kabupatenId: true } } } });
    return { id: p.id, desaId: p.desaId, kabupatenId: p.desa.kabupatenId };
  }));
  // The first reports of these months fill the summary (for each viewer's kabupaten).
  for (const u of ["dinkes.madiun", "dinkes.demak"] as const) for (const m of MONTHS) await cakupanPerPosyandu(await viewer(u), bulanDari(m), {});
});

describe("penyebut_posyandu_bulan", () => {
  it("the report fills a month once per kabupaten, only inside its window", async () => {
    const held = await testDb.penyebutBulanTerisi.findMany({ select: { bulan: true } });
    expect(held.length).toBeGreaterThanOrEqual(MONTHS.length * 2);
    const kab = pos[0].kabupatenId;
    const before = await testDb.penyebutBulanTerisi.count({ where: { kabupatenId: kab } });
    await cakupanPerPosyandu(await viewer("kader.melati1"), bulanDari("2024-05"), {});
    expect(await testDb.penyebutBulanTerisi.count({ where: { kabupatenId: kab } })).toBe(before);
    expect(dalamJendela(bulanDari("2024-05"), "2026-11")).toBe(true);
    expect(dalamJendela(bulanDari("2016-11"), "2026-11")).toBe(true);
    expect(dalamJendela(bulanDari("2016-10"), "2026-11")).toBe(false);
    expect(dalamJendela(bulanDari("2026-12"), "2026-11")).toBe(true);
    expect(dalamJendela(bulanDari("2027-01"), "2026-11")).toBe(false);
    // Outside the window: counted live, nothing stored.
    const far = await cakupanPerPosyandu(await viewer("kader.melati1"), bulanDari("2001-05"), {});
    expect(far.length).toBe(1);
    expect(await testDb.penyebutBulanTerisi.count({ where: { bulan: new Date("2001-05-01T00:00:00Z") } })).toBe(0);
    await expectSummaryEqualsRaw();
  });

  it("after random registrations, corrections, moves, deaths, pregnancies, merges and deletions", async () => {
    const rand = prng(20261130);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const lahirAcak = () => {
      // Around the band edges of the held months: born 2019-2025 (bayi, balita), 2011-2013 (12 years), 1963-1965 (60 years), 1983-1985 (40 years).
      const y = pick([2023, 2024, 2019, 2012, 2005, 1984, 1964, 1950]) + Math.floor(rand() * 2);
      return `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
    };
    const mine: string[] = [];
    for (let i = 0; i < 6; i++) mine.push(await orang(pick(pos), `Penyebut Awal ${i}`, rand() < 0.5 ? "L" : "P", lahirAcak()));
    const bidan = await viewer("bidan.klorogan");
    for (let step = 0; step < 40; step++) {
      const r = rand();
      const id = pick(mine);
      if (r < 0.15) mine.push(await orang(pick(pos), `Penyebut ${step}`, rand() < 0.5 ? "L" : "P", lahirAcak()));
      else if (r < 0.3) await testDb.sasaran.update({ where: { id }, data: { tanggalLahir: new Date(`${lahirAcak()}T00:00:00Z`) } });
      else if (r < 0.4) {
        const now = await testDb.sasaran.findUniqueOrThrow({ where: { id }, select: { jenisKelamin: true } });
        await testDb.sasaran.update({ where: { id }, data: { jenisKelamin: now.jenisKelamin === "P" ? "L" : "P" } });
      } else if (r < 0.55) {
        // Moved to another posyandu (another desa, or another kabupaten's posyandu for the Demak one).
        const to = pick(pos);
        await testDb.sasaran.update({ where: { id }, data: { posyanduId: to.id, desaId: to.desaId, kabupatenId: to.kabupatenId } });
      } else if (r < 0.65) {
        const now = await testDb.sasaran.findUniqueOrThrow({ where: { id }, select: { isActive: true } });
        await testDb.sasaran.update({ where: { id }, data: { isActive: !now.isActive } });
      } else if (r < 0.78) {
        const mulai = `${pick([2023, 2024])}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
        await testDb.statusSasaran.create({ data: { sasaranId: id, status: pick(["HAMIL", "HAMIL", "NIFAS"] as const), mulai: new Date(`${mulai}T00:00:00Z`), selesai: rand() < 0.5 ? null : new Date(new Date(`${mulai}T00:00:00Z`).getTime() + (20 + Math.floor(rand() * 250)) * 86_400_000) } });
      } else if (r < 0.85) {
        const st = await testDb.statusSasaran.findFirst({ where: { sasaranId: { in: mine } }, select: { id: true, mulai: true } });
        if (st) {
          if (rand() < 0.5) await testDb.statusSasaran.update({ where: { id: st.id }, data: { selesai: new Date(st.mulai.getTime() + 40 * 86_400_000) } });
          else await testDb.statusSasaran.delete({ where: { id: st.id } });
        }
      } else if (r < 0.93) {
        // A duplicate registered at Mawar 2 merged into one of ours there (the ganda is hidden; its statuses move).
        const p = pos[1];
        const tetap = await orang(p, `Penyebut Tetap ${step}`, "P", "1995-03-03");
        const ganda = await orang(p, `Penyebut Ganda ${step}`, "P", "1995-03-03");
        await testDb.statusSasaran.create({ data: { sasaranId: ganda, status: "HAMIL", mulai: new Date("2024-04-10T00:00:00Z") } });
        await mergeSasaran(bidan, { tetapId: tetap, gandaId: ganda });
        mine.push(tetap);
      } else {
        const gone = mine.splice(mine.indexOf(id), 1)[0];
        await testDb.statusSasaran.deleteMany({ where: { sasaranId: gone } });
        await testDb.sasaran.delete({ where: { id: gone } });
        if (mine.length === 0) mine.push(await orang(pos[0], `Penyebut Lagi ${step}`, "L", lahirAcak()));
      }
      await expectSummaryEqualsRaw();
    }
    // Bulk statements too: one update of many people across posyandu, one delete.
    await testDb.sasaran.updateMany({ where: { id: { in: mine } }, data: { tanggalLahir: new Date("2023-11-30T00:00:00Z") } });
    await expectSummaryEqualsRaw();
  }, 180_000);

  it("two writers of one posyandu serialise, and a fill waits for a writer: nothing is lost", async () => {
    const url = inject("databaseUrl");
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await Promise.all([a.connect(), b.connect()]);
    const p = pos[1];
    const insert = (nama: string) => ({
      text: `INSERT INTO sasaran (id, kabupaten_id, desa_id, posyandu_id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4::varchar, lower($4::varchar), 'P', '2023-09-15', now())`,
      values: [p.kabupatenId, p.desaId, p.id, nama],
    });
    try {
      const row = async () => (await stored()).find((r) => r.posyandu_id === p.id && r.bulan === "2024-05-01")!;
      const before = await row();
      await a.query("BEGIN");
      await a.query(insert("Penyebut Urut Satu"));
      await b.query("BEGIN");
      let bDone = false;
      const bInsert = b.query(insert("Penyebut Urut Dua")).then(() => { bDone = true; });
      await new Promise((r) => setTimeout(r, 400));
      expect(bDone).toBe(false);
      await a.query("COMMIT");
      await bInsert;
      await b.query("COMMIT");
      const after = await row();
      expect(after.penyebut.vitaminABayi_q).toBe(before.penyebut.vitaminABayi_q + 2);
      await expectSummaryEqualsRaw();

      // A writer's transaction open while the first report of a new month fills it: the fill waits and counts the writer's person.
      await a.query("BEGIN");
      await a.query(insert("Penyebut Isi Tunggu"));
      let filled = false;
      const fill = b.query(`SELECT penyebut_posyandu_bulan_isi($1::uuid, '2024-06-01')`, [p.kabupatenId]).then(() => { filled = true; });
      await new Promise((r) => setTimeout(r, 400));
      expect(filled).toBe(false);
      await a.query("COMMIT");
      await fill;
      await expectSummaryEqualsRaw();
      expect((await stored()).some((r) => r.posyandu_id === p.id && r.bulan === "2024-06-01")).toBe(true);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("the report read from the summary equals the report counted live, for every role, drilled and not", async () => {
    let rows = 0;
    for (const u of USERS) {
      const v = await viewer(u);
      for (const m of MONTHS) {
        const b = bulanDari(m);
        const [dari, langsung] = await Promise.all([cakupanPerPosyandu(v, b, {}, "ringkasan"), cakupanPerPosyandu(v, b, {}, "langsung")]);
        expect(dari, `${u} ${m}`).toEqual(langsung);
        rows += dari.length;
        const one = dari.find((r) => r.nilai.tdLansia.penyebut > 0);
        if (one) expect(await cakupanPerPosyandu(v, b, { posyanduId: one.posyanduId }, "ringkasan")).toEqual(await cakupanPerPosyandu(v, b, { posyanduId: one.posyanduId }, "langsung"));
      }
    }
    expect(rows).toBeGreaterThan(20);
  }, 120_000);

  it("truncating the people empties it (refilled by the next report)", async () => {
    // Not run against the shared people: a transaction that is rolled back.
    await testDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("TRUNCATE status_sasaran");
      expect(await tx.penyebutBulanTerisi.count()).toBe(0);
      throw new Error("rollback");
    }).catch((e: Error) => { if (e.message !== "rollback") throw e; });
    expect(await testDb.penyebutBulanTerisi.count()).toBeGreaterThan(0);
  });
});
