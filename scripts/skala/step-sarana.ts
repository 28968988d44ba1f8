/**
 * Scale step: the kit and premises of every posyandu of Kabupaten Bogor (32.01, the benchmark's big
 * kabupaten): ~1,700 posyandu × 13 items. Shares follow what supervision reports describe: most
 * posyandu hold the anthropometry kit, fewer the adult screening tools, a glucometer rarely; one unit
 * in ten is damaged; calibration dates spread over three years, some never.
 */
import { formatNumber } from "../../lib/i18n/format.ts";
import { insertRows, int, newId, pick, type SkalaContext } from "./context.ts";

const BOGOR = "32.01";

/** The chance a posyandu holds each item at all (by catalogue code); others 0.7. */
const HELD: Record<string, number> = { "timbangan-bayi": 0.85, "timbangan-dewasa": 0.75, infantometer: 0.8, stadiometer: 0.8, "pita-lila": 0.95, "pita-lk": 0.85, "kit-sdidtk": 0.55, tensimeter: 0.7, "pita-lingkar-perut": 0.75, glukometer: 0.25, "formulir-skrining": 0.6, register: 0.95, "media-kie": 0.8 };
const DANA = ["APBDes (Dana Desa)", "DAK", "BOK", "Swadaya masyarakat", "CSR", "APBD kabupaten"];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The step of `npm run demo:skala`: Bogor's posyandu. */
export const sarana = (ctx: SkalaContext) => saranaOf(ctx, BOGOR);

/** Kits and premises for the posyandu of one kabupaten that the context holds (all of them have none yet). */
export async function saranaOf(ctx: SkalaContext, kabupatenKode: string): Promise<string> {
  const { rand } = ctx;
  const kab = [...ctx.kabupaten.values()].find((k) => k.kode === kabupatenKode);
  if (!kab) return `sarana: kabupaten ${kabupatenKode} tidak ada, dilewati`;
  const jenis = await ctx.tx.jenisSarana.findMany({ where: { kabupatenId: kab.id, isActive: true }, select: { id: true, kode: true, jumlahWajib: true, perluKalibrasi: true } });
  const posyandu = ctx.desa.filter((d) => d.kabupatenId === kab.id).flatMap((d) => ctx.posyanduByDesa.get(d.id) ?? []);
  const today = new Date();
  const kit: unknown[][] = [];
  const premises: unknown[][] = [];
  for (const p of posyandu) {
    // Some posyandu are well equipped, some not: one level per posyandu moves every item's chance.
    const level = 0.75 + 0.5 * rand();
    for (const j of jenis) {
      if (rand() > Math.min(0.98, (HELD[j.kode] ?? 0.7) * level)) continue;
      const wajib = Math.max(1, j.jumlahWajib);
      const jumlah = rand() < 0.15 ? Math.max(1, wajib - 1) : rand() < 0.1 ? wajib + 1 : wajib;
      const r = rand();
      const kondisi = r < 0.08 ? "RUSAK_BERAT" : r < 0.2 ? "RUSAK_RINGAN" : "BAIK";
      let kalibrasi: string | null = null;
      if (j.perluKalibrasi && rand() > 0.15) {
        const d = new Date(today);
        d.setUTCDate(d.getUTCDate() - int(rand, 5, 36 * 30));
        kalibrasi = isoDay(d);
      }
      kit.push([newId(), p.id, j.id, jumlah, kondisi, kalibrasi, rand() < 0.8 ? pick(rand, DANA) : null]);
    }
    premises.push([p.id, rand() < 0.6, rand() < 0.85, rand() < 0.35, rand() < 0.8, rand() < 0.6, null]);
  }
  await insertRows(ctx.tx, "sarana_posyandu", { id: "uuid", posyandu_id: "uuid", jenis_sarana_id: "uuid", jumlah: "smallint", kondisi: '"KondisiSarana"', kalibrasi_terakhir: "date", sumber_dana: "varchar" }, kit);
  await insertRows(ctx.tx, "prasarana_posyandu", { posyandu_id: "uuid", ruang_cukup: "boolean", tempat_duduk: "boolean", pojok_privasi: "boolean", air: "boolean", toilet: "boolean", catatan: "varchar" }, premises);
  return `${formatNumber(kit.length)} baris sarana dan ${formatNumber(premises.length)} prasarana untuk posyandu ${kab.nama}`;
}
