/**
 * The shipped standard posyandu kit: what a new kabupaten starts with (lib/provisioning/katalog.ts);
 * its Dinkes admin corrects items, counts and specifications on screen (a kabupaten that does not
 * provide glucometers sets that item inactive).
 *
 * Sources (domain.md §4.3): KMK HK.01.07/MENKES/51/2022 Standar Alat Antropometri dan Alat Deteksi
 * Dini Perkembangan Anak for the anthropometry items with their specifications (confirmed); the other
 * anthropometry items and the ILP additions for adults and the elderly are reconstructed from the
 * standard's scope and ILP material, and marked so.
 */
export interface JenisSaranaBawaan {
  kode: string;
  nama: string;
  kelompok: "antropometri" | "perkembangan" | "skrining" | "pencatatan" | "kie";
  jumlahWajib: number;
  spesifikasi?: string;
  perluKalibrasi: boolean;
  rekonstruksi: boolean;
}

export const SUMBER_KATALOG_SARANA =
  "KMK HK.01.07/MENKES/51/2022 (alat antropometri dan deteksi dini perkembangan anak); tambahan ILP untuk dewasa dan lansia direkonstruksi dari materi ILP.";

export const KATALOG_SARANA: readonly JenisSaranaBawaan[] = [
  { kode: "timbangan-bayi", nama: "Timbangan bayi digital", kelompok: "antropometri", jumlahWajib: 1, spesifikasi: "Ketelitian 10 g, kapasitas ≥ 20 kg, bukan timbangan pegas/manual, portabel, ber-SNI.", perluKalibrasi: true, rekonstruksi: false },
  { kode: "timbangan-dewasa", nama: "Timbangan injak digital (anak/dewasa)", kelompok: "antropometri", jumlahWajib: 1, spesifikasi: "Ketelitian 0,1 kg, ber-SNI.", perluKalibrasi: true, rekonstruksi: true },
  { kode: "infantometer", nama: "Alat ukur panjang badan (infantometer)", kelompok: "antropometri", jumlahWajib: 1, spesifikasi: "Usia 0–24 bulan; ketelitian 0,1 cm; maks. 150 cm; penggeser kaki; portabel; ber-SNI.", perluKalibrasi: true, rekonstruksi: false },
  { kode: "stadiometer", nama: "Alat ukur tinggi badan (stadiometer/microtoise)", kelompok: "antropometri", jumlahWajib: 1, spesifikasi: "Anak > 24 bulan yang bisa berdiri dan dewasa; ketelitian 0,1 cm; maks. 200 cm; ber-SNI.", perluKalibrasi: true, rekonstruksi: false },
  { kode: "pita-lila", nama: "Pita LiLA", kelompok: "antropometri", jumlahWajib: 2, spesifikasi: "Ketelitian 0,1 cm.", perluKalibrasi: false, rekonstruksi: true },
  { kode: "pita-lk", nama: "Pita lingkar kepala", kelompok: "antropometri", jumlahWajib: 1, spesifikasi: "Ketelitian 0,1 cm, tidak melar.", perluKalibrasi: false, rekonstruksi: true },
  { kode: "kit-sdidtk", nama: "Kit SDIDTK (deteksi dini tumbuh kembang)", kelompok: "perkembangan", jumlahWajib: 1, perluKalibrasi: false, rekonstruksi: true },
  { kode: "tensimeter", nama: "Tensimeter digital", kelompok: "skrining", jumlahWajib: 1, spesifikasi: "Untuk remaja, dewasa dan lansia; dikalibrasi oleh puskesmas/pustu.", perluKalibrasi: true, rekonstruksi: true },
  { kode: "pita-lingkar-perut", nama: "Pita lingkar perut", kelompok: "skrining", jumlahWajib: 1, perluKalibrasi: false, rekonstruksi: true },
  { kode: "glukometer", nama: "Glukometer dan strip (bila disediakan kabupaten)", kelompok: "skrining", jumlahWajib: 1, spesifikasi: "Alat POCT gula darah; biasanya dipegang pustu/nakes.", perluKalibrasi: true, rekonstruksi: true },
  { kode: "formulir-skrining", nama: "Formulir skrining (SKILAS, PUMA, SRQ-20)", kelompok: "pencatatan", jumlahWajib: 1, perluKalibrasi: false, rekonstruksi: true },
  { kode: "register", nama: "Register posyandu dan kartu bantu ILP", kelompok: "pencatatan", jumlahWajib: 1, perluKalibrasi: false, rekonstruksi: true },
  { kode: "media-kie", nama: "Media KIE (lembar balik, poster)", kelompok: "kie", jumlahWajib: 1, perluKalibrasi: false, rekonstruksi: true },
];
