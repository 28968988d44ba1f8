import Link from "next/link";
import type { Viewer } from "@/lib/access/viewer-type";
import { ROLE_LABEL } from "@/lib/access/permissions";
import { navFor } from "@/lib/nav/nav";
import { KeluarButton } from "./keluar-button";
import { NavLinks } from "./nav-links";
import { NavigationProgress } from "./navigation-progress";

export function AppShell({ viewer, children }: { viewer: Viewer; children: React.ReactNode }) {
  const items = navFor(viewer).map(({ href, label }) => ({ href, label }));
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#konten" className="skip-link">Langsung ke isi</a>
      <NavigationProgress />
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold">Pantau ILP</Link>
          <div className="flex items-center gap-3 text-right text-sm">
            <div data-testid="viewer-info">
              <div className="font-semibold">{viewer.nama}</div>
              <div className="text-brand-100">
                <span data-testid="viewer-role">{ROLE_LABEL[viewer.role]}</span> · <span data-testid="viewer-area">{viewer.areaLabel}</span>
              </div>
            </div>
          </div>
        </div>
        <nav aria-label="Navigasi utama" className="border-t border-brand-700">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-1 px-2 py-1">
            <NavLinks items={items} />
            <div className="ml-auto flex items-center gap-1">
              <Link href="/ganti-password" className="rounded px-3 py-2 text-sm text-brand-100 hover:bg-brand-700">Ganti kata sandi</Link>
              <KeluarButton userId={viewer.id} />
            </div>
          </div>
        </nav>
      </header>
      <main id="konten" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">{children}</main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">Pantau ILP · Waktu ditampilkan dalam WIB (Asia/Jakarta)</footer>
    </div>
  );
}
