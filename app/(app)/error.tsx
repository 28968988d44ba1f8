"use client";
import Link from "next/link";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-10 text-center" role="alert">
      <h1 className="text-2xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Halaman ini gagal dimuat. Tidak ada data yang hilang. Coba lagi, atau kembali ke Beranda.</p>
      <div className="mt-4 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Coba lagi</button>
        <Link href="/" className="rounded-md px-4 py-2 text-sm font-semibold text-brand-700 underline">Beranda</Link>
      </div>
    </div>
  );
}
