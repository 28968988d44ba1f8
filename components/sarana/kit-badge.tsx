/** "Cukup" / "Kurang" beside a kit line: colour and word, so it reads without colour too. */
export function CukupBadge({ cukup }: { cukup: boolean }) {
  return cukup ? (
    <span className="shrink-0 rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Cukup</span>
  ) : (
    <span className="shrink-0 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Kurang</span>
  );
}

/** Marks a catalogue line reconstructed from partial sources (domain.md §4.3), not quoted from the standard. */
export function RekonstruksiTag() {
  return (
    <span className="ml-1 rounded border border-slate-300 px-1.5 py-0.5 text-[11px] font-normal text-slate-600" title="Disusun ulang dari sumber sebagian; periksa dengan dokumen resmi">
      rekonstruksi
    </span>
  );
}
