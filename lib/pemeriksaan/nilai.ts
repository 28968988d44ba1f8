/**
 * The evaluation of one posyandu entry: what the measurements and answers mean under the stored
 * thresholds (lib/ambang), computed on the device before saving and again on the server when it is
 * saved (the stored results are the server's). Pure and browser-safe: no WHO tables here (the z-score
 * function is a parameter, null while offline before the tables are loaded) and nothing server-only.
 */
import type { GrowthInput, GrowthResult, IndexKey, Reference } from "../pertumbuhan/types.ts";
import { categorize } from "../pertumbuhan/categories.ts";
import { INDEX_LABEL } from "../pertumbuhan/messages.ts";
import type { Kelompok } from "../sasaran/kelompok.ts";
import { isBalita } from "../sasaran/kelompok.ts";
import { nilaiNaik, type HasilNaik, type Timbangan } from "../penimbangan/naik.ts";
import {
  FIELD_UKUR_LABEL,
  hitungImt,
  kelasGds,
  kelasHb,
  kelasImtDewasa,
  kelasLingkarPerut,
  kelasTdAnak,
  kelasTdDewasa,
  kelompokHb,
  type Ambang,
  type FieldUkur,
  type Kelas,
} from "../ambang/nilai.ts";
import type { Skrining, HasilSkrining } from "../skrining/index.ts";
import { skorPuma } from "../skrining/puma.ts";
import { skorSkilas } from "../skrining/skilas.ts";
import { skorAks } from "../skrining/aks.ts";
import { skorSrq } from "../skrining/srq.ts";
import { skorPhq4 } from "../skrining/phq4.ts";
import { cekBatas } from "./batas.ts";

export interface NilaiInput {
  kelompok: Kelompok;
  umurBulan: number;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  tanggal: string;
  statusIbu: "HAMIL" | "NIFAS" | "MENYUSUI" | null;
  beratKg?: number | null;
  tinggiCm?: number | null;
  caraUkur?: "TELENTANG" | "BERDIRI" | null;
  lilaCm?: number | null;
  lingkarKepalaCm?: number | null;
  lingkarPerutCm?: number | null;
  sistolik?: number | null;
  diastolik?: number | null;
  gulaDarah?: number | null;
  hb?: number | null;
  skrining?: Skrining;
}
export interface Riwayat {
  /** Earlier weighings of the person (any order; ones on/after the entry's date are ignored). */
  timbangan: readonly Timbangan[];
  /** The last height measured before this entry. */
  tinggiTerakhir?: { tanggal: string; cm: number } | null;
}
export interface Temuan {
  kode: string;
  label: string;
  rujuk: boolean;
  tingkat: "bahaya" | "waspada" | "info";
}
export interface Konfirmasi {
  kode: string;
  field: string;
  pesan: string;
}
export interface Penilaian {
  /** Refused values per field, in Bahasa naming the field: nothing is saved while any is present. */
  galat: Record<string, string>;
  /** Plausible-but-odd values the recorder must confirm (stored in `dikonfirmasi`). */
  konfirmasi: Konfirmasi[];
  imt: number | null;
  z: { bbu: number | null; tbu: number | null; bbtb: number | null; imtu: number | null };
  naik: HasilNaik | null;
  bgm: boolean;
  /** JSON-safe classes and scores stored on the entry. */
  hasil: Record<string, unknown>;
  temuan: Temuan[];
  /** Some temuan refers. */
  dirujuk: boolean;
  /** Lines for the screen. */
  ringkasan: string[];
}
export type HitungGizi = (g: GrowthInput) => GrowthResult;

/**
 * The entry fields per group (domain.md §2.3; issue 11 part 2). `layanan.*` and `skrining.*` are keys inside those JSON
 * columns; "skrining.jiwa" is `skrining.srq` (SRQ-20) or `skrining.phq4` as the rule ambang.jiwa.instrumen says.
 */
export const FIELD_KELOMPOK: Record<Kelompok | "HAMIL", readonly string[]> = {
  BAYI: ["beratKg", "tinggiCm", "caraUkur", "lilaCm", "lingkarKepalaCm", "layanan.asiEksklusif", "layanan.vitaminA", "layanan.imunisasi", "layanan.perkembangan", "diukurOleh", "catatan"],
  BALITA: ["beratKg", "tinggiCm", "caraUkur", "lilaCm", "lingkarKepalaCm", "layanan.vitaminA", "layanan.imunisasi", "layanan.obatCacing", "layanan.perkembangan", "diukurOleh", "catatan"],
  APRAS: ["beratKg", "tinggiCm", "caraUkur", "lilaCm", "layanan.obatCacing", "layanan.perkembangan", "diukurOleh", "catatan"],
  USIA_SEKOLAH_REMAJA: ["beratKg", "tinggiCm", "lingkarPerutCm", "sistolik", "diastolik", "hb", "layanan.ttd", "diukurOleh", "catatan"],
  DEWASA: ["beratKg", "tinggiCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "skrining.puma", "skrining.jiwa", "diukurOleh", "catatan"],
  LANSIA: ["beratKg", "tinggiCm", "lingkarPerutCm", "lilaCm", "sistolik", "diastolik", "gulaDarah", "skrining.puma", "skrining.skilas", "skrining.aks", "skrining.jiwa", "diukurOleh", "catatan"],
  HAMIL: ["beratKg", "lilaCm", "sistolik", "diastolik", "hb", "layanan.ttd", "layanan.kelasIbuHamil", "diukurOleh", "catatan"],
};

/** The field set of a person: a pregnant woman's, else her age group's. */
export function fieldUntuk(kelompok: Kelompok, statusIbu: NilaiInput["statusIbu"]): readonly string[] {
  return statusIbu === "HAMIL" ? FIELD_KELOMPOK.HAMIL : FIELD_KELOMPOK[kelompok];
}

const INDEX_FIELD: Record<IndexKey, FieldUkur> = { bbu: "beratKg", tbu: "tinggiCm", bbtb: "beratKg", imtu: "beratKg", lku: "lingkarKepalaCm", lilau: "lilaCm" };

/** Categories that send a child to the puskesmas (Buku KIA 2023 "rujuk bila"; Juknis ILP balita masalah gizi; PPK FKTP). */
const RUJUK_GIZI = new Set([
  "bbu.kurang",
  "bbu.sangat_kurang",
  "tbu.pendek",
  "tbu.sangat_pendek",
  "bbtb.gizi_kurang",
  "bbtb.gizi_buruk",
  "bbtb.obesitas",
  "imtu.gizi_kurang",
  "imtu.gizi_buruk",
  "imtu.obesitas",
  "lku.mikrosefali",
  "lku.makrosefali",
]);

function koma(n: number, digits = 1): string {
  return n.toFixed(digits).replace(".", ",").replace("-", "−");
}
function gramText(g: number): string {
  return `${Math.abs(g).toLocaleString("id-ID")} g`;
}

function tingkatDariWarna(c: string): Temuan["tingkat"] {
  return c === "danger" ? "bahaya" : c === "warning" ? "waspada" : "info";
}

function kelasJson(k: Kelas): { kode: string; label: string; rujuk: boolean } {
  return { kode: k.kode, label: k.label, rujuk: k.rujuk };
}

export function nilaiPemeriksaan(input: NilaiInput, riwayat: Riwayat, ambang: Ambang, hitungGizi: HitungGizi | null): Penilaian {
  const galat: Record<string, string> = {};
  const konfirmasi: Konfirmasi[] = [];
  const temuan: Temuan[] = [];
  const ringkasan: string[] = [];
  const hasil: Record<string, unknown> = {};

  if (input.tanggalLahir > input.tanggal) galat.tanggalLahir = "Tanggal lahir sesudah tanggal posyandu: periksa tanggal lahir.";
  Object.assign(
    galat,
    cekBatas(
      {
        beratKg: input.beratKg,
        tinggiCm: input.tinggiCm,
        lilaCm: input.lilaCm,
        lingkarKepalaCm: input.lingkarKepalaCm,
        lingkarPerutCm: input.lingkarPerutCm,
        sistolik: input.sistolik,
        diastolik: input.diastolik,
        gulaDarah: input.gulaDarah,
        hb: input.hb,
      },
      ambang.batas,
    ),
  );
  const v = (f: FieldUkur): number | null => {
    const x = input[f];
    return x === null || x === undefined || galat[f] ? null : x;
  };
  const berat = v("beratKg");
  const tinggi = v("tinggiCm");
  const lila = v("lilaCm");
  const lk = v("lingkarKepalaCm");
  const lp = v("lingkarPerutCm");
  const sistolik = v("sistolik");
  const diastolik = v("diastolik");
  const gds = v("gulaDarah");
  const hb = v("hb");
  const hamil = input.statusIbu === "HAMIL";
  const umurTahun = Math.floor(input.umurBulan / 12);
  const anak = input.kelompok === "BAYI" || input.kelompok === "BALITA" || input.kelompok === "APRAS" || input.kelompok === "USIA_SEKOLAH_REMAJA";
  const balita = isBalita(input.kelompok);

  const imt = berat !== null && tinggi !== null ? hitungImt(berat, tinggi) : null;
  const z: Penilaian["z"] = { bbu: null, tbu: null, bbtb: null, imtu: null };
  let bgm = false;
  let naik: HasilNaik | null = null;

  // ── Child growth: z-scores, Permenkes categories, KMS lines ──────────────────────────────────────
  if (anak && !galat.tanggalLahir && (berat !== null || tinggi !== null || lk !== null || lila !== null)) {
    if (!hitungGizi) {
      ringkasan.push("Z-skor dan status gizi dihitung setelah data terkirim ke server.");
    } else {
      const g = hitungGizi({
        sex: input.jenisKelamin === "L" ? 1 : 2,
        birthDate: input.tanggalLahir,
        visitDate: input.tanggal,
        weightKg: berat,
        lengthHeightCm: tinggi,
        measure: input.caraUkur === "TELENTANG" ? "l" : input.caraUkur === "BERDIRI" ? "h" : null,
        headCm: lk,
        muacCm: lila,
      });
      const ref: Reference | null = g.reference;
      const gizi: Record<string, { z: number; kode: string | null; label: string | null; flag: boolean }> = {};
      for (const idx of ["bbu", "tbu", "bbtb", "imtu", "lku", "lilau"] as const) {
        const r = g.indices[idx];
        if (r.z === null || !ref) continue;
        if (idx === "bbu" || idx === "tbu" || idx === "bbtb" || idx === "imtu") z[idx] = r.z;
        const cat = categorize(idx, ref, r.z, ambang.gizi);
        gizi[idx] = { z: r.z, kode: cat?.code ?? null, label: cat?.label ?? null, flag: r.flag };
        if (r.flag && ambang.plausibilitas.whoFlag) {
          const field = INDEX_FIELD[idx];
          konfirmasi.push({ kode: `who.${idx}`, field, pesan: `${INDEX_LABEL[idx]} z = ${koma(r.z, 2)} di luar batas wajar WHO: periksa ulang ${FIELD_UKUR_LABEL[field].toLowerCase()} dan tanggal lahir.` });
        }
        if (!cat) continue;
        ringkasan.push(`${INDEX_LABEL[idx]}: ${cat.label} (z ${koma(r.z, 2)})`);
        // Balita: imtu repeats bbtb; bbu's extremes are the KMS lines below.
        if (balita && idx === "imtu") continue;
        if (cat.colour === "ok") continue;
        if (balita && (cat.code === "bbu.risiko_lebih" || cat.code === "bbu.sangat_kurang")) continue;
        temuan.push({ kode: `gizi.${cat.code}`, label: `${INDEX_LABEL[idx]}: ${cat.label}`, rujuk: RUJUK_GIZI.has(cat.code), tingkat: tingkatDariWarna(cat.colour) });
      }
      hasil.gizi = gizi;
      if (balita && z.bbu !== null) {
        bgm = z.bbu < ambang.kms.merahZ;
        if (bgm) {
          temuan.push({ kode: "bgm", label: `BGM: di bawah garis merah (BB/U < ${koma(ambang.kms.merahZ, 0)} SD)`, rujuk: true, tingkat: "bahaya" });
          ringkasan.push("BGM: di bawah garis merah");
        } else if (z.bbu > ambang.kms.oranyeZ) {
          temuan.push({ kode: "kms.oranye", label: `Di atas garis oranye (BB/U > +${koma(ambang.kms.oranyeZ, 0)} SD)`, rujuk: true, tingkat: "waspada" });
        }
      }
    }
  }

  // ── Naik / tidak naik (balita) ─────────────────────────────────────────────────────────────────
  if (balita && berat !== null && !galat.tanggalLahir) {
    naik = nilaiNaik({ tanggal: input.tanggal, umurBulan: input.umurBulan, beratKg: berat, riwayat: riwayat.timbangan, kbm: ambang.kbm });
    hasil.naik = { ...naik };
    const minimal = naik.kbmG !== null ? ` (minimal ${gramText(naik.kbmG)})` : "";
    const arah = naik.selisihG === null ? "" : naik.selisihG >= 0 ? `naik ${gramText(naik.selisihG)}` : `turun ${gramText(naik.selisihG)}`;
    if (naik.naik === "N") ringkasan.push(`Naik ${gramText(naik.selisihG!)}${minimal}`);
    else if (naik.naik === "T") ringkasan.push(`Tidak naik: ${arah}${minimal}${naik.duaT ? ": 2T (tidak naik 2 bulan berturut-turut)" : ""}`);
    else if (naik.naik === "O") ringkasan.push("O: tidak ditimbang bulan lalu, naik/tidak naik belum dapat dinilai");
    else ringkasan.push("B: pertama kali ditimbang");
    if (naik.duaT) temuan.push({ kode: "naik.2T", label: "Tidak naik 2 bulan berturut-turut (2T)", rujuk: true, tingkat: "bahaya" });
    else if (naik.naik === "T") temuan.push({ kode: "naik.T", label: `Tidak naik (T): ${arah}${minimal}`, rujuk: ambang.kms.rujukPada === "T", tingkat: "waspada" });
    if (naik.beratLaluKg !== null && Math.abs(berat - naik.beratLaluKg) > ambang.plausibilitas.perubahanBeratBalitaKg) {
      konfirmasi.push({
        kode: "berat.berubah",
        field: "beratKg",
        pesan: `Berat badan berubah ${koma(Math.abs(berat - naik.beratLaluKg), 2)} kg sejak bulan lalu (${koma(naik.beratLaluKg, 2)} kg), lebih dari ${koma(ambang.plausibilitas.perubahanBeratBalitaKg, 1)} kg: periksa ulang timbangan.`,
      });
    }
  }

  // ── Height that shrank ─────────────────────────────────────────────────────────────────────────
  const lalu = riwayat.tinggiTerakhir;
  if (tinggi !== null && lalu && lalu.tanggal < input.tanggal && lalu.cm - tinggi > ambang.plausibilitas.tinggiSusutCm) {
    konfirmasi.push({ kode: "tinggi.berkurang", field: "tinggiCm", pesan: `Tinggi badan ${koma(tinggi)} cm lebih pendek dari pengukuran terakhir (${koma(lalu.cm)} cm): periksa ulang cara ukur.` });
  }

  // ── Blood pressure ─────────────────────────────────────────────────────────────────────────────
  if (sistolik !== null && diastolik !== null) {
    let k: Kelas | null = null;
    if (hamil || input.kelompok === "DEWASA" || input.kelompok === "LANSIA") k = kelasTdDewasa(sistolik, diastolik, ambang.tdDewasa);
    else if (input.kelompok === "USIA_SEKOLAH_REMAJA") k = kelasTdAnak(sistolik, diastolik, umurTahun, input.jenisKelamin, ambang.tdAnak);
    if (k) {
      hasil.tekananDarah = kelasJson(k);
      ringkasan.push(`Tekanan darah ${sistolik}/${diastolik} mmHg: ${k.label.charAt(0).toLowerCase()}${k.label.slice(1)}`);
      if (k.tingkat !== "normal") temuan.push({ kode: k.kode, label: `Tekanan darah ${sistolik}/${diastolik}: ${k.label.toLowerCase()}`, rujuk: k.rujuk, tingkat: k.tingkat });
    }
  }

  // ── Adult IMT, waist ───────────────────────────────────────────────────────────────────────────
  if (imt !== null && !hamil && (input.kelompok === "DEWASA" || input.kelompok === "LANSIA")) {
    const k = kelasImtDewasa(imt, ambang.imtSkema);
    hasil.imt = { nilai: imt, ...kelasJson(k), skema: ambang.imtSkema };
    ringkasan.push(`IMT ${koma(imt)}: ${k.label.toLowerCase()}`);
    if (k.tingkat !== "normal") temuan.push({ kode: k.kode, label: `IMT ${koma(imt)}: ${k.label.toLowerCase()}`, rujuk: false, tingkat: k.tingkat });
  }
  if (lp !== null && !hamil && input.umurBulan >= 180) {
    const k = kelasLingkarPerut(lp, input.jenisKelamin, ambang.lingkarPerut);
    hasil.lingkarPerut = kelasJson(k);
    if (k.tingkat !== "normal") {
      temuan.push({ kode: k.kode, label: k.label, rujuk: false, tingkat: "waspada" });
      ringkasan.push(k.label);
    }
  }

  // ── LiLA: KEK of a pregnant woman; an elder's malnutrition sign ────────────────────────────────
  if (lila !== null && hamil) {
    const kek = lila < ambang.kek.lilaCm;
    hasil.kek = kek;
    if (kek) {
      temuan.push({ kode: "kek", label: `KEK: LiLA ${koma(lila)} cm (< ${koma(ambang.kek.lilaCm)} cm)`, rujuk: true, tingkat: "bahaya" });
      ringkasan.push(`LiLA ${koma(lila)} cm: kurang energi kronis (KEK)`);
    } else ringkasan.push(`LiLA ${koma(lila)} cm: tidak KEK`);
  }
  const skr = input.skrining ?? {};
  if (lila !== null && input.kelompok === "LANSIA" && !skr.skilas && lila < ambang.skilas.lilaCm) {
    temuan.push({ kode: "lansia.lila", label: `LiLA ${koma(lila)} cm (< ${koma(ambang.skilas.lilaCm)} cm): risiko malnutrisi`, rujuk: true, tingkat: "waspada" });
  }

  // ── Hb, GDS ────────────────────────────────────────────────────────────────────────────────────
  if (hb !== null) {
    const kel = kelompokHb(input.umurBulan, input.jenisKelamin, hamil);
    if (kel) {
      const k = kelasHb(hb, kel, ambang.hb);
      hasil.anemia = { ...kelasJson(k), kelompok: kel };
      ringkasan.push(`Hb ${koma(hb)} g/dL: ${k.label.toLowerCase()}`);
      if (k.tingkat !== "normal") temuan.push({ kode: k.kode, label: `${k.label} (Hb ${koma(hb)} g/dL)`, rujuk: k.rujuk, tingkat: k.tingkat === "info" ? "info" : k.tingkat });
    }
  }
  if (gds !== null) {
    const k = kelasGds(gds, ambang.gds);
    hasil.gds = kelasJson(k);
    ringkasan.push(`Gula darah sewaktu ${gds} mg/dL: ${k.label.toLowerCase()}`);
    if (k.tingkat === "bahaya" || k.tingkat === "waspada") temuan.push({ kode: k.kode, label: `${k.label}: GDS ${gds} mg/dL`, rujuk: k.rujuk, tingkat: k.tingkat });
  }

  // ── Questionnaires ─────────────────────────────────────────────────────────────────────────────
  const fromSkrining = (kode: string, judul: string, h: HasilSkrining, tingkat: Temuan["tingkat"] = "waspada") => {
    ringkasan.push(`${judul}: skor ${h.skor}, ${h.label.toLowerCase()}`);
    if (h.rujuk) temuan.push({ kode, label: h.alasan ?? `${judul}: ${h.label}`, rujuk: true, tingkat });
  };
  if (skr.puma) {
    const h = skorPuma(skr.puma, { jenisKelamin: input.jenisKelamin, umurTahun }, ambang.puma.rujukMulai);
    hasil.puma = h;
    fromSkrining("puma.tinggi", "PUMA", h);
  }
  if (skr.skilas) {
    const h = skorSkilas(skr.skilas, lila, ambang.skilas);
    hasil.skilas = h;
    fromSkrining("skilas.positif", "SKILAS", h);
  }
  if (skr.aks) {
    const h = skorAks(skr.aks, ambang.aks);
    hasil.aks = h;
    fromSkrining(`aks.${h.kategori}`, "AKS", h, h.kategori === "ketergantungan_ringan" ? "waspada" : "bahaya");
  }
  if (skr.srq) {
    const h = skorSrq(skr.srq, ambang.jiwa.srqRujukMulai);
    hasil.srq = h;
    fromSkrining(h.kategori === "butir17" ? "srq.butir17" : "srq.abnormal", "SRQ-20", h, h.kategori === "butir17" ? "bahaya" : "waspada");
  }
  if (skr.phq4) {
    const h = skorPhq4(skr.phq4, ambang.jiwa.phq4RujukMulai);
    hasil.phq4 = h;
    fromSkrining("phq4.positif", "Skrining jiwa (4 butir)", h);
  }

  if (imt !== null && hasil.imt === undefined) hasil.imtNilai = imt;
  if (bgm) hasil.bgm = true;
  const dirujuk = temuan.some((t) => t.rujuk);
  return { galat, konfirmasi, imt, z, naik, bgm, hasil, temuan, dirujuk, ringkasan };
}
