/**
 * The threshold changes a report must mention ("Ambang KBM diubah 12 Mei 2024: berlaku untuk entri
 * sesudahnya"): every change of an "ambang.*" rule of the viewer's kabupaten, from the audit trail
 * that saveAturan/resetAturan write (one statement). Entries keep the result they were recorded
 * with, so a report month that spans a change mixes both rules; the note says so.
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { AMBANG_ATURAN } from "../ambang/index.ts";

export interface PerubahanAmbang { kunci: string; label: string; at: Date; kembaliKeBawaan: boolean }

const LABEL = new Map<string, string>(AMBANG_ATURAN.map((a) => [a.kunci, a.label]));

export async function catatanAmbang(viewer: Viewer): Promise<PerubahanAmbang[]> {
  const rows = await db.$queryRaw<{ kunci: string; at: Date; action: string }[]>`
    SELECT coalesce(a.after->>'kunci', a.before->>'kunci') AS kunci, a.at, a.action
    FROM audit_log a
    WHERE a.kabupaten_id = ${viewer.kabupatenId}::uuid AND a.entity = 'pengaturan'
      AND coalesce(a.after->>'kunci', a.before->>'kunci') LIKE 'ambang.%'
    ORDER BY a.at DESC
    LIMIT 50`;
  return rows.map((r) => ({ kunci: r.kunci, label: LABEL.get(r.kunci) ?? r.kunci, at: r.at, kembaliKeBawaan: r.action === "DELETE" }));
}
