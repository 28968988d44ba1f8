/**
 * Demo pilots (percontohan), from the two seed articles:
 * - Madiun (mediabrantas.id, 26 June 2024): Posyandu Melati 1 of Dusun Balejurang, Desa Klorogan, is
 *   the ILP pilot "because its kaders are organised", running by June 2024, then "stepping to the
 *   other dusun" (Melati 2, Mawar 1, Mawar 2); Dinkes Jombang came for a study visit on 26 June
 *   2024; each of Geger's two puskesmas has one pilot desa (Klorogan for Geger, Kaibon for Kaibon).
 * - Demak (7 February 2024): Banyumeneng and Pundenarum each have one pilot posyandu, being prepared
 *   (supervision of 6 February 2024): stage "asesmen awal".
 * Illustrative (not in the sources, labelled so in the notes): SK numbers and dates, waves, target
 * dates, every stage date except the ones named above, the roll-out stages, the Kaibon posyandu
 * chosen, and the number of study-visit participants.
 */
import type { Db } from "../lib/prisma-client.ts";
import type { TahapPercontohan } from "../lib/generated/prisma/enums.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface PilotSeed {
  desaKode: string;
  posyandu: string;
  admin: string;
  nomorSk: string | null;
  tanggalSk: string | null;
  tanggalMulai: string;
  tanggalTarget: string;
  catatan: string;
  /** Each stage reached, in order, with its date (the first is DIUSULKAN). */
  tahap: [TahapPercontohan, string][];
  replikasi?: { posyandu: string; tanggalTarget: string; tahap: TahapPercontohan; catatan: string }[];
  studiBanding?: { tanggal: string; asal: string; jumlahPeserta: number; tujuan: string; catatan: string }[];
}

const ILUSTRATIF = "Nomor SK, tanggal, angkatan dan target bersifat ilustratif (contoh data demo).";

const PILOTS: PilotSeed[] = [
  {
    desaKode: "35.19.03.2002",
    posyandu: "Melati 1",
    admin: "dinkes.madiun",
    nomorSk: "188/045/402.102/2024 (ilustratif)",
    tanggalSk: "2024-01-15",
    tanggalMulai: "2024-02-01",
    tanggalTarget: "2024-06-30",
    catatan: `Posyandu ILP Dusun Balejurang dipilih karena kadernya tertata; setelah lancar, melangkah ke posyandu dusun lain. ${ILUSTRATIF}`,
    tahap: [["DIUSULKAN", "2024-01-08"], ["DITETAPKAN", "2024-01-15"], ["ASESMEN_AWAL", "2024-02-06"], ["SIAP", "2024-04-16"], ["BERJALAN", "2024-06-11"]],
    replikasi: [
      { posyandu: "Melati 2", tanggalTarget: "2024-12-31", tahap: "BERJALAN", catatan: "Dusun Klorogan. Tahap dan target ilustratif." },
      { posyandu: "Mawar 1", tanggalTarget: "2025-06-30", tahap: "SIAP", catatan: "Dusun Ngrowo. Tahap dan target ilustratif." },
      { posyandu: "Mawar 2", tanggalTarget: "2027-06-30", tahap: "DIUSULKAN", catatan: "Dusun Sumberjo. Tahap dan target ilustratif." },
    ],
    studiBanding: [
      { tanggal: "2024-06-26", asal: "Dinas Kesehatan Kabupaten Jombang", jumlahPeserta: 15, tujuan: "Melihat pelaksanaan Posyandu ILP: layanan balita, remaja, ibu hamil dan lansia dalam satu hari, dengan pelaporan lewat aplikasi.", catatan: "Sumber: mediabrantas.id, 26 Juni 2024. Jumlah peserta ilustratif." },
    ],
  },
  {
    desaKode: "35.19.03.2017",
    posyandu: "Anggrek 1",
    admin: "dinkes.madiun",
    nomorSk: "188/045/402.102/2024 (ilustratif)",
    tanggalSk: "2024-01-15",
    tanggalMulai: "2024-02-01",
    tanggalTarget: "2024-09-30",
    catatan: `Desa percontohan Puskesmas Kaibon (utara Kecamatan Geger). Posyandu yang dipilih dan tahapnya ilustratif. ${ILUSTRATIF}`,
    tahap: [["DIUSULKAN", "2024-01-08"], ["DITETAPKAN", "2024-01-15"], ["ASESMEN_AWAL", "2024-02-07"], ["SIAP", "2024-07-03"]],
  },
  {
    desaKode: "33.21.01.2001",
    posyandu: "Kenanga 1",
    admin: "dinkes.demak",
    nomorSk: "440/112/2024 (ilustratif)",
    tanggalSk: "2024-01-22",
    tanggalMulai: "2024-02-06",
    tanggalTarget: "2024-12-31",
    catatan: `Pilot project ILP Desa Banyumeneng; supervisi sarana-prasarana dan SDM kesehatan oleh Dinkes pada 6 Februari 2024. ${ILUSTRATIF}`,
    tahap: [["DIUSULKAN", "2024-01-10"], ["DITETAPKAN", "2024-01-22"], ["ASESMEN_AWAL", "2024-02-06"]],
  },
  {
    desaKode: "33.21.02.2012",
    posyandu: "Cempaka 1",
    admin: "dinkes.demak",
    nomorSk: "440/112/2024 (ilustratif)",
    tanggalSk: "2024-01-22",
    tanggalMulai: "2024-02-06",
    tanggalTarget: "2024-12-31",
    catatan: `Pilot project ILP Desa Pundenarum; supervisi sarana-prasarana dan SDM kesehatan oleh Dinkes pada 6 Februari 2024. ${ILUSTRATIF}`,
    tahap: [["DIUSULKAN", "2024-01-10"], ["DITETAPKAN", "2024-01-22"], ["ASESMEN_AWAL", "2024-02-06"]],
  },
];

export async function seedPercontohan(db: Db, log: (l: string) => void = console.log): Promise<void> {
  for (const s of PILOTS) {
    const pos = await db.posyandu.findFirstOrThrow({ where: { nama: s.posyandu, desa: { kode: s.desaKode } }, select: { id: true, desaId: true, desa: { select: { kabupatenId: true, puskesmasId: true } } } });
    const admin = await db.user.findUniqueOrThrow({ where: { username: s.admin }, select: { id: true, nama: true } });
    const stages = s.tahap;
    const pilot = await db.percontohan.create({
      data: {
        posyanduId: pos.id, desaId: pos.desaId, puskesmasId: pos.desa.puskesmasId, kabupatenId: pos.desa.kabupatenId,
        tahun: Number((s.tanggalSk ?? s.tanggalMulai).slice(0, 4)), nomorSk: s.nomorSk, tanggalSk: s.tanggalSk ? d(s.tanggalSk) : null, angkatan: 1,
        tanggalMulai: d(s.tanggalMulai), tanggalTarget: d(s.tanggalTarget), catatan: s.catatan, tahap: stages[stages.length - 1][0],
      },
    });
    await db.riwayatTahap.createMany({
      data: stages.map(([ke, tanggal], i) => ({ percontohanId: pilot.id, dari: i === 0 ? null : stages[i - 1][0], ke, tanggal: d(tanggal), olehId: admin.id, olehNama: admin.nama })),
    });
    for (const r of s.replikasi ?? []) {
      const target = await db.posyandu.findFirstOrThrow({ where: { nama: r.posyandu, desaId: pos.desaId }, select: { id: true } });
      await db.replikasiPercontohan.create({ data: { percontohanId: pilot.id, posyanduId: target.id, tanggalTarget: d(r.tanggalTarget), tahap: r.tahap, catatan: r.catatan } });
    }
    for (const v of s.studiBanding ?? []) {
      await db.studiBanding.create({ data: { percontohanId: pilot.id, kabupatenId: pos.desa.kabupatenId, tanggal: d(v.tanggal), asal: v.asal, jumlahPeserta: v.jumlahPeserta, tujuan: v.tujuan, catatan: v.catatan } });
    }
  }
  log(`Percontohan demo: ${PILOTS.length} posyandu percontohan, ${PILOTS.reduce((n, p) => n + (p.replikasi?.length ?? 0), 0)} sasaran replikasi, ${PILOTS.reduce((n, p) => n + (p.studiBanding?.length ?? 0), 0)} studi banding.`);
}
