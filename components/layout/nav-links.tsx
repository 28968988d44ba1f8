"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The longest entry the path lies under is the current one (/supervisi/tindak-lanjut is not also /supervisi).
  const under = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  const current = items.filter((i) => under(i.href)).reduce<string | null>((best, i) => (!best || i.href.length > best.length ? i.href : best), null);
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={active ? "page" : undefined} className={`block rounded px-3 py-2 text-sm font-medium ${active ? "bg-white text-brand-800" : "text-white hover:bg-brand-700"}`}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
