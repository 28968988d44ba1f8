"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
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
