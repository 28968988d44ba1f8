import Link from "next/link";
import type { Viewer } from "@/lib/access/viewer-type";
import { can } from "@/lib/access/permissions";
import { listKader } from "@/lib/kader/queries";
import { JABATAN_LABEL, ZKaderListParams } from "@/lib/kader/schemas";
import { formatNumber } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { LevelBadge } from "./level-badge";

const SHOWN = 10;

/** The posyandu page's kader card: active kaders by position with level badges, counts per level, and the way to the full list. */
export async function KaderCard({ viewer, posyanduId }: { viewer: Viewer; posyanduId: string }) {
  if (!can(viewer, "kesiapan.read")) return null;
  const { rows, total } = await listKader(viewer, { ...ZKaderListParams.parse({ sort: "jabatan", size: "100" }), posyanduId, aktif: "ya" });
  const count = (l: string | null) => rows.filter((r) => r.level === l).length;
  const href = `/posyandu/${posyanduId}/kader`;
  return (
    <Card title="Kader" actions={<Link href={href} className="text-sm font-semibold text-brand-700 underline">Semua kader</Link>}>
      {total === 0 ? (
        <p className="text-sm text-slate-600">Belum ada kader aktif. {can(viewer, "kader.manage") ? <Link className="text-brand-700 underline" href={`${href}/baru`}>Tambah kader</Link> : null}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="kader-ringkas">
            {formatNumber(total)} kader aktif · Utama {count("UTAMA")} · Madya {count("MADYA")} · Purwa {count("PURWA")} · Belum {count(null)}
          </p>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {rows.slice(0, SHOWN).map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                <span><Link href={`/kader/${r.id}`} className="text-brand-700 underline-offset-2 hover:underline">{r.nama}</Link> <span className="text-xs text-slate-500">{JABATAN_LABEL[r.jabatan]}</span></span>
                <LevelBadge level={r.level} alasan={r.levelAlasan} />
              </li>
            ))}
          </ul>
          {total > SHOWN ? <p className="mt-2 text-xs text-slate-600">dan {formatNumber(total - SHOWN)} lainnya.</p> : null}
        </>
      )}
    </Card>
  );
}
