/** Illustrative names for generated data (common Indonesian dusun, posyandu and personal names). */
export const DUSUN = [
  "Krajan", "Sukamaju", "Sidomulyo", "Karanganyar", "Sumberejo", "Tegalrejo", "Margomulyo", "Kebonagung", "Ngasem", "Pucung",
  "Kauman", "Sukasari", "Cibeureum", "Babakan", "Kampung Baru", "Tanjungsari", "Mekarsari", "Sukajadi", "Wonorejo", "Sidorejo",
  "Rejosari", "Banjarsari", "Jatimulyo", "Karangrejo", "Gunungsari", "Purwosari", "Ngrowo", "Bakalan", "Kayon", "Sukamulya",
  "Pasir Angin", "Lebak", "Kaler", "Kidul", "Wetan", "Kulon", "Tengah", "Bojong", "Cikaret", "Sawahan",
] as const;

export const POSYANDU = [
  "Melati", "Mawar", "Anggrek", "Kenanga", "Dahlia", "Flamboyan", "Cempaka", "Teratai", "Seruni", "Kamboja",
  "Bougenville", "Nusa Indah", "Asoka", "Lestari", "Harapan", "Bina Sehat", "Sejahtera", "Tunas Bangsa", "Sakura", "Srikandi",
] as const;

export const NAMA_DEPAN = [
  "Siti", "Sri", "Dewi", "Nur", "Rina", "Wati", "Yuli", "Endang", "Sumarni", "Lestari", "Ratna", "Fitri", "Ani", "Eka", "Tuti",
  "Nining", "Ika", "Rohmah", "Aminah", "Suryani", "Dian", "Puji", "Retno", "Heni", "Yayah", "Euis", "Neneng", "Iis", "Lilis", "Imas",
] as const;

export const NAMA_BELAKANG = [
  "Rahayu", "Wulandari", "Lestari", "Handayani", "Susanti", "Rahmawati", "Kurniasih", "Fauziah", "Nurhayati", "Setyowati",
  "Maryani", "Hidayah", "Purwanti", "Sulastri", "Yuliani", "Komariah", "Saadah", "Herlina", "Mulyani", "Sartika",
] as const;

/** Where a posyandu day is held; `n` is a small number (RT/RW). */
export const TEMPAT = [
  (dusun: string) => `Rumah Kepala Dusun ${dusun}`,
  (_: string, n: number) => `Rumah Ketua RT 0${n}`,
  (_: string, n: number) => `Rumah Ketua RW 0${n}`,
  (dusun: string) => `Mushola ${dusun}`,
  (dusun: string) => `Gedung Posyandu ${dusun}`,
  (dusun: string) => `Rumah Kader Dusun ${dusun}`,
] as const;
