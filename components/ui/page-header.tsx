import Link from "next/link";

export interface Crumb { href?: string; label: string }

/** Title, a way back (breadcrumbs) and the page's main actions. */
export function PageHeader({ title, description, crumbs, actions }: { title: string; description?: React.ReactNode; crumbs?: Crumb[]; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-3">
      {crumbs?.length ? (
        <nav aria-label="Jejak halaman" className="text-sm text-slate-600">
          <ol className="flex flex-wrap items-center gap-1">
            {crumbs.map((c, i) => (
              <li key={i} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden>›</span> : null}
                {c.href ? <Link href={c.href} className="text-brand-700 underline-offset-2 hover:underline">{c.label}</Link> : <span aria-current="page">{c.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {description ? <div className="mt-1 text-sm text-slate-600">{description}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
