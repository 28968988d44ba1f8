import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <h1 className="text-2xl font-bold">Data tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Halaman atau data ini tidak ada, atau berada di luar wilayah kerja Anda.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">Kembali ke Beranda</Link>
    </div>
  );
}
