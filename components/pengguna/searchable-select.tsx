"use client";
import { useId, useMemo, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-fields";

export interface GroupedOption { id: string; label: string; group: string }

/**
 * A native select grouped by `group` (optgroup), with a search box above it that narrows the list.
 * Native so that it works with the keyboard, on phones and with screen readers as users expect.
 */
export function SearchableSelect({ name, label, options, defaultValue = "", errors, hint, placeholder, searchLabel }: {
  name: string;
  label: string;
  options: GroupedOption[];
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  placeholder: string;
  searchLabel: string;
}) {
  const [query, setQuery] = useState("");
  const [value, setValue] = useState(defaultValue);
  const searchId = `${useId()}-cari`;
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const out = new Map<string, GroupedOption[]>();
    for (const o of options) {
      // The chosen option stays in the list, so a search never silently clears the choice.
      if (q && o.id !== value && !`${o.label} ${o.group}`.toLowerCase().includes(q)) continue;
      const list = out.get(o.group) ?? [];
      list.push(o);
      out.set(o.group, list);
    }
    return [...out];
  }, [options, query, value]);
  const shown = groups.reduce((n, [, list]) => n + list.length, 0);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="text-sm font-medium text-slate-800">{searchLabel}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} autoComplete="off" aria-describedby={`${searchId}-jumlah`} />
        <p id={`${searchId}-jumlah`} className="text-xs text-slate-600" aria-live="polite">{query ? `${shown} pilihan cocok dengan "${query}".` : `${options.length} pilihan.`}</p>
      </div>
      <SelectField name={name} label={label} errors={errors} hint={hint} defaultValue={defaultValue} onChange={(e) => setValue(e.target.value)} placeholder={placeholder} required>
        {groups.map(([group, list]) => (
          <optgroup key={group} label={group}>
            {list.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
        ))}
      </SelectField>
    </div>
  );
}
