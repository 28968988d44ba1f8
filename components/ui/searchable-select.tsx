"use client";
import { useEffect, useId, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-fields";

export interface GroupedOption { id: string; label: string; group: string }

/**
 * A native select grouped by `group` (optgroup), with a search box above it that narrows the list.
 * Native so that it works with the keyboard, on phones and with screen readers as users expect.
 * With `source`, the choices come from the server as the user types (at most `limit` at a time), so
 * that a kabupaten's hundreds of desa or thousands of posyandu never travel with the page; `options`
 * then holds only what is already chosen. The server's choices may carry more than `GroupedOption`
 * (a desa's puskesmas, say): `onChange` hands the chosen one over whole.
 */
export function SearchableSelect<T extends GroupedOption = GroupedOption>({ name, label, options, source, limit, defaultValue = "", errors, hint, placeholder, searchLabel, required = true, onChange }: {
  name: string;
  label: string;
  options: T[];
  source?: string;
  limit?: number;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  placeholder: string;
  searchLabel: string;
  /** false for a select that only helps to pick (its value is added elsewhere), not a field of its own. */
  required?: boolean;
  onChange?: (value: string, option: T | undefined) => void;
}) {
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(defaultValue);
  const [found, setFound] = useState<T[] | null>(null);
  const [failed, setFailed] = useState(false);
  // Every option seen so far, so that the chosen one keeps its label whatever the next search finds.
  const [known, setKnown] = useState<Map<string, T>>(() => new Map(options.map((o) => [o.id, o])));
  const searchId = `${useId()}-cari`;

  useEffect(() => {
    if (!source) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const url = `${source}${source.includes("?") ? "&" : "?"}q=${encodeURIComponent(query.trim())}`;
        const res = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!res.ok) throw new Error(String(res.status));
        const list = (await res.json()) as T[];
        setFound(list);
        setFailed(false);
        setKnown((m) => new Map([...m, ...list.map((o) => [o.id, o] as const)]));
      } catch (error) {
        if ((error as Error).name !== "AbortError") setFailed(true);
      }
    }, query ? 250 : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [source, query]);

  const pool = source ? [...(found ?? []), ...(value && !(found ?? []).some((o) => o.id === value) && known.has(value) ? [known.get(value)!] : [])] : options;
  // Narrowed here only without a source (the server already answered the query). The chosen option
  // stays in the list, so a search never silently clears the choice.
  const q = source ? "" : query.trim().toLowerCase();
  const byGroup = new Map<string, T[]>();
  for (const o of pool) {
    if (q && o.id !== value && !`${o.label} ${o.group}`.toLowerCase().includes(q)) continue;
    byGroup.set(o.group, [...(byGroup.get(o.group) ?? []), o]);
  }
  const groups = [...byGroup];
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);
  const status = failed
    ? "Pilihan tidak dapat dimuat. Periksa sambungan, lalu ketik lagi."
    : source && found === null
      ? "Memuat pilihan…"
      : source && limit && (found?.length ?? 0) >= limit
        ? `${limit} pilihan pertama${query ? ` yang cocok dengan "${query}"` : ""} ditampilkan; ketik untuk mempersempit.`
        : query
          ? `${shown} pilihan cocok dengan "${query}".`
          : `${shown} pilihan.`;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm font-medium text-slate-800">{searchLabel}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} autoComplete="off" aria-describedby={`${searchId}-jumlah`} />
        <p id={`${searchId}-jumlah`} className="text-xs text-slate-600" aria-live="polite">{status}</p>
      </div>
      <SelectField name={name} label={label} errors={errors} hint={hint} value={value} onChange={(e) => { setValue(e.target.value); onChange?.(e.target.value, pool.find((o) => o.id === e.target.value) ?? known.get(e.target.value)); }} placeholder={placeholder} required={required}>
        {groups.map(([group, list]) => (
          <optgroup key={group} label={group}>
            {list.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
        ))}
      </SelectField>
    </div>
  );
}
