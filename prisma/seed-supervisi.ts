/**
 * Demo supervision visits, submitted, with their scores, findings and follow-ups:
 * - Demak (source: the 7 February 2024 report of the 6 February 2024 supervision): the Dinkes Kesmas
 *   team (Gizi and KIA) at Desa Banyumeneng (Kec. Mranggen) and Desa Pundenarum (Kec. Karangawen),
 *   with the Ketua Pustu, kaders, the desa, and the puskesmas doctor, promkes and gizi officers, on the
 *   published ILP-DESA instrument; a later visit to Banyumeneng (14 May 2024) verifies one follow-up
 *   done; another stays open past its due date.
 * - Madiun: Puskesmas Geger's visit to Posyandu Melati 1 (14 May 2024, its second Tuesday) with
 *   follow-ups for the puskesmas officer, the kader and the desa.
 * Illustrative (not in the sources; marked "ilustratif"): every person's name, the answers, findings,
 * follow-ups, their owners and dates, and the May visits.
 * `createSelesaiVisit` is also what the tests use to make a submitted visit.
 */
import { randomUUID } from "node:crypto";
import type { Db, DbTx } from "../lib/prisma-client.ts";
import { answerScore, scoreVisit, type ButirSkor, type JawabanSkor, type OpsiButir } from "../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../lib/supervisi/aturan.ts";
import type { StatusTindakLanjut, TingkatPemilik } from "../lib/supervisi/pemilik.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface PesertaSeed { nama: string; peran: string; instansi?: string; tim?: boolean; hadir?: boolean; userId?: string }
export interface TindakLanjutSeed {
  masalah: string; tindakan: string; tingkat: TingkatPemilik; pemilikNama: string; pemilikUserId?: string | null; batasWaktu: string;
  status?: StatusTindakLanjut; catatanBukti?: string; selesaiAt?: Date; butirKode?: string;
}
export interface VisitSeed {
  kabupatenId: string;
  instrumenKode: "ILP-POSYANDU" | "ILP-DESA";
  desaId: string;
  posyanduId?: string | null;
  tanggal: string;
  /** Answers by item code (nilai by type; "NA" = not applicable); unlisted items get a good default. */
  jawaban?: Record<string, number | "NA">;
  catatan?: Record<string, string>;
  ringkasan?: string;
  peserta: PesertaSeed[];
  tindakLanjut?: TindakLanjutSeed[];
  /** Earlier follow-ups this visit verified. */
  verifikasi?: { tindakLanjutId: string; hasil: "SELESAI" | "SEBAGIAN" | "BELUM"; catatan?: string }[];
  dikirimOlehId?: string | null;
}

/** A submitted visit (SELESAI) with its answers scored by lib/supervisi/score.ts, its team, attendance and follow-ups. */
export async function createSelesaiVisit(db: Db | DbTx, v: VisitSeed): Promise<{ id: string; tindakLanjut: string[]; skor: number | null; kategori: string | null }> {
  const ins = await db.instrumen.findFirstOrThrow({
    where: { kabupatenId: v.kabupatenId, kode: v.instrumenKode, status: "TERBIT" },
    orderBy: { versi: "desc" },
    select: { id: true, butir: { select: { id: true, kode: true, tipe: true, bobot: true, kritis: true, bolehNa: true, opsi: true, garisId: true, domain: { select: { kode: true } } }, orderBy: { urutan: "asc" } } },
  });
  const butir: (ButirSkor & { kode: string })[] = ins.butir.map((b) => ({ id: b.id, kode: b.kode, domainKode: b.domain.kode, tipe: b.tipe, bobot: b.bobot.toNumber(), kritis: b.kritis, bolehNa: b.bolehNa, opsi: b.opsi as OpsiButir, garisId: b.garisId }));
  const jawaban = new Map<string, JawabanSkor>();
  for (const b of butir) {
    const given = v.jawaban?.[b.kode];
    if (given === "NA") jawaban.set(b.id, { na: true });
    else if (b.tipe === "TEKS") jawaban.set(b.id, { teks: v.catatan?.[b.kode] ?? "Tidak ada catatan tambahan." });
    else if (given !== undefined) jawaban.set(b.id, { nilai: given });
    else jawaban.set(b.id, { nilai: b.tipe === "YA_TIDAK" ? 1 : b.tipe === "SKALA" ? 3 : b.tipe === "PILIHAN" ? 0 : (b.opsi.target ?? 1) });
  }
  const ambang = ATURAN_AMBANG_SUPERVISI.bawaan;
  const hasil = scoreVisit(butir, jawaban, ambang);
  const id = randomUUID();
  const skorDomain = Object.fromEntries(Object.entries(hasil.domain).map(([k, s]) => [k, s.skor]));
  await db.kunjunganSupervisi.create({
    data: {
      id, kabupatenId: v.kabupatenId, sasaran: v.posyanduId ? "POSYANDU" : "DESA", posyanduId: v.posyanduId ?? null, desaId: v.desaId, instrumenId: ins.id, tanggal: d(v.tanggal),
      status: "SELESAI", skor: hasil.total.skor, skorDomain, kategori: hasil.kategori, kritisGagal: hasil.kritisGagal.length > 0, ringkasan: v.ringkasan ?? null,
      dikirimOlehId: v.dikirimOlehId ?? null, dikirimAt: new Date(`${v.tanggal}T05:00:00Z`),
    },
  });
  await db.pesertaKunjungan.createMany({ data: v.peserta.map((p, i) => ({ kunjunganId: id, nama: p.nama, peran: p.peran, instansi: p.instansi ?? null, tim: p.tim ?? false, hadir: p.hadir ?? true, userId: p.userId ?? null, urutan: i })) });
  await db.jawabanKunjungan.createMany({
    data: butir.map((b) => {
      const j = jawaban.get(b.id)!;
      return { kunjunganId: id, butirId: b.id, nilai: j.nilai ?? null, teks: j.teks ?? null, na: j.na ?? false, skor: answerScore(b, j), catatan: v.catatan?.[b.kode] && b.tipe !== "TEKS" ? v.catatan[b.kode] : null };
    }),
  });
  const tl: string[] = [];
  for (const t of v.tindakLanjut ?? []) {
    const row = await db.tindakLanjut.create({
      data: {
        kunjunganId: id, kabupatenId: v.kabupatenId, desaId: v.desaId, posyanduId: v.posyanduId ?? null, butirId: t.butirKode ? butir.find((b) => b.kode === t.butirKode)?.id ?? null : null,
        masalah: t.masalah, tindakan: t.tindakan, tingkatPemilik: t.tingkat, pemilikNama: t.pemilikNama, pemilikUserId: t.pemilikUserId ?? null, batasWaktu: d(t.batasWaktu),
        status: t.status ?? "BELUM", catatanBukti: t.catatanBukti ?? null, selesaiAt: t.status === "SELESAI" ? t.selesaiAt ?? new Date(`${t.batasWaktu}T03:00:00Z`) : null,
      },
      select: { id: true },
    });
    tl.push(row.id);
  }
  if (v.verifikasi?.length) await db.verifikasiTindakLanjut.createMany({ data: v.verifikasi.map((x) => ({ tindakLanjutId: x.tindakLanjutId, kunjunganId: id, hasil: x.hasil, catatan: x.catatan ?? null })) });
  return { id, tindakLanjut: tl, skor: hasil.total.skor, kategori: hasil.kategori };
}

const IL = " (ilustratif)";
const DINKES_DEMAK = "Dinas Kesehatan Kabupaten Demak";
const timDemak: PesertaSeed[] = [
  { nama: `Endang Sulistyowati, SKM${IL}`, peran: "Kesmas Dinkes (Gizi)", instansi: `${DINKES_DEMAK}, Bidang Kesmas`, tim: true },
  { nama: `Ratna Dewi, S.Tr.Keb${IL}`, peran: "Kesmas Dinkes (KIA)", instansi: `${DINKES_DEMAK}, Bidang Kesmas`, tim: true },
];

async function ids(db: Db) {
  const desa = async (kode: string) => (await db.desa.findUniqueOrThrow({ where: { kode }, select: { id: true, kabupatenId: true } }));
  const user = async (username: string) => (await db.user.findUnique({ where: { username }, select: { id: true } }))?.id ?? null;
  const pos = async (kode: string, nama: string) => (await db.posyandu.findFirstOrThrow({ where: { nama, desa: { kode } }, select: { id: true } })).id;
  return { desa, user, pos };
}

export async function seedSupervisi(db: Db, log: (l: string) => void = console.log): Promise<void> {
  const { desa, user, pos } = await ids(db);
  const banyumeneng = await desa("33.21.01.2001");
  const pundenarum = await desa("33.21.02.2012");

  const b1 = await createSelesaiVisit(db, {
    kabupatenId: banyumeneng.kabupatenId, instrumenKode: "ILP-DESA", desaId: banyumeneng.id, tanggal: "2024-02-06",
    ringkasan: "Pengarahan, lalu pemeriksaan kesiapan ILP: sarana Pustu terhadap standar dan SDM. Pustu belum memiliki perawat; kader belum dilatih 25 keterampilan dasar.",
    jawaban: { "SDM-02": 0, "SDM-03": 1, "SAR-02": 0, "SAR-03": 2, "LAY-03": 2, "DAT-01": 1 },
    catatan: { "SDM-02": "Pustu hanya dilayani bidan desa.", "SDM-03": "Pelatihan kader direncanakan Puskesmas.", "DAT-03": "Desa mendukung; perlu pokja ILP diperkuat." },
    peserta: [
      ...timDemak,
      { nama: `Sri Wahyuni, A.Md.Keb${IL}`, peran: "Ketua Pustu", instansi: "Pustu Banyumeneng" },
      { nama: `Suminah${IL}`, peran: "Kader", instansi: "Posyandu Kenanga 1" },
      { nama: `Kasmini${IL}`, peran: "Kader", instansi: "Posyandu Kenanga 2" },
      { nama: `Ahmad Fauzi${IL}`, peran: "Perangkat desa", instansi: "Pemerintah Desa Banyumeneng" },
      { nama: `dr. Bambang Setiawan${IL}`, peran: "Dokter", instansi: "Puskesmas Mranggen III" },
      { nama: `Nur Hidayah, SKM${IL}`, peran: "Promkes", instansi: "Puskesmas Mranggen III" },
      { nama: `Rina Kusumawati, S.Gz${IL}`, peran: "Gizi", instansi: "Puskesmas Mranggen III" },
    ],
    tindakLanjut: [
      { masalah: "Pustu Banyumeneng belum memiliki perawat.", tindakan: "Usulkan penempatan perawat ke Pustu Banyumeneng dalam rencana kebutuhan SDM.", tingkat: "DINKES", pemilikNama: `Bidang SDK Dinkes Demak${IL}`, batasWaktu: "2024-06-30", butirKode: "SDM-02" },
      { masalah: "Kader posyandu belum dilatih 25 keterampilan dasar.", tindakan: "Jadwalkan pelatihan kader paket pertama di Puskesmas Mranggen III.", tingkat: "PUSKESMAS", pemilikNama: `Puskesmas Mranggen III${IL}`, batasWaktu: "2024-04-30", status: "SELESAI", selesaiAt: new Date("2024-04-25T03:00:00Z"), catatanBukti: "Pelatihan 20 kader 23–25 April 2024, daftar hadir terlampir (ilustratif).", butirKode: "SDM-03" },
    ],
  });
  const p1 = await createSelesaiVisit(db, {
    kabupatenId: pundenarum.kabupatenId, instrumenKode: "ILP-DESA", desaId: pundenarum.id, tanggal: "2024-02-06",
    ringkasan: "Pengarahan dan pemeriksaan kesiapan ILP desa. Dukungan APBDes untuk posyandu belum cukup; data sasaran desa belum mutakhir.",
    jawaban: { "KEL-03": 1, "SDM-03": 2, "DAT-01": 1, "LAY-01": 2 },
    peserta: [
      ...timDemak,
      { nama: `Siti Aminah, A.Md.Keb${IL}`, peran: "Ketua Pustu", instansi: "Pustu Pundenarum" },
      { nama: `Munawaroh${IL}`, peran: "Kader", instansi: "Posyandu Cempaka 1" },
      { nama: `Sulastri${IL}`, peran: "Kader", instansi: "Posyandu Cempaka 2" },
      { nama: `Mohamad Ridwan${IL}`, peran: "Kepala Desa", instansi: "Pemerintah Desa Pundenarum" },
      { nama: `dr. Laila Fitriani${IL}`, peran: "Dokter", instansi: "Puskesmas Karangawen II" },
      { nama: `Agus Salim, SKM${IL}`, peran: "Promkes", instansi: "Puskesmas Karangawen II" },
      { nama: `Wulan Sari, S.Gz${IL}`, peran: "Gizi", instansi: "Puskesmas Karangawen II" },
    ],
    tindakLanjut: [
      { masalah: "Dukungan APBDes untuk posyandu (insentif kader, PMT) belum cukup.", tindakan: "Bahas insentif kader dan PMT di musyawarah desa dan masukkan ke APBDes perubahan.", tingkat: "DESA", pemilikNama: `Kepala Desa Pundenarum${IL}`, batasWaktu: "2024-08-31", status: "PROSES", butirKode: "KEL-03" },
      { masalah: "Data sasaran desa (PWS) belum mutakhir.", tindakan: "Mutakhirkan data sasaran per kelompok umur bersama kader dan Pustu.", tingkat: "PUSKESMAS", pemilikNama: `Puskesmas Karangawen II${IL}`, batasWaktu: "2024-03-31", status: "SELESAI", selesaiAt: new Date("2024-04-08T03:00:00Z"), catatanBukti: "Data sasaran diperbarui 8 April 2024 (ilustratif).", butirKode: "DAT-01" },
    ],
  });
  // The later visit to Banyumeneng verifies the training done and the nurse still missing.
  await createSelesaiVisit(db, {
    kabupatenId: banyumeneng.kabupatenId, instrumenKode: "ILP-DESA", desaId: banyumeneng.id, tanggal: "2024-05-14",
    ringkasan: "Kunjungan lanjutan: pelatihan kader sudah terlaksana; perawat Pustu belum ditempatkan.",
    jawaban: { "SDM-02": 0, "SAR-02": 0, "SAR-03": 2 },
    peserta: [
      { nama: `Nur Hidayah, SKM${IL}`, peran: "Promkes", instansi: "Puskesmas Mranggen III", tim: true },
      { nama: `Sri Wahyuni, A.Md.Keb${IL}`, peran: "Ketua Pustu", instansi: "Pustu Banyumeneng" },
      { nama: `Suminah${IL}`, peran: "Kader", instansi: "Posyandu Kenanga 1" },
      { nama: `Ahmad Fauzi${IL}`, peran: "Perangkat desa", instansi: "Pemerintah Desa Banyumeneng" },
    ],
    verifikasi: [
      { tindakLanjutId: b1.tindakLanjut[1], hasil: "SELESAI", catatan: "Sertifikat pelatihan kader dilihat (ilustratif)." },
      { tindakLanjutId: b1.tindakLanjut[0], hasil: "BELUM", catatan: "Perawat belum ditempatkan." },
    ],
  });

  const klorogan = await desa("35.19.03.2002");
  const pkmGeger = await user("pkm.geger");
  const kaderMelati = await user("kader.melati1");
  const m1 = await createSelesaiVisit(db, {
    kabupatenId: klorogan.kabupatenId, instrumenKode: "ILP-POSYANDU", desaId: klorogan.id, posyanduId: await pos("35.19.03.2002", "Melati 1"), tanggal: "2024-05-14", dikirimOlehId: pkmGeger,
    ringkasan: "Posyandu berjalan dengan 5 langkah; timbangan belum dikalibrasi dan register ibu hamil belum lengkap.",
    jawaban: { "SAR-06": 1, "DAT-01": 1, "LAY-07": 2, "KEL-05": 1 },
    catatan: { "SAR-06": "Kalibrasi terakhir 2022.", "DAT-01": "Register ibu hamil belum diisi lengkap." },
    peserta: [
      { nama: "Petugas Puskesmas Geger", peran: "Promkes", instansi: "Puskesmas Geger", tim: true, userId: pkmGeger ?? undefined },
      { nama: `Yuli Astutik, A.Md.Keb${IL}`, peran: "Bidan", instansi: "Pustu Klorogan", tim: true },
      { nama: `Sumarni${IL}`, peran: "Ketua Posyandu", instansi: "Posyandu Melati 1" },
      { nama: "Kader Posyandu Melati 1", peran: "Kader", instansi: "Posyandu Melati 1", userId: kaderMelati ?? undefined },
      { nama: `Suyanto${IL}`, peran: "Perangkat desa", instansi: "Pemerintah Desa Klorogan" },
    ],
    tindakLanjut: [
      { masalah: "Timbangan dan alat ukur belum dikalibrasi dalam 12 bulan terakhir.", tindakan: "Kalibrasi timbangan bayi dan infantometer bersama Puskesmas.", tingkat: "PUSKESMAS", pemilikNama: "Petugas Puskesmas Geger", pemilikUserId: pkmGeger, batasWaktu: "2024-06-30", butirKode: "SAR-06" },
      { masalah: "Register ibu hamil belum diisi lengkap.", tindakan: "Lengkapi register ibu hamil dari kartu bantu.", tingkat: "KADER", pemilikNama: "Kader Posyandu Melati 1", pemilikUserId: kaderMelati, batasWaktu: "2027-03-31", butirKode: "DAT-01" },
      { masalah: "Insentif kader belum masuk APBDes.", tindakan: "Usulkan insentif kader di musyawarah desa.", tingkat: "DESA", pemilikNama: `Kepala Desa Klorogan${IL}`, batasWaktu: "2027-03-31", status: "PROSES", butirKode: "KEL-05" },
    ],
  });
  log(`Supervisi: 4 kunjungan selesai (Banyumeneng ${b1.skor}, Pundenarum ${p1.skor}, Melati 1 ${m1.skor}) dengan tindak lanjutnya.`);
}
