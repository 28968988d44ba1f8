/**
 * Scale step: five years of supervision in Kabupaten Bogor (32.01), the benchmark's big kabupaten.
 * Every posyandu is visited about once a quarter (≈ 1,700 × 20 ≈ 34,000 visits) on the kabupaten's
 * ILP-POSYANDU instrument, each with its ~37 answers (≈ 1.3 M), attendance, 0–3 findings with
 * follow-ups, and the earlier open follow-ups verified at the next visit. A second version of the
 * instrument is published mid-2024 (one item dropped, one added, one reworded on the same lineage),
 * so trends compare across versions as they will in the field. Each puskesmas has one plan per
 * quarter holding its visits; the current quarter's visits are still planned or under way.
 * Scores are computed with the app's own scoring (lib/supervisi/score.ts).
 */
import { formatNumber, todayInJakarta } from "../../lib/i18n/format.ts";
import { answerScore, scoreVisit, type ButirSkor, type JawabanSkor } from "../../lib/supervisi/score.ts";
import { ATURAN_AMBANG_SUPERVISI } from "../../lib/supervisi/aturan.ts";
import { insertRows, int, newId, pick, type SkalaContext } from "./context.ts";
import { NAMA_BELAKANG, NAMA_DEPAN } from "./names.ts";

const BOGOR = "32.01";
export const SUPERVISI_TAHUN = 5;
const PERAN = ["Kader", "Kader", "Kader", "Ketua Pustu", "Bidan", "Perangkat desa", "Promkes", "Gizi"];
const MASALAH: [string, string][] = [
  ["Kader aktif kurang dari 5", "Rekrut dan latih kader baru bersama desa"],
  ["Timbangan bayi digital rusak", "Ajukan penggantian timbangan melalui Puskesmas"],
  ["Alat belum dikalibrasi", "Jadwalkan kalibrasi alat oleh Puskesmas"],
  ["Lansia belum dilayani", "Tambahkan meja layanan lansia pada hari buka"],
  ["Register belum lengkap", "Lengkapi register dan kartu bantu bersama bidan"],
  ["SKDN tidak dipajang", "Pajang SKDN bulanan di posyandu"],
  ["Kunjungan rumah belum berjalan", "Susun jadwal kunjungan rumah untuk sasaran yang tidak datang"],
];
const TINGKAT = ["KADER", "PUSKESMAS", "DESA", "KADER", "PUSKESMAS"] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDay: string, days: number) => { const d = new Date(`${isoDay}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + days); return iso(d); };

interface Butir extends ButirSkor { kode: string }

/** The quarters (year, 1–4) of the last `years` years up to the current one, oldest first. */
export function lastQuarters(years: number, today = todayInJakarta()): { tahun: number; triwulan: number; mulai: string }[] {
  const [y, m] = today.split("-").map(Number);
  const now = y * 4 + Math.floor((m - 1) / 3);
  const out = [];
  for (let t = now - years * 4 + 1; t <= now; t++) {
    const tahun = Math.floor(t / 4), triwulan = (t % 4) + 1;
    out.push({ tahun, triwulan, mulai: `${tahun}-${String((triwulan - 1) * 3 + 1).padStart(2, "0")}-01` });
  }
  return out;
}

/** The step of `npm run demo:skala`: Bogor. */
export const supervisi = (ctx: SkalaContext) => supervisiOf(ctx, BOGOR);

/** Supervision for the posyandu of one kabupaten that the context holds (none supervised yet). */
export async function supervisiOf(ctx: SkalaContext, kabupatenKode: string, today = todayInJakarta()): Promise<string> {
  const { rand, tx } = ctx;
  const kab = [...ctx.kabupaten.values()].find((k) => k.kode === kabupatenKode);
  if (!kab) return `supervisi: kabupaten ${kabupatenKode} tidak ada, dilewati`;
  const ambang = ATURAN_AMBANG_SUPERVISI.bawaan;
  const v1 = await tx.instrumen.findFirstOrThrow({ where: { kabupatenId: kab.id, kode: "ILP-POSYANDU", versi: 1 }, select: { id: true, domain: { select: { id: true, kode: true, nama: true, urutan: true } }, butir: { select: { id: true, kode: true, domainId: true, urutan: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true }, orderBy: { urutan: "asc" } } } });
  const users = await tx.user.findMany({ where: { kabupatenId: kab.id, role: { in: ["DINKES_ADMIN", "DINKES", "PUSKESMAS"] } }, select: { id: true, nama: true, role: true, puskesmasId: true } });
  const admin = users.find((u) => u.role === "DINKES_ADMIN")!;
  const pkmUser = new Map(users.filter((u) => u.puskesmasId).map((u) => [u.puskesmasId!, u]));

  // Version 2, published mid-2024: SAR-07 (SDIDTK) dropped, LAY-04 reworded (same lineage), LAY-11 new.
  const quarters = lastQuarters(SUPERVISI_TAHUN, today);
  const v2Start = quarters.find((q) => q.tahun === 2024 && q.triwulan === 3)?.mulai ?? quarters[Math.floor(quarters.length / 2)].mulai;
  const v2Id = newId();
  const domainV2 = new Map(v1.domain.map((d) => [d.id, newId()]));
  const butirV2 = v1.butir.filter((b) => b.kode !== "SAR-07").map((b) => ({ ...b, id: newId(), domainId: domainV2.get(b.domainId)!, petaDariId: b.id as string | null, pertanyaan: b.kode === "LAY-04" ? "Usia dewasa (18–59 tahun) dilayani, termasuk skrining PTM" : b.pertanyaan }));
  const pelayanan = v1.domain.find((d) => d.kode === "PELAYANAN")!;
  const baru = newId();
  butirV2.push({ id: baru, kode: "LAY-11", domainId: domainV2.get(pelayanan.id)!, urutan: 99, pertanyaan: "Pemberian makanan tambahan (PMT) lokal untuk balita berisiko", tipe: "YA_TIDAK", bobot: v1.butir[0].bobot, kritis: false, bolehNa: true, standar: null, fakta: null, opsi: {}, garisId: baru, petaDariId: null });
  await tx.instrumen.update({ where: { id: v1.id }, data: { status: "ARSIP" } });
  await insertRows(tx, "instrumen", { id: "uuid", kabupaten_id: "uuid", kode: "varchar", nama: "varchar", sasaran: '"SasaranSupervisi"', versi: "smallint", status: '"StatusInstrumen"', keterangan: "varchar", sebelumnya_id: "uuid", terbit_at: "timestamptz", terbit_oleh_id: "uuid" },
    [[v2Id, kab.id, "ILP-POSYANDU", "Kesiapan ILP Posyandu", "POSYANDU", 2, "TERBIT", "Versi 2: SDIDTK dipindah ke instrumen lain; layanan dewasa diperjelas; PMT lokal ditambahkan (data skala).", v1.id, new Date(`${v2Start}T01:00:00Z`), admin.id]]);
  await insertRows(tx, "domain_instrumen", { id: "uuid", instrumen_id: "uuid", kode: "varchar", nama: "varchar", urutan: "smallint" }, v1.domain.map((d) => [domainV2.get(d.id), v2Id, d.kode, d.nama, d.urutan]), { updatedAt: false });
  await insertRows(tx, "butir_instrumen", { id: "uuid", instrumen_id: "uuid", domain_id: "uuid", kode: "varchar", urutan: "smallint", pertanyaan: "varchar", tipe: '"TipeButir"', bobot: "numeric", kritis: "boolean", boleh_na: "boolean", standar: "varchar", fakta: "varchar", opsi: "jsonb", garis_id: "uuid", peta_dari_id: "uuid" },
    butirV2.map((b, i) => [b.id, v2Id, b.domainId, b.kode, i + 1, b.pertanyaan, b.tipe, Number(b.bobot), b.kritis, b.bolehNa, b.standar, b.fakta, JSON.stringify(b.opsi ?? {}), b.garisId, b.petaDariId]), { updatedAt: false });

  const domainKode = new Map([...v1.domain.map((d) => [d.id, d.kode] as const), ...v1.domain.map((d) => [domainV2.get(d.id)!, d.kode] as const)]);
  const asSkor = (list: typeof butirV2 | typeof v1.butir): Butir[] => list.map((b) => ({ id: b.id, kode: b.kode, domainKode: domainKode.get(b.domainId)!, tipe: b.tipe, bobot: Number(b.bobot), kritis: b.kritis, bolehNa: b.bolehNa, opsi: (b.opsi ?? {}) as ButirSkor["opsi"], garisId: b.garisId }));
  const instrumen = { v1: { id: v1.id, butir: asSkor(v1.butir) }, v2: { id: v2Id, butir: asSkor(butirV2) } };

  const plans: unknown[][] = [], visits: unknown[][] = [], peserta: unknown[][] = [], jawaban: unknown[][] = [], tl: unknown[][] = [], verif: unknown[][] = [];
  const tlSelesai: unknown[][] = [];
  let submitted = 0;
  const pkmOfDesa = new Map<string, string>();
  for (const p of ctx.puskesmas.filter((x) => x.kabupatenId === kab.id)) for (const d of p.desaIds) pkmOfDesa.set(d, p.id);
  const posyandu = ctx.desa.filter((d) => d.kabupatenId === kab.id).flatMap((d) => ctx.posyanduByDesa.get(d.id) ?? []);
  // A plan per puskesmas and quarter, made on demand.
  const planOf = new Map<string, string>();
  const plan = (pkmId: string, q: { tahun: number; triwulan: number }) => {
    const key = `${pkmId}:${q.tahun}:${q.triwulan}`;
    let id = planOf.get(key);
    if (!id) {
      id = newId();
      planOf.set(key, id);
      plans.push([id, kab.id, "PUSKESMAS", pkmId, `Supervisi triwulan ${q.triwulan} ${q.tahun}`, q.tahun, q.triwulan, pkmUser.get(pkmId)?.id ?? null]);
    }
    return id;
  };
  for (const pos of posyandu) {
    const pkmId = pkmOfDesa.get(pos.desaId);
    if (!pkmId) continue;
    const officer = pkmUser.get(pkmId);
    // A latent quality that improves over the years, differently per posyandu.
    let kualitas = 0.35 + rand() * 0.4;
    const naik = 0.005 + rand() * 0.02;
    const open: { id: string; batas: string }[] = [];
    for (const q of quarters) {
      if (rand() < 0.03) continue; // a quarter missed now and then
      const tanggal = addDays(q.mulai, int(rand, 5, 80));
      const current = tanggal > today;
      const status = current ? (rand() < 0.8 ? "DIRENCANAKAN" : "BERLANGSUNG") : "SELESAI";
      const ins = tanggal >= v2Start ? instrumen.v2 : instrumen.v1;
      const id = newId();
      kualitas = Math.min(0.97, kualitas + naik + (rand() - 0.5) * 0.08);
      const answers = new Map<string, JawabanSkor>();
      if (status === "SELESAI") {
        for (const b of ins.butir) {
          const good = rand() < kualitas;
          let j: JawabanSkor;
          if (b.tipe === "TEKS") j = { teks: rand() < 0.3 ? "Kader antusias; perlu pendampingan pencatatan." : null };
          else if (b.bolehNa && rand() < 0.05) j = { na: true };
          else if (b.tipe === "YA_TIDAK") j = { nilai: good ? 1 : 0 };
          else if (b.tipe === "SKALA") j = { nilai: good ? int(rand, 3, 4) : int(rand, 1, 2) };
          else if (b.tipe === "ANGKA") j = { nilai: good ? b.opsi.target! + int(rand, 0, 4) : int(rand, 0, b.opsi.target! - 1) };
          else j = { nilai: good ? 0 : int(rand, 1, (b.opsi.opsi?.length ?? 1) - 1) };
          answers.set(b.id, j);
        }
      }
      const hasil = status === "SELESAI" ? scoreVisit(ins.butir, answers, ambang) : null;
      visits.push([id, kab.id, plan(pkmId, q), "POSYANDU", pos.id, pos.desaId, ins.id, tanggal, status,
        hasil?.total.skor ?? null, hasil ? JSON.stringify(Object.fromEntries(Object.entries(hasil.domain).map(([k, v]) => [k, v.skor]))) : null, hasil?.kategori ?? null, (hasil?.kritisGagal.length ?? 0) > 0,
        officer?.id ?? null, status === "SELESAI" ? officer?.id ?? null : null, status === "SELESAI" ? new Date(`${tanggal}T06:00:00Z`) : null]);
      if (officer) peserta.push([newId(), id, officer.id, officer.nama, "Petugas Puskesmas", null, true, status === "SELESAI", 0]);
      if (status !== "SELESAI") continue;
      submitted++;
      const hadir = int(rand, 3, 6);
      for (let i = 0; i < hadir; i++) peserta.push([newId(), id, null, `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}`, PERAN[i % PERAN.length], i < 3 ? `Posyandu ${pos.nama}` : null, false, true, i + 1]);
      for (const b of ins.butir) {
        const j = answers.get(b.id)!;
        jawaban.push([newId(), id, b.id, j.nilai ?? null, j.teks ?? null, j.na ?? false, answerScore(b, j), null]);
      }
      // Earlier open follow-ups are checked at this visit.
      for (const o of open.splice(0)) {
        const r = rand();
        const hasilV = r < 0.6 ? "SELESAI" : r < 0.85 ? "SEBAGIAN" : "BELUM";
        verif.push([newId(), o.id, id, hasilV, hasilV === "SELESAI" ? "Sudah dilaksanakan, dicek saat kunjungan." : null, new Date(`${tanggal}T06:00:00Z`)]);
        if (hasilV === "SELESAI") tlSelesai.push([o.id, new Date(`${tanggal}T06:00:00Z`), officer?.id ?? null]);
        else open.push(o);
      }
      const findings = kualitas > 0.85 ? int(rand, 0, 1) : int(rand, 1, 3);
      for (let f = 0; f < findings; f++) {
        const [masalah, tindakan] = pick(rand, MASALAH);
        const tingkat = pick(rand, TINGKAT);
        const tid = newId();
        const batas = addDays(tanggal, int(rand, 14, 60));
        tl.push([tid, id, kab.id, pos.desaId, pos.id, masalah, tindakan, tingkat, tingkat === "PUSKESMAS" ? officer?.id ?? null : null, tingkat === "PUSKESMAS" ? officer?.nama ?? "Petugas Puskesmas" : tingkat === "KADER" ? `Ketua kader ${pos.nama}` : "Kepala desa", batas, "BELUM", new Date(`${tanggal}T06:00:00Z`)]);
        open.push({ id: tid, batas });
      }
    }
  }
  await insertRows(tx, "rencana_supervisi", { id: "uuid", kabupaten_id: "uuid", tingkat: '"TingkatRencana"', puskesmas_id: "uuid", nama: "varchar", tahun: "smallint", triwulan: "smallint", dibuat_oleh_id: "uuid" }, plans);
  await insertRows(tx, "kunjungan_supervisi", { id: "uuid", kabupaten_id: "uuid", rencana_id: "uuid", sasaran: '"SasaranSupervisi"', posyandu_id: "uuid", desa_id: "uuid", instrumen_id: "uuid", tanggal: "date", status: '"StatusKunjungan"', skor: "numeric", skor_domain: "jsonb", kategori: "varchar", kritis_gagal: "boolean", dibuat_oleh_id: "uuid", dikirim_oleh_id: "uuid", dikirim_at: "timestamptz" }, visits);
  await insertRows(tx, "peserta_kunjungan", { id: "uuid", kunjungan_id: "uuid", user_id: "uuid", nama: "varchar", peran: "varchar", instansi: "varchar", tim: "boolean", hadir: "boolean", urutan: "smallint" }, peserta, { updatedAt: false });
  await insertRows(tx, "jawaban_kunjungan", { id: "uuid", kunjungan_id: "uuid", butir_id: "uuid", nilai: "numeric", teks: "varchar", na: "boolean", skor: "numeric", catatan: "varchar" }, jawaban);
  await insertRows(tx, "tindak_lanjut", { id: "uuid", kunjungan_id: "uuid", kabupaten_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", masalah: "varchar", tindakan: "varchar", tingkat_pemilik: '"TingkatPemilik"', pemilik_user_id: "uuid", pemilik_nama: "varchar", batas_waktu: "date", status: '"StatusTindakLanjut"', created_at: "timestamptz" }, tl);
  await insertRows(tx, "verifikasi_tindak_lanjut", { id: "uuid", tindak_lanjut_id: "uuid", kunjungan_id: "uuid", hasil: '"HasilVerifikasi"', catatan: "varchar", created_at: "timestamptz" }, verif, { updatedAt: false });
  // Follow-ups verified done are closed on that visit's day; partly done ones are in progress.
  await tx.$executeRawUnsafe(
    `UPDATE tindak_lanjut t SET status = 'SELESAI', selesai_at = v.at, selesai_oleh_id = v.by, catatan_bukti = 'Diverifikasi selesai saat kunjungan berikutnya.' FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) AS v(id, at, by) WHERE t.id = v.id`,
    tlSelesai.map((r) => r[0]), tlSelesai.map((r) => r[1]), tlSelesai.map((r) => r[2]),
  );
  await tx.$executeRawUnsafe(`UPDATE tindak_lanjut t SET status = 'PROSES' WHERE t.kabupaten_id = $1::uuid AND t.status = 'BELUM' AND EXISTS (SELECT 1 FROM verifikasi_tindak_lanjut v WHERE v.tindak_lanjut_id = t.id AND v.hasil = 'SEBAGIAN')`, kab.id);
  const n = formatNumber;
  return `${n(visits.length)} kunjungan supervisi ${kab.nama} (${n(submitted)} selesai, ${n(plans.length)} rencana, instrumen versi 1 dan 2), ${n(jawaban.length)} jawaban, ${n(peserta.length)} peserta, ${n(tl.length)} tindak lanjut, ${n(verif.length)} verifikasi`;
}

