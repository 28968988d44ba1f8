/**
 * The drill-down of the reports: the viewer's own area is the top (Dinkes: its kabupaten, by
 * puskesmas; a puskesmas: its catchment, by desa; a bidan desa: its desa, by posyandu; a kader: its
 * posyandu), and ?puskesmasId / ?desaId / ?posyanduId narrow it one level at a time. Pure: the rows
 * come from one SQL statement per posyandu and are grouped here.
 */
import type { Viewer } from "../access/viewer-type.ts";
import type { TLaporanParams } from "./schemas.ts";

export type TingkatBaris = "puskesmas" | "desa" | "posyandu";

/** One posyandu's row with where it sits, as every report's SQL returns it. */
export interface PosyanduLetak {
  posyanduId: string;
  posyandu: string;
  desaId: string;
  desa: string;
  puskesmasId: string | null;
  puskesmas: string | null;
}

/** The level the report's rows are at, for this viewer and these params. */
export function tingkatBaris(viewer: Pick<Viewer, "role">, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">): TingkatBaris {
  if (p.posyanduId || p.desaId) return "posyandu";
  if (p.puskesmasId) return "desa";
  if (viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES") return "puskesmas";
  if (viewer.role === "PUSKESMAS") return "desa";
  return "posyandu";
}

export const TANPA_PUSKESMAS = "tanpa-puskesmas";

/** The key and name of a posyandu's area at a level. */
export function kunciBaris(t: TingkatBaris, r: PosyanduLetak): { id: string; nama: string } {
  if (t === "puskesmas") return { id: r.puskesmasId ?? TANPA_PUSKESMAS, nama: r.puskesmas ?? "Desa tanpa puskesmas" };
  if (t === "desa") return { id: r.desaId, nama: `Desa ${r.desa}` };
  return { id: r.posyanduId, nama: `Posyandu ${r.posyandu}` };
}

/** The query params that drill into one row (the next level down). */
export function paramsTurun(t: TingkatBaris, id: string): Partial<Record<"puskesmasId" | "desaId" | "posyanduId", string>> | null {
  if (t === "puskesmas") return id === TANPA_PUSKESMAS ? null : { puskesmasId: id };
  if (t === "desa") return { desaId: id };
  return { posyanduId: id };
}

/** Groups per-posyandu rows by the level's key, summing with `sum`, in the rows' (name) order. */
export function kelompokkan<R extends PosyanduLetak, B>(t: TingkatBaris, rows: readonly R[], sum: (rows: readonly R[]) => B): { id: string; nama: string; baris: B; jumlahPosyandu: number }[] {
  const groups = new Map<string, { id: string; nama: string; rows: R[] }>();
  for (const r of rows) {
    const k = kunciBaris(t, r);
    const g = groups.get(k.id) ?? { ...k, rows: [] };
    g.rows.push(r);
    groups.set(k.id, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.nama.localeCompare(b.nama, "id"))
    .map((g) => ({ id: g.id, nama: g.nama, baris: sum(g.rows), jumlahPosyandu: g.rows.length }));
}

/** The way back up: the areas above the rows, from the viewer's top down to where the params point. */
export function jejak(viewer: Pick<Viewer, "role" | "areaLabel">, p: Pick<TLaporanParams, "puskesmasId" | "desaId" | "posyanduId">, letak: PosyanduLetak | undefined): { label: string; params: Partial<Record<"puskesmasId" | "desaId" | "posyanduId", string>> }[] {
  const out: { label: string; params: Partial<Record<"puskesmasId" | "desaId" | "posyanduId", string>> }[] = [{ label: viewer.areaLabel, params: {} }];
  if (!letak) return out;
  const dinkes = viewer.role === "DINKES_ADMIN" || viewer.role === "DINKES";
  if (dinkes && (p.puskesmasId || p.desaId || p.posyanduId) && letak.puskesmasId) out.push({ label: letak.puskesmas ?? "", params: { puskesmasId: letak.puskesmasId } });
  if ((dinkes || viewer.role === "PUSKESMAS") && (p.desaId || p.posyanduId)) out.push({ label: `Desa ${letak.desa}`, params: { desaId: letak.desaId } });
  if (viewer.role !== "KADER" && p.posyanduId) out.push({ label: `Posyandu ${letak.posyandu}`, params: { posyanduId: letak.posyanduId } });
  return out;
}
