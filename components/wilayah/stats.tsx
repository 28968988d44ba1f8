import { Stat } from "@/components/ui/card";
import { formatNumber } from "@/lib/i18n/format";

/** A row of counts at the top of a wilayah page. */
export function WilayahStats({ items }: { items: { label: string; value: number }[] }) {
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="wilayah-stats">
      {items.map((i) => <Stat key={i.label} label={i.label} value={formatNumber(i.value)} />)}
    </div>
  );
}
