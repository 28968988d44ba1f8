/**
 * Every page and GET route handler the product has, as the benchmark requests them. A unit test
 * (tests/unit/bench-pages.test.ts) fails when `app/` gains a page.tsx or route.ts that is neither
 * here nor in ROUTES_NOT_BENCHED, so each new page gets its row.
 * Pure: no server or database imports.
 */
import { permissionsOf, type Permission } from "../../lib/access/permissions.ts";

/** Ids picked from the database within one user's scope; missing when the scope has none. */
export interface ScopeIds {
  kecamatan?: string;
  desa?: string;
  dusun?: string;
  puskesmas?: string;
  pustu?: string;
  posyandu?: string;
  /** A kader of the user's scope (the one with the most assessments). */
  kader?: string;
  user?: string;
  importJob?: string;
  /** A kit catalogue item of the user's kabupaten. */
  jenisSarana?: string;
  /** A pilot (percontohan), one of its roll-out targets, and a study visit, in the user's scope. */
  percontohan?: string;
  replikasi?: string;
  studiBanding?: string;
  /** The published version of the user's kabupaten's posyandu supervision instrument, and one of its items. */
  instrumen?: string;
  butirInstrumen?: string;
  /** The posyandu of the user's scope with the most submitted supervision visits (the trend page). */
  posyanduKunjungan?: string;
  /** A submitted supervision visit (its feedback sheet and PDF) and one of its follow-ups, in the user's scope. */
  kunjunganSelesai?: string;
  tindakLanjut?: string;
  /** A supervision plan the user may read (the one with the most visits), one it may change, and a planned visit of the latter. */
  rencana?: string;
  rencanaKelola?: string;
  kunjunganRencana?: string;
  /** A batch z-score result uploaded by the bench for this user (in server memory). */
  giziResult?: string;
  /** A supervision visit still being conducted, in scope. */
  kunjunganDraf?: string;
  /** A live person served (sasaran) of the user's scope: the one with the most posyandu entries. */
  sasaran?: string;
  /** The latest posyandu day (hari buka) in the user's scope (a kader: its posyandu's). */
  hariBuka?: string;
  /** The bench-only posyandu day the save rows write on (scripts/bench/pemeriksaan.ts), for roles that record. */
  hariBukaBench?: string;
}

/** How a save row writes: each request a new person's entry, the same entry sent again, or a changed value of it. */
export type WriteMode = "baru" | "ulang" | "koreksi";

export interface BenchPage {
  /** Shown in the table and used to match rows in --compare. */
  name: string;
  /** The file under app/ this row measures. */
  file: string;
  kind: "page" | "route" | "write";
  /** For kind "write": what each POST sends (scripts/bench/pemeriksaan.ts). */
  write?: WriteMode;
  /** Only users whose role has this permission get the row; none: every signed-in user. */
  needs?: Permission;
  /** Only the signed-out visitor gets the row. */
  anonymous?: boolean;
  /** The address to request, or null when the user's scope has no record for it. */
  path(ids: ScopeIds): string | null;
}

/** The page with no query of its own: every user's other pages are compared with it. */
export const FLOOR_PAGE = "/gizi";

const fixed = (p: string) => () => p;
/** The report month the bench asks for (in the demo year and in the scale data's years). */
const BENCH_BULAN = "2024-05";
const withId = (key: keyof ScopeIds, f: (id: string) => string) => (ids: ScopeIds) => (ids[key] ? f(ids[key]!) : null);

export const BENCH_PAGES: readonly BenchPage[] = [
  { name: "/gizi", file: "app/(app)/gizi/page.tsx", kind: "page", needs: "gizi.calc", path: fixed("/gizi") },
  { name: "/gizi (hasil)", file: "app/(app)/gizi/page.tsx", kind: "page", needs: "gizi.calc", path: fixed("/gizi?jk=1&tgl_lahir=2024-03-10&tgl_ukur=2025-09-15&bb=9.4&tb=78.5&cara=l&lk=46&lila=14.2") },
  { name: "/login", file: "app/(auth)/login/page.tsx", kind: "page", anonymous: true, path: fixed("/login") },
  { name: "/ganti-password", file: "app/(akun)/ganti-password/page.tsx", kind: "page", path: fixed("/ganti-password") },
  { name: "/", file: "app/(app)/page.tsx", kind: "page", needs: "beranda.view", path: fixed("/") },
  { name: "/gizi/berkas", file: "app/(app)/gizi/berkas/page.tsx", kind: "page", needs: "gizi.calc", path: fixed("/gizi/berkas") },
  { name: "/gizi/berkas/templat", file: "app/(app)/gizi/berkas/templat/route.ts", kind: "route", needs: "gizi.calc", path: fixed("/gizi/berkas/templat") },
  { name: "/gizi/berkas/unduh/[id]", file: "app/(app)/gizi/berkas/unduh/[id]/route.ts", kind: "route", needs: "gizi.calc", path: withId("giziResult", (id) => `/gizi/berkas/unduh/${id}?format=csv`) },
  { name: "/impor", file: "app/(app)/impor/page.tsx", kind: "page", needs: "import.run", path: fixed("/impor") },
  { name: "/impor/[id]", file: "app/(app)/impor/[id]/page.tsx", kind: "page", needs: "import.run", path: withId("importJob", (id) => `/impor/${id}`) },
  { name: "/impor/templat", file: "app/(app)/impor/templat/route.ts", kind: "route", needs: "import.run", path: fixed("/impor/templat") },
  { name: "/kesiapan", file: "app/(app)/kesiapan/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/kesiapan") },
  { name: "/kesiapan/aturan", file: "app/(app)/kesiapan/aturan/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/kesiapan/aturan") },
  { name: "/kesiapan/unduh", file: "app/(app)/kesiapan/unduh/route.ts", kind: "route", needs: "kesiapan.read", path: fixed("/kesiapan/unduh") },
  { name: "/pengguna", file: "app/(app)/pengguna/page.tsx", kind: "page", needs: "user.manage", path: fixed("/pengguna") },
  { name: "/pengguna/baru", file: "app/(app)/pengguna/baru/page.tsx", kind: "page", needs: "user.manage", path: fixed("/pengguna/baru") },
  { name: "/pengguna/[id]", file: "app/(app)/pengguna/[id]/page.tsx", kind: "page", needs: "user.manage", path: withId("user", (id) => `/pengguna/${id}`) },
  { name: "/pengguna/[id]/ubah", file: "app/(app)/pengguna/[id]/ubah/page.tsx", kind: "page", needs: "user.manage", path: withId("user", (id) => `/pengguna/${id}/ubah`) },
  { name: "/posyandu", file: "app/(app)/posyandu/page.tsx", kind: "page", needs: "posyandu.read", path: fixed("/posyandu") },
  { name: "/posyandu/baru", file: "app/(app)/posyandu/baru/page.tsx", kind: "page", needs: "posyandu.create", path: withId("desa", (id) => `/posyandu/baru?desaId=${id}`) },
  { name: "/posyandu/[id]", file: "app/(app)/posyandu/[id]/page.tsx", kind: "page", needs: "posyandu.read", path: withId("posyandu", (id) => `/posyandu/${id}`) },
  { name: "/posyandu/[id]/sarana", file: "app/(app)/posyandu/[id]/sarana/page.tsx", kind: "page", needs: "kesiapan.read", path: withId("posyandu", (id) => `/posyandu/${id}/sarana`) },
  { name: "/posyandu/[id]/sarana/ubah", file: "app/(app)/posyandu/[id]/sarana/ubah/page.tsx", kind: "page", needs: "sarana.manage", path: withId("posyandu", (id) => `/posyandu/${id}/sarana/ubah`) },
  { name: "/posyandu/[id]/riwayat", file: "app/(app)/posyandu/[id]/riwayat/page.tsx", kind: "page", needs: "audit.read", path: withId("posyandu", (id) => `/posyandu/${id}/riwayat`) },
  { name: "/posyandu/[id]/ubah", file: "app/(app)/posyandu/[id]/ubah/page.tsx", kind: "page", needs: "posyandu.edit", path: withId("posyandu", (id) => `/posyandu/${id}/ubah`) },
  { name: "/pengguna/pilihan", file: "app/(app)/pengguna/pilihan/route.ts", kind: "route", needs: "user.manage", path: fixed("/pengguna/pilihan?jenis=posyandu&q=mel") },
  { name: "/posyandu/pilihan", file: "app/(app)/posyandu/pilihan/route.ts", kind: "route", needs: "posyandu.edit", path: fixed("/posyandu/pilihan?jenis=desa&q=su") },
  { name: "/posyandu/unduh", file: "app/(app)/posyandu/unduh/route.ts", kind: "route", needs: "posyandu.read", path: fixed("/posyandu/unduh") },
  { name: "/sarana", file: "app/(app)/sarana/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/sarana") },
  { name: "/sarana/unduh", file: "app/(app)/sarana/unduh/route.ts", kind: "route", needs: "kesiapan.read", path: fixed("/sarana/unduh") },
  { name: "/pengaturan/sarana", file: "app/(app)/pengaturan/sarana/page.tsx", kind: "page", needs: "katalog.manage", path: fixed("/pengaturan/sarana") },
  { name: "/pengaturan/sarana/baru", file: "app/(app)/pengaturan/sarana/baru/page.tsx", kind: "page", needs: "katalog.manage", path: fixed("/pengaturan/sarana/baru") },
  { name: "/pengaturan/sarana/[id]", file: "app/(app)/pengaturan/sarana/[id]/page.tsx", kind: "page", needs: "katalog.manage", path: withId("jenisSarana", (id) => `/pengaturan/sarana/${id}`) },
  { name: "/wilayah", file: "app/(app)/wilayah/page.tsx", kind: "page", needs: "wilayah.read", path: fixed("/wilayah") },
  { name: "/wilayah/kecamatan/baru", file: "app/(app)/wilayah/kecamatan/baru/page.tsx", kind: "page", needs: "wilayah.manage", path: fixed("/wilayah/kecamatan/baru") },
  { name: "/wilayah/kecamatan/[id]", file: "app/(app)/wilayah/kecamatan/[id]/page.tsx", kind: "page", needs: "wilayah.read", path: withId("kecamatan", (id) => `/wilayah/kecamatan/${id}`) },
  { name: "/wilayah/kecamatan/[id]/ubah", file: "app/(app)/wilayah/kecamatan/[id]/ubah/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("kecamatan", (id) => `/wilayah/kecamatan/${id}/ubah`) },
  { name: "/wilayah/desa", file: "app/(app)/wilayah/desa/page.tsx", kind: "page", needs: "wilayah.read", path: fixed("/wilayah/desa") },
  { name: "/wilayah/desa/baru", file: "app/(app)/wilayah/desa/baru/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("kecamatan", (id) => `/wilayah/desa/baru?kecamatanId=${id}`) },
  { name: "/wilayah/desa/[id]", file: "app/(app)/wilayah/desa/[id]/page.tsx", kind: "page", needs: "wilayah.read", path: withId("desa", (id) => `/wilayah/desa/${id}`) },
  { name: "/wilayah/desa/[id]/ubah", file: "app/(app)/wilayah/desa/[id]/ubah/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("desa", (id) => `/wilayah/desa/${id}/ubah`) },
  { name: "/wilayah/dusun/baru", file: "app/(app)/wilayah/dusun/baru/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("desa", (id) => `/wilayah/dusun/baru?desaId=${id}`) },
  { name: "/wilayah/dusun/[id]", file: "app/(app)/wilayah/dusun/[id]/page.tsx", kind: "page", needs: "wilayah.read", path: withId("dusun", (id) => `/wilayah/dusun/${id}`) },
  { name: "/wilayah/dusun/[id]/ubah", file: "app/(app)/wilayah/dusun/[id]/ubah/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("dusun", (id) => `/wilayah/dusun/${id}/ubah`) },
  { name: "/wilayah/puskesmas", file: "app/(app)/wilayah/puskesmas/page.tsx", kind: "page", needs: "wilayah.read", path: fixed("/wilayah/puskesmas") },
  { name: "/wilayah/puskesmas/baru", file: "app/(app)/wilayah/puskesmas/baru/page.tsx", kind: "page", needs: "wilayah.manage", path: fixed("/wilayah/puskesmas/baru") },
  { name: "/wilayah/puskesmas/[id]", file: "app/(app)/wilayah/puskesmas/[id]/page.tsx", kind: "page", needs: "wilayah.read", path: withId("puskesmas", (id) => `/wilayah/puskesmas/${id}`) },
  { name: "/wilayah/puskesmas/[id]/ubah", file: "app/(app)/wilayah/puskesmas/[id]/ubah/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("puskesmas", (id) => `/wilayah/puskesmas/${id}/ubah`) },
  { name: "/wilayah/pustu/baru", file: "app/(app)/wilayah/pustu/baru/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("desa", (id) => `/wilayah/pustu/baru?desaId=${id}`) },
  { name: "/wilayah/pustu/[id]", file: "app/(app)/wilayah/pustu/[id]/page.tsx", kind: "page", needs: "wilayah.read", path: withId("pustu", (id) => `/wilayah/pustu/${id}`) },
  { name: "/wilayah/pustu/[id]/ubah", file: "app/(app)/wilayah/pustu/[id]/ubah/page.tsx", kind: "page", needs: "wilayah.manage", path: withId("pustu", (id) => `/wilayah/pustu/${id}/ubah`) },
  { name: "/wilayah/pilihan", file: "app/(app)/wilayah/pilihan/route.ts", kind: "route", needs: "wilayah.manage", path: fixed("/wilayah/pilihan?jenis=desa&q=su") },
  { name: "/wilayah/pilihan (kecamatan)", file: "app/(app)/wilayah/pilihan/route.ts", kind: "route", needs: "wilayah.manage", path: withId("kecamatan", (id) => `/wilayah/pilihan?jenis=desa&kecamatanId=${id}`) },
  { name: "/percontohan", file: "app/(app)/percontohan/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/percontohan") },
  { name: "/percontohan/baru", file: "app/(app)/percontohan/baru/page.tsx", kind: "page", needs: "percontohan.manage", path: fixed("/percontohan/baru") },
  { name: "/percontohan/pilihan", file: "app/(app)/percontohan/pilihan/route.ts", kind: "route", needs: "percontohan.manage", path: fixed("/percontohan/pilihan?jenis=posyandu&q=mel") },
  { name: "/percontohan/[id]", file: "app/(app)/percontohan/[id]/page.tsx", kind: "page", needs: "kesiapan.read", path: withId("percontohan", (id) => `/percontohan/${id}`) },
  { name: "/percontohan/[id]/ubah", file: "app/(app)/percontohan/[id]/ubah/page.tsx", kind: "page", needs: "percontohan.manage", path: withId("percontohan", (id) => `/percontohan/${id}/ubah`) },
  { name: "/percontohan/[id]/replikasi/[rid]", file: "app/(app)/percontohan/[id]/replikasi/[rid]/page.tsx", kind: "page", needs: "kesiapan.read", path: (ids) => (ids.percontohan && ids.replikasi ? `/percontohan/${ids.percontohan}/replikasi/${ids.replikasi}` : null) },
  { name: "/studi-banding", file: "app/(app)/studi-banding/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/studi-banding") },
  { name: "/supervisi/tindak-lanjut", file: "app/(app)/supervisi/tindak-lanjut/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/tindak-lanjut") },
  { name: "/supervisi/tindak-lanjut (terlambat)", file: "app/(app)/supervisi/tindak-lanjut/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/tindak-lanjut?terlambat=ya&sort=batas") },
  { name: "/supervisi/tindak-lanjut/kinerja", file: "app/(app)/supervisi/tindak-lanjut/kinerja/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/tindak-lanjut/kinerja") },
  { name: "/supervisi/tindak-lanjut/unduh", file: "app/(app)/supervisi/tindak-lanjut/unduh/route.ts", kind: "route", needs: "supervisi.read", path: fixed("/supervisi/tindak-lanjut/unduh?status=TERBUKA&format=csv") },
  { name: "/supervisi/tindak-lanjut/[id]", file: "app/(app)/supervisi/tindak-lanjut/[id]/page.tsx", kind: "page", needs: "supervisi.read", path: withId("tindakLanjut", (id) => `/supervisi/tindak-lanjut/${id}`) },
  { name: "/supervisi/kunjungan/[id]/lembar", file: "app/(app)/supervisi/kunjungan/[id]/lembar/page.tsx", kind: "page", needs: "supervisi.read", path: withId("kunjunganSelesai", (id) => `/supervisi/kunjungan/${id}/lembar`) },
  { name: "/supervisi/kunjungan/[id]/pdf", file: "app/(app)/supervisi/kunjungan/[id]/pdf/route.ts", kind: "route", needs: "supervisi.read", path: withId("kunjunganSelesai", (id) => `/supervisi/kunjungan/${id}/pdf`) },
  { name: "/studi-banding/[id]/ubah", file: "app/(app)/studi-banding/[id]/ubah/page.tsx", kind: "page", needs: "percontohan.manage", path: withId("studiBanding", (id) => `/studi-banding/${id}/ubah`) },
  { name: "/kader", file: "app/(app)/kader/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/kader") },
  { name: "/kader (tingkat)", file: "app/(app)/kader/page.tsx", kind: "page", needs: "kesiapan.read", path: fixed("/kader?level=MADYA&sort=posyandu") },
  { name: "/kader/[id]", file: "app/(app)/kader/[id]/page.tsx", kind: "page", needs: "kesiapan.read", path: withId("kader", (id) => `/kader/${id}`) },
  { name: "/kader/[id]/riwayat", file: "app/(app)/kader/[id]/riwayat/page.tsx", kind: "page", needs: "audit.read", path: withId("kader", (id) => `/kader/${id}/riwayat`) },
  { name: "/kader/[id]/ubah", file: "app/(app)/kader/[id]/ubah/page.tsx", kind: "page", needs: "kader.manage", path: withId("kader", (id) => `/kader/${id}/ubah`) },
  { name: "/kader/[id]/penilaian", file: "app/(app)/kader/[id]/penilaian/page.tsx", kind: "page", needs: "kader.manage", path: withId("kader", (id) => `/kader/${id}/penilaian?paket=B`) },
  { name: "/posyandu/[id]/kader", file: "app/(app)/posyandu/[id]/kader/page.tsx", kind: "page", needs: "kesiapan.read", path: withId("posyandu", (id) => `/posyandu/${id}/kader`) },
  { name: "/posyandu/[id]/kader/baru", file: "app/(app)/posyandu/[id]/kader/baru/page.tsx", kind: "page", needs: "kader.manage", path: withId("posyandu", (id) => `/posyandu/${id}/kader/baru`) },
  { name: "/kader/impor", file: "app/(app)/kader/impor/page.tsx", kind: "page", needs: "kader.manage", path: fixed("/kader/impor") },
  { name: "/kader/impor/templat", file: "app/(app)/kader/impor/templat/route.ts", kind: "route", needs: "kader.manage", path: fixed("/kader/impor/templat") },
  { name: "/sasaran", file: "app/(app)/sasaran/page.tsx", kind: "page", needs: "sasaran.read", path: fixed("/sasaran") },
  { name: "/sasaran (cari, kelompok)", file: "app/(app)/sasaran/page.tsx", kind: "page", needs: "sasaran.read", path: fixed("/sasaran?q=siti+nurhayati&kelompok=BALITA") },
  { name: "/sasaran/baru", file: "app/(app)/sasaran/baru/page.tsx", kind: "page", needs: "sasaran.manage", path: withId("posyandu", (id) => `/sasaran/baru?posyanduId=${id}`) },
  { name: "/sasaran/[id]", file: "app/(app)/sasaran/[id]/page.tsx", kind: "page", needs: "sasaran.read", path: withId("sasaran", (id) => `/sasaran/${id}`) },
  { name: "/sasaran/[id]/ubah", file: "app/(app)/sasaran/[id]/ubah/page.tsx", kind: "page", needs: "sasaran.manage", path: withId("sasaran", (id) => `/sasaran/${id}/ubah`) },
  { name: "/sasaran/target", file: "app/(app)/sasaran/target/page.tsx", kind: "page", needs: "sasaran.manage", path: withId("posyandu", (id) => `/sasaran/target?posyanduId=${id}`) },
  { name: "/sasaran/impor", file: "app/(app)/sasaran/impor/page.tsx", kind: "page", needs: "sasaran.manage", path: withId("posyandu", (id) => `/sasaran/impor?posyanduId=${id}`) },
  { name: "/sasaran/impor/templat", file: "app/(app)/sasaran/impor/templat/route.ts", kind: "route", needs: "sasaran.manage", path: fixed("/sasaran/impor/templat") },
  { name: "/sasaran/[id]/gabung", file: "app/(app)/sasaran/[id]/gabung/page.tsx", kind: "page", needs: "sasaran.merge", path: withId("sasaran", (id) => `/sasaran/${id}/gabung`) },
  { name: "/pengaturan/keterampilan", file: "app/(app)/pengaturan/keterampilan/page.tsx", kind: "page", needs: "katalog.manage", path: fixed("/pengaturan/keterampilan") },
  { name: "/supervisi/instrumen", file: "app/(app)/supervisi/instrumen/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/instrumen") },
  { name: "/supervisi/instrumen/baru", file: "app/(app)/supervisi/instrumen/baru/page.tsx", kind: "page", needs: "katalog.manage", path: fixed("/supervisi/instrumen/baru") },
  { name: "/supervisi/instrumen/[id]", file: "app/(app)/supervisi/instrumen/[id]/page.tsx", kind: "page", needs: "supervisi.read", path: withId("instrumen", (id) => `/supervisi/instrumen/${id}`) },
  { name: "/supervisi/instrumen/[id]/butir/baru", file: "app/(app)/supervisi/instrumen/[id]/butir/baru/page.tsx", kind: "page", needs: "katalog.manage", path: withId("instrumen", (id) => `/supervisi/instrumen/${id}/butir/baru`) },
  { name: "/supervisi/instrumen/[id]/butir/[butirId]", file: "app/(app)/supervisi/instrumen/[id]/butir/[butirId]/page.tsx", kind: "page", needs: "katalog.manage", path: (ids) => (ids.instrumen && ids.butirInstrumen ? `/supervisi/instrumen/${ids.instrumen}/butir/${ids.butirInstrumen}` : null) },
  { name: "/ambang", file: "app/(app)/ambang/page.tsx", kind: "page", needs: "laporan.read", path: fixed("/ambang") },
  { name: "/supervisi/aturan", file: "app/(app)/supervisi/aturan/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/aturan") },
  { name: "/supervisi/tren", file: "app/(app)/supervisi/tren/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/tren?q=mel") },
  { name: "/supervisi/tren (posyandu)", file: "app/(app)/supervisi/tren/page.tsx", kind: "page", needs: "supervisi.read", path: withId("posyanduKunjungan", (id) => `/supervisi/tren?posyandu=${id}`) },
  { name: "/supervisi/tren (puskesmas)", file: "app/(app)/supervisi/tren/page.tsx", kind: "page", needs: "supervisi.read", path: withId("puskesmas", (id) => `/supervisi/tren?puskesmas=${id}`) },
  { name: "/supervisi/kunjungan/baru", file: "app/(app)/supervisi/kunjungan/baru/page.tsx", kind: "page", needs: "supervisi.conduct", path: fixed("/supervisi/kunjungan/baru") },
  { name: "/supervisi/kunjungan/pilihan", file: "app/(app)/supervisi/kunjungan/pilihan/route.ts", kind: "route", needs: "supervisi.conduct", path: fixed("/supervisi/kunjungan/pilihan?jenis=posyandu&q=mel") },
  { name: "/supervisi/kunjungan/[id]", file: "app/(app)/supervisi/kunjungan/[id]/page.tsx", kind: "page", needs: "supervisi.read", path: withId("kunjunganSelesai", (id) => `/supervisi/kunjungan/${id}`) },
  { name: "/supervisi/kunjungan/[id]/isi", file: "app/(app)/supervisi/kunjungan/[id]/isi/page.tsx", kind: "page", needs: "supervisi.conduct", path: withId("kunjunganDraf", (id) => `/supervisi/kunjungan/${id}/isi`) },
  { name: "/supervisi/kunjungan/[id]/koreksi", file: "app/(app)/supervisi/kunjungan/[id]/koreksi/page.tsx", kind: "page", needs: "supervisi.conduct", path: withId("kunjunganSelesai", (id) => `/supervisi/kunjungan/${id}/koreksi`) },
  { name: "/supervisi", file: "app/(app)/supervisi/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi") },
  { name: "/supervisi (daftar)", file: "app/(app)/supervisi/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi?tampilan=daftar") },
  { name: "/supervisi/rencana", file: "app/(app)/supervisi/rencana/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/rencana") },
  { name: "/supervisi/rencana/baru", file: "app/(app)/supervisi/rencana/baru/page.tsx", kind: "page", needs: "supervisi.plan", path: fixed("/supervisi/rencana/baru") },
  { name: "/supervisi/rencana/saran", file: "app/(app)/supervisi/rencana/saran/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/rencana/saran") },
  { name: "/supervisi/rencana/saran (saran)", file: "app/(app)/supervisi/rencana/saran/page.tsx", kind: "page", needs: "supervisi.read", path: fixed("/supervisi/rencana/saran?hanya=saran") },
  { name: "/supervisi/rencana/[id]", file: "app/(app)/supervisi/rencana/[id]/page.tsx", kind: "page", needs: "supervisi.read", path: withId("rencana", (id) => `/supervisi/rencana/${id}`) },
  { name: "/supervisi/rencana/[id]/ubah", file: "app/(app)/supervisi/rencana/[id]/ubah/page.tsx", kind: "page", needs: "supervisi.plan", path: withId("rencanaKelola", (id) => `/supervisi/rencana/${id}/ubah`) },
  { name: "/supervisi/rencana/[id]/kunjungan/baru", file: "app/(app)/supervisi/rencana/[id]/kunjungan/baru/page.tsx", kind: "page", needs: "supervisi.plan", path: withId("rencanaKelola", (id) => `/supervisi/rencana/${id}/kunjungan/baru`) },
  { name: "/supervisi/rencana/[id]/kunjungan/[kid]", file: "app/(app)/supervisi/rencana/[id]/kunjungan/[kid]/page.tsx", kind: "page", needs: "supervisi.plan", path: (ids) => (ids.rencanaKelola && ids.kunjunganRencana ? `/supervisi/rencana/${ids.rencanaKelola}/kunjungan/${ids.kunjunganRencana}` : null) },
  { name: "/supervisi/rencana/pilihan", file: "app/(app)/supervisi/rencana/pilihan/route.ts", kind: "route", needs: "supervisi.plan", path: fixed("/supervisi/rencana/pilihan?jenis=posyandu&q=mel") },
  { name: "/supervisi/rencana/cek", file: "app/(app)/supervisi/rencana/cek/route.ts", kind: "route", needs: "supervisi.plan", path: (ids) => (ids.user ? `/supervisi/rencana/cek?tanggal=2025-03-11&tim=${ids.user}` : "/supervisi/rencana/cek?tanggal=2025-03-11&tim=") },
  { name: "/hari-buka", file: "app/(app)/hari-buka/page.tsx", kind: "page", needs: "laporan.read", path: fixed("/hari-buka") },
  { name: "/hari-buka/[id]", file: "app/(app)/hari-buka/[id]/page.tsx", kind: "page", needs: "laporan.read", path: withId("hariBuka", (id) => `/hari-buka/${id}`) },
  // Saving an entry: one-user p50/p95 and statements per save; the resend also at N connections.
  { name: "POST /api/pemeriksaan (baru)", file: "app/api/pemeriksaan/route.ts", kind: "write", write: "baru", needs: "haribuka.record", path: withId("hariBukaBench", () => "/api/pemeriksaan") },
  { name: "POST /api/pemeriksaan (ulang)", file: "app/api/pemeriksaan/route.ts", kind: "write", write: "ulang", needs: "haribuka.record", path: withId("hariBukaBench", () => "/api/pemeriksaan") },
  { name: "POST /api/pemeriksaan (koreksi)", file: "app/api/pemeriksaan/route.ts", kind: "write", write: "koreksi", needs: "haribuka.record", path: withId("hariBukaBench", () => "/api/pemeriksaan") },
  { name: "/hari-buka/[id]/rujukan", file: "app/(app)/hari-buka/[id]/rujukan/page.tsx", kind: "page", needs: "laporan.read", path: withId("hariBuka", (id) => `/hari-buka/${id}/rujukan`) },
  { name: "/api/pertumbuhan/tabel", file: "app/api/pertumbuhan/tabel/route.ts", kind: "route", needs: "laporan.read", path: fixed("/api/pertumbuhan/tabel") },
  // Posyandu-day reports (issue 11): a month of the demo year; the Bogor scale data covers it too.
  { name: "/laporan", file: "app/(app)/laporan/page.tsx", kind: "page", needs: "laporan.read", path: fixed(`/laporan?bulan=${BENCH_BULAN}`) },
  { name: "/laporan/skdn", file: "app/(app)/laporan/skdn/page.tsx", kind: "page", needs: "laporan.read", path: fixed(`/laporan/skdn?bulan=${BENCH_BULAN}`) },
  { name: "/laporan/skdn (posyandu)", file: "app/(app)/laporan/skdn/page.tsx", kind: "page", needs: "laporan.read", path: withId("posyandu", (id) => `/laporan/skdn?bulan=${BENCH_BULAN}&posyanduId=${id}`) },
  { name: "/laporan/skdn/unduh", file: "app/(app)/laporan/skdn/unduh/route.ts", kind: "route", needs: "laporan.read", path: fixed(`/laporan/skdn/unduh?bulan=${BENCH_BULAN}&format=csv`) },
  { name: "/laporan/skdn/balita/unduh", file: "app/(app)/laporan/skdn/balita/unduh/route.ts", kind: "route", needs: "sasaran.read", path: withId("posyandu", (id) => `/laporan/skdn/balita/unduh?bulan=${BENCH_BULAN}&posyanduId=${id}&format=csv`) },
  { name: "/laporan/cakupan", file: "app/(app)/laporan/cakupan/page.tsx", kind: "page", needs: "laporan.read", path: fixed(`/laporan/cakupan?bulan=${BENCH_BULAN}`) },
  { name: "/laporan/cakupan/unduh", file: "app/(app)/laporan/cakupan/unduh/route.ts", kind: "route", needs: "laporan.read", path: fixed(`/laporan/cakupan/unduh?bulan=${BENCH_BULAN}&format=csv`) },
  { name: "/laporan/belum-datang", file: "app/(app)/laporan/belum-datang/page.tsx", kind: "page", needs: "sasaran.read", path: withId("posyandu", (id) => `/laporan/belum-datang?bulan=${BENCH_BULAN}&posyanduId=${id}`) },
  { name: "/laporan/belum-datang/unduh", file: "app/(app)/laporan/belum-datang/unduh/route.ts", kind: "route", needs: "sasaran.read", path: withId("posyandu", (id) => `/laporan/belum-datang/unduh?bulan=${BENCH_BULAN}&posyanduId=${id}&format=csv`) },
];

/** Route handlers under app/ that the bench does not request, and why. */
export const ROUTES_NOT_BENCHED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js endpoints (the bench signs in through them)",
  "app/(app)/gizi/berkas/proses/route.ts": "POST upload; the bench calls it once per user to get a /gizi/berkas/unduh id",
  "app/api/kunjungan/[id]/draf/route.ts": "POST only: the conduct screen's draft sync (a write)",
  "app/api/kunjungan/[id]/kirim/route.ts": "POST only: submitting a visit (a write, once per visit)",
  "app/api/kunjungan/[id]/koreksi/route.ts": "POST only: correcting a submitted visit (a write)",
  "app/api/hari-buka/[id]/sasaran/route.ts": "POST only: registering a new person from the posyandu-day screen (a write)",
};

/** The pages a role gets a row for (anonymous pages for the signed-out visitor, role null). */
export function pagesFor(role: string | null): BenchPage[] {
  if (role === null) return BENCH_PAGES.filter((p) => p.anonymous);
  const perms = permissionsOf(role);
  return BENCH_PAGES.filter((p) => !p.anonymous && (!p.needs || perms.includes(p.needs)));
}
