import { formatDate, formatNumber } from "@/lib/i18n/format";
import { KONDISI_LABEL } from "@/lib/sarana/label";
import { PRASARANA_FIELDS } from "@/lib/sarana/gaps";
import type { SaranaPosyandu } from "@/lib/sarana/queries";
import { CukupBadge, RekonstruksiTag } from "./kit-badge";

/** Each catalogue item with what is held: one block per item, so it reads on a 360-px phone. */
export function KitList({ items }: { items: SaranaPosyandu["items"] }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="kit-list">
      {items.map((i) => (
        <li key={i.id} className={`py-3 ${i.wajib > 0 && !i.cukup ? "-mx-2 rounded bg-amber-50 px-2" : ""}`} data-testid={`kit-${i.kode}`}>
          <div className="flex items-start justify-between gap-2">
            <p className="text-sm font-medium text-slate-900">
              {i.nama}
              {i.rekonstruksi ? <RekonstruksiTag /> : null}
            </p>
            {i.wajib > 0 ? <CukupBadge cukup={i.cukup} /> : <span className="shrink-0 text-xs text-slate-500">tidak wajib</span>}
          </div>
          <p className="mt-1 text-sm text-slate-700">
            Wajib {formatNumber(i.wajib)} · ada {formatNumber(i.ada)} · layak pakai {formatNumber(i.layak)}
            {i.tercatat && i.ada > 0 && i.kondisi ? ` · ${KONDISI_LABEL[i.kondisi].toLowerCase()}` : ""}
          </p>
          {i.perluKalibrasi || i.sumberDana ? (
            <p className="text-xs text-slate-600">
              {i.perluKalibrasi ? `Kalibrasi terakhir: ${i.kalibrasiTerakhir ? formatDate(i.kalibrasiTerakhir) : "belum tercatat"}` : ""}
              {i.perluKalibrasi && i.sumberDana ? " · " : ""}
              {i.sumberDana ? `Sumber dana: ${i.sumberDana}` : ""}
            </p>
          ) : null}
          {i.catatan.length ? <p className="text-xs text-amber-900">{i.catatan.join("; ")}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The 5 premises, had or not. */
export function PremisesList({ prasarana }: { prasarana: SaranaPosyandu["prasarana"] }) {
  return (
    <ul className="flex flex-col gap-1 text-sm" data-testid="prasarana-list">
      {PRASARANA_FIELDS.map((f) => {
        const ada = !!prasarana?.[f.key];
        return (
          <li key={f.key} className={ada ? "text-slate-800" : "text-amber-900"}>
            <span aria-hidden className="mr-2 inline-block w-4 font-bold">{ada ? "✓" : "✗"}</span>
            {f.label}
            <span className="sr-only">{ada ? ": ada" : ": belum ada"}</span>
          </li>
        );
      })}
    </ul>
  );
}
