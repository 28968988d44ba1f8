/**
 * The shipped catalogue of the kader's 25 basic skills in 5 packages: what a new kabupaten starts
 * with (lib/provisioning/katalog.ts); its Dinkes admin corrects the wording and grouping on screen.
 *
 * Source: Kurikulum Pelatihan Keterampilan Dasar Kader Posyandu (Kemenkes, 2024), which was not
 * available literally. The packages are confirmed; the skills are reconstructed (domain.md §1.2)
 * from a kader-training module, the ILP kartu bantu and news reports, so every skill is marked
 * `rekonstruksi` and the screens say so. The split 4 + 7 + 5 + 3 + 6 = 25 is a best reading.
 */
export interface PaketBawaan {
  kode: string;
  nama: string;
  keterampilan: { kode: string; nama: string }[];
}

export const SUMBER_KATALOG_KETERAMPILAN =
  "Kurikulum Pelatihan Keterampilan Dasar Kader Posyandu (Kemenkes, 2024); 5 paket terkonfirmasi, rincian 25 keterampilan direkonstruksi dari modul pelatihan kader dan kartu bantu ILP.";

export const KATALOG_KETERAMPILAN: readonly PaketBawaan[] = [
  {
    kode: "A",
    nama: "Pengelolaan Posyandu",
    keterampilan: [
      { kode: "A1", nama: "Menjelaskan paket layanan posyandu untuk setiap sasaran siklus hidup (persiapan H-1, hari buka, 5 langkah)" },
      { kode: "A2", nama: "Mencatat dan melaporkan hasil kegiatan secara manual (register, Buku KIA) dan digital (ASIK), by name by address" },
      { kode: "A3", nama: "Melakukan kunjungan rumah dengan metode SAJI (Salam, Ajak bicara, Jelaskan & bantu, Ingatkan) dan menindaklanjuti temuannya" },
      { kode: "A4", nama: "Berkomunikasi efektif dan menggerakkan masyarakat (KIE/penyuluhan, media KIE)" },
    ],
  },
  {
    kode: "B",
    nama: "Bayi dan Balita",
    keterampilan: [
      { kode: "B1", nama: "Menjelaskan dan menggunakan Buku KIA (bagian anak)" },
      { kode: "B2", nama: "Menimbang berat badan (BB) dan mengukur panjang/tinggi badan (PB/TB) dengan benar" },
      { kode: "B3", nama: "Mengukur lingkar kepala (LK) dan lingkar lengan atas (LiLA)" },
      { kode: "B4", nama: "Mengisi dan menginterpretasikan grafik pertumbuhan (naik/tidak naik, T/2T) serta merujuk bila perlu" },
      { kode: "B5", nama: "Memberikan penyuluhan ASI eksklusif dan MP-ASI kaya protein hewani" },
      { kode: "B6", nama: "Menjelaskan jadwal imunisasi rutin, vitamin A dan obat cacing" },
      { kode: "B7", nama: "Mengenali tanda bahaya dan gejala sakit (termasuk skrining gejala TBC) serta penyimpangan perkembangan" },
    ],
  },
  {
    kode: "C",
    nama: "Ibu Hamil dan Menyusui",
    keterampilan: [
      { kode: "C1", nama: "Menjelaskan dan menggunakan Buku KIA (bagian ibu)" },
      { kode: "C2", nama: "Menimbang berat badan dan mengukur LiLA (deteksi KEK)" },
      { kode: "C3", nama: "Memberikan penyuluhan gizi ibu hamil, TTD/MMS dan makanan tambahan untuk ibu hamil KEK" },
      { kode: "C4", nama: "Mengenali tanda bahaya kehamilan, persalinan dan nifas (termasuk gejala TBC)" },
      { kode: "C5", nama: "Memberikan penyuluhan IMD/menyusui, KB pascapersalinan dan kelas ibu hamil" },
    ],
  },
  {
    kode: "D",
    nama: "Usia Sekolah dan Remaja",
    keterampilan: [
      { kode: "D1", nama: "Mengukur BB, TB, LiLA dan lingkar perut; menghitung IMT" },
      { kode: "D2", nama: "Menjelaskan anemia dan TTD mingguan untuk remaja putri" },
      { kode: "D3", nama: "Melakukan skrining dan edukasi perilaku berisiko dan kesehatan jiwa (rokok, alkohol/napza, kesehatan reproduksi)" },
    ],
  },
  {
    kode: "E",
    nama: "Usia Dewasa dan Lansia",
    keterampilan: [
      { kode: "E1", nama: "Mengukur BB, TB dan lingkar perut; menghitung IMT" },
      { kode: "E2", nama: "Mengukur tekanan darah" },
      { kode: "E3", nama: "Wawancara faktor risiko PTM (merokok, konsumsi gula/garam/lemak, aktivitas fisik) dan riwayat penyakit" },
      { kode: "E4", nama: "Skrining PPOK (kuesioner PUMA) dan skrining gejala TBC" },
      { kode: "E5", nama: "Skrining indera (penglihatan/pendengaran) dan skrining kesehatan jiwa" },
      { kode: "E6", nama: "Skrining lansia (SKILAS, AKS) dan penyuluhan KB" },
    ],
  },
];
