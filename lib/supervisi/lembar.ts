/**
 * The feedback sheet (lembar umpan balik) of one submitted visit, built once from the visit's data
 * and drawn by both the printable page (components/supervisi/lembar.tsx) and the PDF
 * (lib/supervisi/pdf.ts), so that the two always say the same. Pure: no database, no React.
 */
import { formatDate, formatDecimal } from "../i18n/format.ts";
import { LABEL_KATEGORI, kategoriOf, type KategoriKesiapan } from "../kesiapan/kategori.ts";
import type { AmbangSupervisi } from "./score.ts";
import { LABEL_STATUS_TL, LABEL_TINGKAT, type StatusTindakLanjut, type TingkatPemilik } from "./pemilik.ts";

export interface LembarSumber {
  id: string;
  tanggal: string;
  sasaran: "POSYANDU" | "DESA";
  revisi: number;
  skor: number | null;
  skorDomain: Record<string, number | null> | null;
  kategori: string | null;
  kritisGagal: boolean;
  ringkasan: string | null;
  posyandu: string | null;
  desa: string;
  kecamatan: string;
  puskesmas: string | null;
  kabupaten: string;
  instrumen: { kode: string; nama: string; versi: number };
  domain: { kode: string; nama: string }[];
  peserta: { nama: string; peran: string; instansi: string | null; tim: boolean; hadir: boolean }[];
  /** Scored answers with their item (the findings come from the low ones). */
  jawaban: { kode: string; pertanyaan: string; domainKode: string; kritis: boolean; skor: number | null; na: boolean; catatan: string | null }[];
  tindakLanjut: { masalah: string; tindakan: string; tingkatPemilik: TingkatPemilik; pemilikNama: string; batasWaktu: string; status: StatusTindakLanjut }[];
  verifikasi: { masalah: string; tindakan: string; pemilikNama: string; tanggalAsal: string; hasil: "SELESAI" | "SEBAGIAN" | "BELUM"; catatan: string | null }[];
  ambang: AmbangSupervisi;
}

export interface Lembar {
  judul: string;
  subjudul: string;
  namaBerkas: string;
  identitas: [string, string][];
  skor: { total: string; kategori: string; penjelasan: string[]; domain: { nama: string; skor: string }[] };
  tim: { nama: string; peran: string; instansi: string }[];
  hadir: { nama: string; peran: string; instansi: string }[];
  ringkasan: string | null;
  temuan: { kode: string; pertanyaan: string; skor: string; kritis: boolean; catatan: string }[];
  tindakLanjut: { no: number; masalah: string; tindakan: string; pemilik: string; batas: string; status: string }[];
  verifikasi: { masalah: string; tindakan: string; asal: string; hasil: string; catatan: string }[];
  tandaTangan: { jabatan: string; nama: string }[];
}

/** An answer below this score (0–1) is a finding: "tidak", scale 1–2, "tidak ada", under half the target. */
export const BATAS_TEMUAN = 0.5;

export const LABEL_HASIL: Record<"SELESAI" | "SEBAGIAN" | "BELUM", string> = { SELESAI: "Selesai", SEBAGIAN: "Sebagian", BELUM: "Belum" };

const tgl = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
const angka = (x: number | null) => (x === null ? "–" : formatDecimal(x, 1));
const labelKategori = (k: string | null) => (k && k in LABEL_KATEGORI ? LABEL_KATEGORI[k as KategoriKesiapan] : "Belum dinilai");

/** "melati-1" from "Melati 1": lower case, ASCII letters and digits joined by "-". */
export function slug(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "situs";
}

/** The site as people name it: "Posyandu Melati 1" or "Desa Banyumeneng". */
export const namaSitus = (s: Pick<LembarSumber, "posyandu" | "desa">) => (s.posyandu ? `Posyandu ${s.posyandu}` : `Desa ${s.desa}`);

/** The signatures the sheet asks for: the supervisor, the Ketua Pustu or bidan, and the desa or posyandu lead. */
function tandaTangan(s: LembarSumber): Lembar["tandaTangan"] {
  const find = (re: RegExp, tim?: boolean) => s.peserta.find((p) => re.test(p.peran) && (tim === undefined || p.tim === tim))?.nama ?? "";
  const supervisor = s.peserta.find((p) => p.tim)?.nama ?? "";
  return [
    { jabatan: "Supervisor", nama: supervisor },
    { jabatan: "Ketua Pustu / Bidan desa", nama: find(/ketua pustu|bidan/i) },
    s.sasaran === "DESA" ? { jabatan: "Kepala Desa", nama: find(/kepala desa|kades|perangkat desa/i) } : { jabatan: "Ketua Posyandu", nama: find(/ketua posyandu|ketua kader/i) },
  ];
}

function penjelasan(s: LembarSumber): string[] {
  const out = [`Kategori menurut ambang: skor ≥ ${s.ambang.siap} siap, ${s.ambang.siapBersyarat}–${s.ambang.siap - 1} siap bersyarat, di bawahnya belum siap. Butir "tidak berlaku" tidak ikut dihitung.`];
  if (s.kritisGagal) {
    const gagal = s.jawaban.filter((j) => j.kritis && j.skor !== null && j.skor < s.ambang.lulusKritis).map((j) => `${j.kode} ${j.pertanyaan}`);
    const tanpa = s.skor === null ? null : kategoriOf(s.skor, s.ambang);
    out.push(`Butir kritis tidak terpenuhi${gagal.length ? `: ${gagal.join("; ")}` : ""}. Karena itu kategori dibatasi paling tinggi "${LABEL_KATEGORI[s.ambang.batasKritis].toLowerCase()}"${tanpa ? ` (tanpa batas ini skor memberi "${LABEL_KATEGORI[tanpa].toLowerCase()}")` : ""}.`);
  }
  return out;
}

const orang = (p: LembarSumber["peserta"][number]) => ({ nama: p.nama, peran: p.peran, instansi: p.instansi ?? "" });

export function buildLembar(s: LembarSumber): Lembar {
  const situs = namaSitus(s);
  const domainSkor = s.skorDomain ?? {};
  return {
    judul: "Lembar Umpan Balik Supervisi",
    subjudul: `${s.instrumen.nama} (${s.instrumen.kode} versi ${s.instrumen.versi})`,
    namaBerkas: `lembar-supervisi-${slug(s.posyandu ?? `desa ${s.desa}`)}-${s.tanggal}.pdf`,
    identitas: [
      ["Sasaran", situs],
      ...(s.posyandu ? ([["Desa", s.desa]] as [string, string][]) : []),
      ["Kecamatan", s.kecamatan],
      ["Puskesmas", s.puskesmas ?? "–"],
      ["Kabupaten", s.kabupaten],
      ["Tanggal kunjungan", tgl(s.tanggal)],
      ["Instrumen", `${s.instrumen.nama}, versi ${s.instrumen.versi}`],
      ...(s.revisi > 0 ? ([["Revisi", `Revisi ke-${s.revisi}`]] as [string, string][]) : []),
    ],
    skor: {
      total: angka(s.skor),
      kategori: labelKategori(s.kategori),
      penjelasan: penjelasan(s),
      domain: s.domain.map((d) => ({ nama: d.nama, skor: angka(domainSkor[d.kode] ?? null) })),
    },
    tim: s.peserta.filter((p) => p.tim).map(orang),
    hadir: s.peserta.filter((p) => p.hadir).map(orang),
    ringkasan: s.ringkasan,
    temuan: s.jawaban
      .filter((j) => !j.na && j.skor !== null && j.skor < BATAS_TEMUAN)
      .map((j) => ({ kode: j.kode, pertanyaan: j.pertanyaan, skor: formatDecimal(j.skor! * 100, 0), kritis: j.kritis, catatan: j.catatan ?? "" })),
    tindakLanjut: s.tindakLanjut.map((t, i) => ({
      no: i + 1, masalah: t.masalah, tindakan: t.tindakan, pemilik: `${t.pemilikNama} (${LABEL_TINGKAT[t.tingkatPemilik]})`, batas: tgl(t.batasWaktu), status: LABEL_STATUS_TL[t.status],
    })),
    verifikasi: s.verifikasi.map((v) => ({ masalah: v.masalah, tindakan: v.tindakan, asal: `${tgl(v.tanggalAsal)}, ${v.pemilikNama}`, hasil: LABEL_HASIL[v.hasil], catatan: v.catatan ?? "" })),
    tandaTangan: tandaTangan(s),
  };
}
