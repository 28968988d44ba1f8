import Link from "next/link";

/** The way back up the drill-down: the viewer's area, then each level clicked into. */
export function JejakWilayah({ basePath, bulan, trail }: { basePath: string; bulan: string; trail: { label: string; params: Record<string, string> }[] }) {
  return (
    <nav aria-label="Tingkat wilayah" className="text-sm" data-testid="jejak-wilayah">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((t, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden>›</span> : null}
            {i < trail.length - 1 ? (
              <Link className="text-brand-700 underline-offset-2 hover:underline" href={`${basePath}?${new URLSearchParams({ bulan, ...t.params })}`}>{t.label}</Link>
            ) : (
              <span aria-current="location" className="font-semibold">{t.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
