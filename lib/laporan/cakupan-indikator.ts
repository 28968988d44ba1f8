/**
 * The coverage indicators of the posyandu day per life-cycle service (issue 11 part 4; definitions
 * from domain-posyandu-day.md §7.2–7.3 and domain.md §6.2). Pure: labels, definitions and sources
 * for the page, the README and the downloads; the SQL that counts them is in cakupan.ts, keyed by kode.
 *
 * Denominators: a service meant for everyone of a group (vitamin A, obat cacing, TTD, blood pressure,
 * the lansia screenings) is counted against the registered live people of the group on the month's
 * last day (the population coverage); a finding (KEK, hipertensi, PUMA positive) against those
 * measured or screened that month; ASI eksklusif against the infants under 6 months who came (the
 * E0–E6 tracking of the SIP form).
 */
export type KodeIndikator =
  | "vitaminABayi" | "vitaminABalita" | "obatCacing" | "asiEksklusif"
  | "ttdBumil" | "kekBumil"
  | "ttdRemajaPutri" | "tdRemaja"
  | "tdDewasa" | "tdLansia" | "hipertensiLansia" | "skilasLansia" | "aksLansia" | "puma40" | "pumaPositif";

export interface IndikatorCakupan {
  kode: KodeIndikator;
  kelompok: "Bayi & balita" | "Ibu hamil" | "Usia sekolah & remaja" | "Dewasa & lansia";
  label: string;
  pembilang: string;
  penyebut: string;
  /** Months in which the service is given (vitamin A: February and August); other months show "bukan bulannya". */
  bulan?: readonly number[];
  sumber: string;
}

const FEB_AGU = [2, 8] as const;

export const INDIKATOR_CAKUPAN: readonly IndikatorCakupan[] = [
  { kode: "vitaminABayi", kelompok: "Bayi & balita", label: "Vitamin A bayi 6–11 bulan (kapsul biru)", pembilang: "bayi 6–11 bulan yang diberi vitamin A bulan ini", penyebut: "bayi 6–11 bulan terdaftar", bulan: FEB_AGU, sumber: "Juknis ILP klaster 2, vitamin A (Februari dan Agustus); domain-posyandu-day.md §7.3" },
  { kode: "vitaminABalita", kelompok: "Bayi & balita", label: "Vitamin A balita 12–59 bulan (kapsul merah)", pembilang: "balita 12–59 bulan yang diberi vitamin A bulan ini", penyebut: "balita 12–59 bulan terdaftar", bulan: FEB_AGU, sumber: "Juknis ILP klaster 2, vitamin A (Februari dan Agustus); domain-posyandu-day.md §7.3" },
  { kode: "obatCacing", kelompok: "Bayi & balita", label: "Obat cacing balita 12–59 bulan", pembilang: "balita 12–59 bulan yang diberi obat cacing bulan ini", penyebut: "balita 12–59 bulan terdaftar", bulan: FEB_AGU, sumber: "Juknis ILP klaster 2 (minimal setahun sekali, bersama vitamin A); domain-posyandu-day.md §7.3" },
  { kode: "asiEksklusif", kelompok: "Bayi & balita", label: "ASI eksklusif bayi < 6 bulan", pembilang: "bayi 0–5 bulan yang datang dan masih ASI eksklusif", penyebut: "bayi 0–5 bulan yang datang", sumber: "Format SIP/F1 baris 12 (E0–E6); domain-posyandu-day.md §7.2" },
  { kode: "ttdBumil", kelompok: "Ibu hamil", label: "TTD ibu hamil", pembilang: "ibu hamil yang diberi tablet tambah darah bulan ini", penyebut: "ibu hamil terdaftar (status hamil dalam bulan ini)", sumber: "Juknis ILP klaster 2, ibu hamil; domain.md §2.3" },
  { kode: "kekBumil", kelompok: "Ibu hamil", label: "Ibu hamil KEK (LiLA di bawah ambang)", pembilang: "ibu hamil dengan hasil KEK (LiLA < 23,5 cm menurut ambang saat dicatat)", penyebut: "ibu hamil yang diukur LiLA bulan ini", sumber: "Juknis ILP PMT ibu hamil KEK; domain-posyandu-day.md §7.3" },
  { kode: "ttdRemajaPutri", kelompok: "Usia sekolah & remaja", label: "TTD remaja putri (12 tahun ke atas)", pembilang: "remaja putri ≥ 12 tahun yang diberi TTD bulan ini", penyebut: "remaja putri ≥ 12 tahun terdaftar", sumber: "Dasbor klaster 2 ILP (remaja putri minum TTD); domain-posyandu-day.md §7.1" },
  { kode: "tdRemaja", kelompok: "Usia sekolah & remaja", label: "Tekanan darah diukur (usia sekolah & remaja)", pembilang: "usia sekolah & remaja yang diukur tekanan darahnya bulan ini", penyebut: "usia sekolah & remaja terdaftar", sumber: "Juknis ILP skrining hipertensi usia sekolah & remaja; domain-posyandu-day.md §6.1" },
  { kode: "tdDewasa", kelompok: "Dewasa & lansia", label: "Tekanan darah diukur (dewasa)", pembilang: "dewasa yang diukur tekanan darahnya bulan ini", penyebut: "dewasa terdaftar", sumber: "Juknis ILP klaster 3 skrining hipertensi; domain-posyandu-day.md §6.2" },
  { kode: "tdLansia", kelompok: "Dewasa & lansia", label: "Tekanan darah diukur (lansia)", pembilang: "lansia yang diukur tekanan darahnya bulan ini", penyebut: "lansia terdaftar", sumber: "Juknis ILP klaster 3 skrining hipertensi; domain-posyandu-day.md §6.2" },
  { kode: "hipertensiLansia", kelompok: "Dewasa & lansia", label: "Lansia hipertensi", pembilang: "lansia dengan hasil hipertensi (derajat 1 ke atas atau sistolik terisolasi, menurut ambang saat dicatat)", penyebut: "lansia yang diukur tekanan darahnya bulan ini", sumber: "Tabel tekanan darah ILP; domain-posyandu-day.md §6.2 dan §7.3" },
  { kode: "skilasLansia", kelompok: "Dewasa & lansia", label: "Lansia diskrining SKILAS", pembilang: "lansia yang diskrining SKILAS bulan ini", penyebut: "lansia terdaftar", sumber: "Juknis ILP Formulir 5 (SKILAS, minimal setahun sekali); domain-posyandu-day.md §3" },
  { kode: "aksLansia", kelompok: "Dewasa & lansia", label: "Lansia dinilai AKS", pembilang: "lansia yang dinilai AKS bulan ini", penyebut: "lansia terdaftar", sumber: "Juknis ILP (ADL/AKS); domain-posyandu-day.md §4" },
  { kode: "puma40", kelompok: "Dewasa & lansia", label: "Skrining PUMA usia ≥ 40 tahun", pembilang: "orang ≥ 40 tahun yang diskrining PUMA bulan ini", penyebut: "orang ≥ 40 tahun terdaftar", sumber: "Juknis ILP Formulir 4 (PUMA, minimal setahun sekali); domain-posyandu-day.md §2" },
  { kode: "pumaPositif", kelompok: "Dewasa & lansia", label: "PUMA positif (skor ≥ ambang)", pembilang: "orang dengan skor PUMA ≥ ambang saat dicatat (dirujuk)", penyebut: "orang yang diskrining PUMA bulan ini", sumber: "Juknis ILP Formulir 4 (skor ≥ 6); domain-posyandu-day.md §2" },
];

export interface NilaiCakupan { pembilang: number; penyebut: number }

/** Percent with one decimal, or null when there is no denominator. */
export function persenCakupan(n: NilaiCakupan): number | null {
  return n.penyebut > 0 ? Math.round((n.pembilang / n.penyebut) * 1000) / 10 : null;
}

/** Whether the indicator applies in this month (vitamin A and deworming: February and August only). */
export function berlakuBulan(i: IndikatorCakupan, bulan: number): boolean {
  return !i.bulan || i.bulan.includes(bulan);
}

/** Areas up to this many are shown with every indicator at once; more, one indicator at a time (the page's default). */
export const WILAYAH_SEMUA_MAKS = 30;

/**
 * What the per-area breakdown shows: the indicator asked for when it applies this month, "semua" when
 * asked or when the areas are few, otherwise the month's first indicator. Pure.
 */
export function pilihIndikator(diminta: string | undefined, bulan: number, jumlahWilayah: number): KodeIndikator | "semua" {
  const berlaku = INDIKATOR_CAKUPAN.filter((i) => berlakuBulan(i, bulan));
  if (diminta === "semua") return "semua";
  const i = berlaku.find((x) => x.kode === diminta);
  if (i) return i.kode;
  return jumlahWilayah <= WILAYAH_SEMUA_MAKS ? "semua" : berlaku[0].kode;
}

export function jumlahCakupan(rows: readonly Record<KodeIndikator, NilaiCakupan>[]): Record<KodeIndikator, NilaiCakupan> {
  const out = {} as Record<KodeIndikator, NilaiCakupan>;
  for (const i of INDIKATOR_CAKUPAN) {
    out[i.kode] = { pembilang: 0, penyebut: 0 };
    for (const r of rows) {
      out[i.kode].pembilang += r[i.kode].pembilang;
      out[i.kode].penyebut += r[i.kode].penyebut;
    }
  }
  return out;
}
