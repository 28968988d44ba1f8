import type { CategoryColour } from "@/lib/pertumbuhan/index";

const TONE: Record<CategoryColour, string> = {
  danger: "border-red-300 bg-red-100 text-red-900",
  warning: "border-amber-300 bg-amber-100 text-amber-900",
  ok: "border-emerald-300 bg-emerald-100 text-emerald-900",
  info: "border-sky-300 bg-sky-100 text-sky-900",
};

const DOT: Record<CategoryColour, string> = {
  danger: "bg-red-600",
  warning: "bg-amber-500",
  ok: "bg-emerald-600",
  info: "bg-sky-600",
};

/** A category of Permenkes 2/2020 with its colour (and a dot, so that colour is not the only sign). */
export function CategoryBadge({ label, colour }: { label: string; colour: CategoryColour }) {
  return (
    <span data-colour={colour} className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONE[colour]}`}>
      <span aria-hidden className={`h-2 w-2 rounded-full ${DOT[colour]}`} />
      {label}
    </span>
  );
}
