/**
 * The two shipped supervision instruments that every kabupaten starts with (lib/provisioning/katalog.ts),
 * as version 1, published. Its Dinkes admin corrects them by drafting the next version on screen.
 *
 * Source: domain.md §4.4. No published ILP "instrumen supervisi posyandu" was found; the domains
 * (kelembagaan, SDM, sarana-prasarana, pelayanan siklus hidup, pencatatan & pelaporan) and items are
 * the checklist proposed there [reconstructed], built from the Monev Kesga instrument (Dinkes, 2021:
 * "ada / ada tidak lengkap / tidak" → PILIHAN items), the Lomba Posyandu instrument (Jawa Barat 2018:
 * criteria scored 1–4 → SKALA items), the readiness indicators of §4.2 (≥ 5 kaders: Posyandu Aktif;
 * Pustu with ≥ 1 bidan + 1 perawat: Kemenkes DREAMS) and the standard kit of §4.3 (KMK
 * HK.01.07/MENKES/51/2022). Weights and critical flags are a starting point [reconstructed].
 */
import type { OpsiButir, TipeButir } from "./score.ts";
import type { FaktaKey } from "./fakta.ts";

export interface ButirBawaan {
  kode: string;
  pertanyaan: string;
  tipe: TipeButir;
  bobot: number;
  kritis?: boolean;
  bolehNa?: boolean;
  standar?: string;
  fakta?: FaktaKey;
  opsi?: OpsiButir;
}

export interface InstrumenBawaan {
  kode: string;
  nama: string;
  sasaran: "POSYANDU" | "DESA";
  keterangan: string;
  domain: { kode: string; nama: string; butir: ButirBawaan[] }[];
}

const ADA_TIDAK_LENGKAP: OpsiButir = { opsi: [{ label: "Ada, lengkap", nilai: 1 }, { label: "Ada, tidak lengkap", nilai: 0.5 }, { label: "Tidak ada", nilai: 0 }] };
const CUKUP: OpsiButir = { opsi: [{ label: "Ada, cukup", nilai: 1 }, { label: "Ada, belum cukup", nilai: 0.5 }, { label: "Tidak ada", nilai: 0 }] };

export const SUMBER_INSTRUMEN =
  "Rekonstruksi Pantau ILP (domain.md §4.4) dari instrumen Monev Kesga 2021, Lomba Posyandu Jawa Barat 2018, indikator kesiapan §4.2 dan standar alat KMK HK.01.07/MENKES/51/2022. Belum ada instrumen supervisi ILP resmi.";

export const INSTRUMEN_BAWAAN: readonly InstrumenBawaan[] = [
  {
    kode: "ILP-POSYANDU",
    nama: "Kesiapan ILP Posyandu",
    sasaran: "POSYANDU",
    keterangan: `Supervisi kesiapan Posyandu ILP: kelembagaan, SDM, sarana-prasarana, pelayanan siklus hidup, pencatatan & pelaporan. ${SUMBER_INSTRUMEN}`,
    domain: [
      {
        kode: "KELEMBAGAAN",
        nama: "Kelembagaan",
        butir: [
          { kode: "KEL-01", pertanyaan: "Posyandu memiliki SK pembentukan / terdaftar sebagai LKD", tipe: "YA_TIDAK", bobot: 2, standar: "Permendagri 13/2024: posyandu sebagai Lembaga Kemasyarakatan Desa" },
          { kode: "KEL-02", pertanyaan: "Ada pengurus posyandu (ketua, sekretaris, bendahara)", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "KEL-03", pertanyaan: "Ada SK kader dari kepala desa", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "KEL-04", pertanyaan: "Jadwal hari buka tetap dan diumumkan kepada warga", tipe: "YA_TIDAK", bobot: 2, kritis: true, fakta: "JADWAL_HARI_BUKA", standar: "Hari buka minimal 8 kali setahun (Posyandu Aktif)" },
          { kode: "KEL-05", pertanyaan: "Dukungan APBDes untuk posyandu (insentif kader, PMT, alat)", tipe: "PILIHAN", bobot: 2, opsi: CUKUP },
        ],
      },
      {
        kode: "SDM",
        nama: "SDM / kader",
        butir: [
          { kode: "SDM-01", pertanyaan: "Jumlah kader aktif", tipe: "ANGKA", bobot: 3, kritis: true, fakta: "KADER_AKTIF", opsi: { target: 5 }, standar: "≥ 5 kader aktif (Posyandu Aktif, Kemenkes)" },
          { kode: "SDM-02", pertanyaan: "Kader yang menuntaskan minimal satu paket 25 keterampilan dasar", tipe: "ANGKA", bobot: 2, fakta: "KADER_PAKET_LENGKAP", opsi: { target: 5 }, standar: "Kader menguasai 25 keterampilan dasar (Kurikulum kader 2023)" },
          { kode: "SDM-03", pertanyaan: "Penguasaan keterampilan kader saat diamati (1 kurang – 4 sangat baik)", tipe: "SKALA", bobot: 2 },
          { kode: "SDM-04", pertanyaan: "Bidan atau perawat Pustu hadir pada hari buka", tipe: "YA_TIDAK", bobot: 2, standar: "Pustu: minimal 1 bidan + 1 perawat" },
          { kode: "SDM-05", pertanyaan: "Kader mampu mencatat di aplikasi (ASIK / e-PPGBM)", tipe: "SKALA", bobot: 1, bolehNa: true },
          { kode: "SDM-06", pertanyaan: "Ada pembagian tugas kader untuk setiap langkah", tipe: "YA_TIDAK", bobot: 1 },
        ],
      },
      {
        kode: "SARPRAS",
        nama: "Sarana dan prasarana",
        butir: [
          { kode: "SAR-01", pertanyaan: "Kit standar posyandu lengkap sesuai katalog", tipe: "PILIHAN", bobot: 2, fakta: "SARANA_KURANG", opsi: { opsi: [{ label: "Lengkap", nilai: 1 }, { label: "Kurang 1–2 jenis", nilai: 0.5 }, { label: "Kurang 3 jenis atau lebih", nilai: 0 }] }, standar: "KMK HK.01.07/MENKES/51/2022" },
          { kode: "SAR-02", pertanyaan: "Timbangan bayi digital ada dan berfungsi", tipe: "YA_TIDAK", bobot: 2, kritis: true, standar: "Ketelitian 10 g, kapasitas ≥ 20 kg, ber-SNI" },
          { kode: "SAR-03", pertanyaan: "Alat ukur panjang/tinggi badan (infantometer, stadiometer) ada dan berfungsi", tipe: "YA_TIDAK", bobot: 2, standar: "Ketelitian 0,1 cm, ber-SNI" },
          { kode: "SAR-04", pertanyaan: "Pita LiLA dan pita lingkar kepala tersedia", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "SAR-05", pertanyaan: "Tensimeter digital untuk dewasa dan lansia tersedia", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "SAR-06", pertanyaan: "Alat ukur terkalibrasi dalam 12 bulan terakhir (1 tidak ada – 4 semua)", tipe: "SKALA", bobot: 1, standar: "Kalibrasi tanggung jawab Puskesmas/Pustu" },
          { kode: "SAR-07", pertanyaan: "KIT SDIDTK tersedia", tipe: "YA_TIDAK", bobot: 1, bolehNa: true },
          { kode: "SAR-08", pertanyaan: "Ruang untuk 5 langkah: pendaftaran, pengukuran, pencatatan, pelayanan, penyuluhan (1 – 4)", tipe: "SKALA", bobot: 2, fakta: "PRASARANA_KURANG" },
          { kode: "SAR-09", pertanyaan: "Tempat pelaksanaan", tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: "Gedung sendiri", nilai: 1 }, { label: "Menumpang, layak", nilai: 0.75 }, { label: "Tidak layak", nilai: 0 }] } },
          { kode: "SAR-10", pertanyaan: "Air bersih dan toilet tersedia", tipe: "YA_TIDAK", bobot: 1 },
        ],
      },
      {
        kode: "PELAYANAN",
        nama: "Pelayanan siklus hidup",
        butir: [
          { kode: "LAY-01", pertanyaan: "Ibu hamil, nifas dan menyusui dilayani", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "LAY-02", pertanyaan: "Bayi, balita dan anak prasekolah dilayani", tipe: "YA_TIDAK", bobot: 2, kritis: true },
          { kode: "LAY-03", pertanyaan: "Usia sekolah dan remaja dilayani", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "LAY-04", pertanyaan: "Usia dewasa dilayani", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "LAY-05", pertanyaan: "Lansia dilayani", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "LAY-06", pertanyaan: "Alur 5 langkah dijalankan (1 – 4)", tipe: "SKALA", bobot: 2 },
          { kode: "LAY-07", pertanyaan: "Skrining dilakukan: TBC, PUMA, SKILAS, anemia, tekanan darah, kesehatan jiwa (1 – 4)", tipe: "SKALA", bobot: 2 },
          { kode: "LAY-08", pertanyaan: "Kunjungan rumah untuk sasaran yang tidak datang atau berisiko (1 – 4)", tipe: "SKALA", bobot: 2 },
          { kode: "LAY-09", pertanyaan: "Hari buka terlaksana dalam 3 bulan terakhir", tipe: "ANGKA", bobot: 2, fakta: "SESI_TERLAKSANA", opsi: { target: 3 } },
          { kode: "LAY-10", pertanyaan: "Penyuluhan / KIE diberikan pada hari buka", tipe: "YA_TIDAK", bobot: 1 },
        ],
      },
      {
        kode: "DATA",
        nama: "Pencatatan dan pelaporan",
        butir: [
          { kode: "DAT-01", pertanyaan: "Register dan kartu bantu lengkap", tipe: "PILIHAN", bobot: 2, opsi: ADA_TIDAK_LENGKAP },
          { kode: "DAT-02", pertanyaan: "Hasil hari buka diinput ke ASIK / e-PPGBM", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "DAT-03", pertanyaan: "SKDN dihitung dan dipajang", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "DAT-04", pertanyaan: "Data divalidasi bersama Pustu / Puskesmas", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "DAT-05", pertanyaan: "Data sasaran (S) per kelompok umur tersedia", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "DAT-06", pertanyaan: "Catatan lain dari supervisor", tipe: "TEKS", bobot: 0 },
        ],
      },
    ],
  },
  {
    kode: "ILP-DESA",
    nama: "Kesiapan ILP Desa dan Pustu",
    sasaran: "DESA",
    keterangan: `Supervisi kesiapan ILP tingkat desa: kelembagaan desa, tenaga Pustu, sarana Pustu, jangkauan layanan, data. ${SUMBER_INSTRUMEN}`,
    domain: [
      {
        kode: "KELEMBAGAAN",
        nama: "Kelembagaan",
        butir: [
          { kode: "KEL-01", pertanyaan: "Ada tim / pokja ILP desa", tipe: "YA_TIDAK", bobot: 2 },
          { kode: "KEL-02", pertanyaan: "SK kepala desa tentang posyandu dan kader", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "KEL-03", pertanyaan: "Dukungan APBDes untuk posyandu (insentif kader, PMT, alat)", tipe: "PILIHAN", bobot: 2, opsi: CUKUP },
          { kode: "KEL-04", pertanyaan: "Musyawarah desa membahas kesehatan dalam setahun terakhir", tipe: "YA_TIDAK", bobot: 1 },
        ],
      },
      {
        kode: "SDM",
        nama: "SDM / tenaga kesehatan",
        butir: [
          { kode: "SDM-01", pertanyaan: "Pustu memiliki bidan", tipe: "YA_TIDAK", bobot: 3, kritis: true, standar: "Pustu: minimal 1 bidan + 1 perawat (Kemenkes, DREAMS)" },
          { kode: "SDM-02", pertanyaan: "Pustu memiliki perawat", tipe: "YA_TIDAK", bobot: 3, kritis: true, standar: "Pustu: minimal 1 bidan + 1 perawat (Kemenkes, DREAMS)" },
          { kode: "SDM-03", pertanyaan: "Kader di posyandu desa sudah dilatih 25 keterampilan dasar (1 – 4)", tipe: "SKALA", bobot: 2 },
        ],
      },
      {
        kode: "SARPRAS",
        nama: "Sarana dan prasarana",
        butir: [
          { kode: "SAR-01", pertanyaan: "Bangunan Pustu", tipe: "PILIHAN", bobot: 2, opsi: { opsi: [{ label: "Pustu / Poskesdes layak", nilai: 1 }, { label: "PKD dalam alih fungsi", nilai: 0.5 }, { label: "Belum ada", nilai: 0 }] } },
          { kode: "SAR-02", pertanyaan: "Alat POCT (gula darah, Hb, kolesterol) di Pustu", tipe: "YA_TIDAK", bobot: 1, bolehNa: true },
          { kode: "SAR-03", pertanyaan: "Ruang pelayanan dan konseling di Pustu (1 – 4)", tipe: "SKALA", bobot: 1 },
        ],
      },
      {
        kode: "PELAYANAN",
        nama: "Pelayanan siklus hidup",
        butir: [
          { kode: "LAY-01", pertanyaan: "Semua posyandu desa buka setiap bulan (1 – 4)", tipe: "SKALA", bobot: 2 },
          { kode: "LAY-02", pertanyaan: "Layanan siklus hidup di Pustu (1 – 4)", tipe: "SKALA", bobot: 2 },
          { kode: "LAY-03", pertanyaan: "Kunjungan rumah oleh Pustu dan kader (1 – 4)", tipe: "SKALA", bobot: 2 },
        ],
      },
      {
        kode: "DATA",
        nama: "Pencatatan dan pelaporan",
        butir: [
          { kode: "DAT-01", pertanyaan: "Data sasaran desa (PWS) tersedia dan mutakhir", tipe: "PILIHAN", bobot: 2, opsi: ADA_TIDAK_LENGKAP },
          { kode: "DAT-02", pertanyaan: "Laporan rutin ke Puskesmas tepat waktu", tipe: "YA_TIDAK", bobot: 1 },
          { kode: "DAT-03", pertanyaan: "Catatan lain dari supervisor", tipe: "TEKS", bobot: 0 },
        ],
      },
    ],
  },
];
