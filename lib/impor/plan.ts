/**
 * What a checked file would change, against the current dusun and posyandu of its desa: upsert by
 * natural key (desa + dusun name, desa + posyandu name, case-insensitive). Pure: the preview and the
 * write both use it, so that what the user confirmed is what gets written.
 */
import { nameKey, type ImportRow } from "./validate.ts";

export interface ExistingDusun { id: string; nama: string; desaId: string }

export interface ExistingPosyandu {
  id: string;
  nama: string;
  desaId: string;
  dusunId: string | null;
  tempat: string | null;
  latitude: number | null;
  longitude: number | null;
  jadwalMingguKe: number | null;
  jadwalHari: number | null;
  isActive: boolean;
}

export interface ImportSummary {
  baris: number;
  dusunBaru: number;
  posyanduBaru: number;
  posyanduDiubah: number;
  tidakBerubah: number;
}

/** A field of a posyandu that an import can set. */
export type PosyanduField = "dusunId" | "tempat" | "latitude" | "longitude" | "jadwalMingguKe" | "jadwalHari" | "isActive";

export const FIELD_LABEL: Record<PosyanduField, string> = {
  dusunId: "dusun",
  tempat: "tempat",
  latitude: "lintang",
  longitude: "bujur",
  jadwalMingguKe: "minggu ke",
  jadwalHari: "hari",
  isActive: "aktif",
};

/** The values to write; `dusunKey` points at an existing or a planned dusun. */
export interface PosyanduValues {
  dusunKey?: string;
  tempat?: string;
  latitude?: number;
  longitude?: number;
  jadwalMingguKe?: number;
  jadwalHari?: number;
  isActive?: boolean;
}

export type RowOutcome =
  | { line: number; kind: "dusun-baru"; desa: string; dusun: string }
  | { line: number; kind: "posyandu-baru"; desa: string; dusun: string | null; posyandu: string }
  | { line: number; kind: "posyandu-diubah"; desa: string; dusun: string | null; posyandu: string; fields: PosyanduField[] }
  | { line: number; kind: "tidak-berubah"; desa: string; dusun: string | null; posyandu: string | null };

export interface ImportPlan {
  dusunCreates: { key: string; desaId: string; nama: string }[];
  posyanduCreates: { line: number; desaId: string; nama: string; values: PosyanduValues }[];
  posyanduUpdates: { line: number; before: ExistingPosyandu; values: PosyanduValues; fields: PosyanduField[] }[];
  outcomes: RowOutcome[];
  summary: ImportSummary;
}

export const dusunKeyOf = (desaId: string, nama: string) => `${desaId}|${nameKey(nama)}`;

/** Plans the writes for checked rows. `existing*` must hold every dusun/posyandu of the rows' desa. */
export function planImport(rows: ImportRow[], existingDusun: ExistingDusun[], existingPosyandu: ExistingPosyandu[]): ImportPlan {
  const dusunByKey = new Map(existingDusun.map((d) => [dusunKeyOf(d.desaId, d.nama), d]));
  const posyanduByKey = new Map(existingPosyandu.map((p) => [`${p.desaId}|${nameKey(p.nama)}`, p]));
  const plannedDusun = new Map<string, { key: string; desaId: string; nama: string }>();
  const plan: ImportPlan = { dusunCreates: [], posyanduCreates: [], posyanduUpdates: [], outcomes: [], summary: { baris: rows.length, dusunBaru: 0, posyanduBaru: 0, posyanduDiubah: 0, tidakBerubah: 0 } };

  /** The dusun's key, planning its creation when it does not exist yet; true when it is new. */
  const ensureDusun = (desaId: string, nama: string): { key: string; isNew: boolean } => {
    const key = dusunKeyOf(desaId, nama);
    if (dusunByKey.has(key)) return { key, isNew: false };
    if (!plannedDusun.has(key)) {
      const entry = { key, desaId, nama };
      plannedDusun.set(key, entry);
      plan.dusunCreates.push(entry);
    }
    return { key, isNew: true };
  };

  for (const row of rows) {
    const dusun = row.dusun ? ensureDusun(row.desaId, row.dusun) : null;
    const p = row.posyandu;
    if (!p) {
      plan.outcomes.push(dusun?.isNew ? { line: row.line, kind: "dusun-baru", desa: row.desaNama, dusun: row.dusun! } : { line: row.line, kind: "tidak-berubah", desa: row.desaNama, dusun: row.dusun, posyandu: null });
      continue;
    }
    const values: PosyanduValues = {};
    if (dusun) values.dusunKey = dusun.key;
    for (const k of ["tempat", "latitude", "longitude", "jadwalMingguKe", "jadwalHari", "isActive"] as const) {
      if (p[k] !== undefined) (values as Record<string, unknown>)[k] = p[k];
    }
    const before = posyanduByKey.get(`${row.desaId}|${nameKey(p.nama)}`);
    if (!before) {
      plan.posyanduCreates.push({ line: row.line, desaId: row.desaId, nama: p.nama, values });
      plan.outcomes.push({ line: row.line, kind: "posyandu-baru", desa: row.desaNama, dusun: row.dusun, posyandu: p.nama });
      continue;
    }
    const fields: PosyanduField[] = [];
    if (dusun && (dusun.isNew || dusunByKey.get(dusun.key)!.id !== before.dusunId)) fields.push("dusunId");
    for (const k of ["tempat", "latitude", "longitude", "jadwalMingguKe", "jadwalHari", "isActive"] as const) {
      if (values[k] !== undefined && values[k] !== before[k]) fields.push(k);
    }
    if (fields.length) {
      plan.posyanduUpdates.push({ line: row.line, before, values, fields });
      plan.outcomes.push({ line: row.line, kind: "posyandu-diubah", desa: row.desaNama, dusun: row.dusun, posyandu: before.nama, fields });
    } else {
      plan.outcomes.push({ line: row.line, kind: "tidak-berubah", desa: row.desaNama, dusun: row.dusun, posyandu: before.nama });
    }
  }

  plan.summary.dusunBaru = plan.dusunCreates.length;
  plan.summary.posyanduBaru = plan.posyanduCreates.length;
  plan.summary.posyanduDiubah = plan.posyanduUpdates.length;
  plan.summary.tidakBerubah = plan.outcomes.filter((o) => o.kind === "tidak-berubah").length;
  return plan;
}
