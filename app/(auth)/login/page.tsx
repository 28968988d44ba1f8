import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getViewer } from "@/lib/auth/viewer";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ ke?: string; keluar?: string }> }) {
  const sp = await searchParams;
  if (await getViewer()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold text-brand-800">Pantau ILP</p>
          <p className="mt-1 text-sm text-slate-600">Pemantauan Posyandu Integrasi Layanan Primer</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">Masuk</h1>
          {sp.keluar ? <div className="mb-4"><Alert tone="success">Anda sudah keluar.</Alert></div> : null}
          <LoginForm next={sp.ke} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">Lupa kata sandi? Hubungi admin Dinas Kesehatan kabupaten Anda.</p>
      </div>
    </main>
  );
}
