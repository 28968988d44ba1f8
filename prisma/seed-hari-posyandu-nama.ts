/**
 * Illustrative Javanese names for the demo people of the posyandu days (common names; any likeness
 * to a real person is chance). Children carry the modern two-part names, adults and the elderly the
 * older one-word ones.
 */
export const ANAK_L = [
  "Muhammad Rizky", "Ahmad Fauzan", "Bima Saputra", "Dimas Prasetyo", "Rafa Aditya", "Galih Pratama", "Arka Wicaksono", "Naufal Hidayat",
  "Farel Kurniawan", "Yusuf Maulana", "Raka Setiawan", "Danu Firmansyah", "Azka Ramadhan", "Bagas Nugroho", "Reza Alfarizi", "Daffa Putra",
  "Kenzo Wibowo", "Satria Adi", "Rendra Saputro", "Akbar Hakim", "Fathan Mubarok", "Gilang Ramadhan", "Hafiz Anwar", "Ilham Prakoso",
] as const;
export const ANAK_P = [
  "Aisyah Putri", "Nayla Azzahra", "Salsabila Rahma", "Alya Nur Fadilah", "Keisha Ayu", "Zahra Khairunnisa", "Anindya Larasati", "Citra Maharani",
  "Naura Safitri", "Kirana Wulandari", "Adinda Puspita", "Syifa Ramadhani", "Aurel Septiani", "Dinda Kusuma", "Laras Sekar", "Nabila Husna",
  "Rara Anggraini", "Tiara Andini", "Fika Nuraini", "Hana Pertiwi", "Intan Permatasari", "Jihan Aulia", "Meisya Lestari", "Sekar Arum",
] as const;
export const REMAJA_L = ["Arif Budiman", "Eko Saputro", "Fajar Nugroho", "Hendra Wijaya", "Joko Santoso", "Lukman Hakim", "Rizal Fahmi", "Tegar Prasetya", "Wahyu Hidayat", "Yoga Pratama"] as const;
export const REMAJA_P = ["Ayu Lestari", "Desi Ratnasari", "Fitri Handayani", "Indah Permata", "Lina Marlina", "Novi Astuti", "Putri Wulandari", "Riska Amelia", "Tika Rahmawati", "Wulan Sari"] as const;
export const DEWASA_L = ["Agus Salim", "Bambang Sutrisno", "Dwi Cahyono", "Edi Purnomo", "Hadi Susanto", "Mulyono", "Nur Hasan", "Purwanto", "Slamet Riyadi", "Sugiyanto", "Teguh Santoso", "Wahyudi", "Yanto"] as const;
export const DEWASA_P = ["Ani Susilowati", "Dewi Lestari", "Endah Wahyuni", "Heni Purwaningsih", "Kustini", "Lilik Sumarni", "Nanik Suryani", "Ratna Dewi", "Sri Mulyani", "Sumini", "Tutik Handayani", "Umi Latifah", "Wartini", "Yayuk Rahayu"] as const;
export const LANSIA_L = ["Darmo", "Karto", "Kasiman", "Marjuki", "Paimin", "Parto", "Sadiman", "Sarno", "Sukardi", "Suparno", "Tukimin", "Wagiman"] as const;
export const LANSIA_P = ["Giyem", "Juminah", "Kasinem", "Mbok Sarinem", "Painem", "Partini", "Poniyem", "Sainem", "Suginah", "Tukiyem", "Wagirah", "Warsini"] as const;
export const DUSUN_NAMA_BELAKANG = ["", " Rahayu", " Saputra", " Lestari", " Santoso", " Wibowo", " Handayani", " Pratama"] as const;
