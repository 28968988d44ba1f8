/** A labelled form field with its errors next to it, linked for screen readers. */
export function Field({ name, label, hint, errors, children, required }: { name: string; label: string; hint?: string; errors?: string[]; children: React.ReactNode; required?: boolean }) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-700" aria-hidden> *</span> : null}
      </label>
      {children}
      {hint ? <p id={hintId} className="text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = "min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

export function describedBy(name: string, errors?: string[], hint?: string) {
  const ids = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
