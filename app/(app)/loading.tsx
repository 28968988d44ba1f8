export default function Loading() {
  return (
    <div className="flex items-center gap-3 py-10 text-slate-600" role="status" aria-live="polite">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-brand-700 border-t-transparent" aria-hidden />
      Memuat…
    </div>
  );
}
