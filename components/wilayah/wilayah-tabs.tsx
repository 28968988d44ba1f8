import Link from "next/link";

const TABS = [
  { key: "kecamatan", href: "/wilayah", label: "Kecamatan" },
  { key: "desa", href: "/wilayah/desa", label: "Semua desa" },
  { key: "puskesmas", href: "/wilayah/puskesmas", label: "Puskesmas" },
] as const;

/** The three ways into the wilayah: by kecamatan, the whole desa list, or by puskesmas. */
export function WilayahTabs({ active }: { active: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Tampilan wilayah" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
      {TABS.map((t) => (
        <Link key={t.key} href={t.href} aria-current={t.key === active ? "page" : undefined} className={`-mb-px min-h-11 rounded-t-md border px-4 py-2.5 text-sm font-semibold ${t.key === active ? "border-slate-200 border-b-white bg-white text-slate-900" : "border-transparent text-brand-700 hover:bg-brand-50"}`}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
