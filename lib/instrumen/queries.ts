/**
 * Instrument reads. Every role with `supervisi.read` reads its kabupaten's instruments
 * (kabupatenDataScope); another kabupaten's instrument answers "not found". Also the two helpers the
 * visit, plan and PDF screens use: the current published version of an instrument in the shape the
 * scorer wants (`getPublishedInstrumen`), and any version by id inside a write (`loadInstrumenForScoring`).
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { isUuid } from "../dal/ids.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ButirSkor, OpsiButir, TipeButir } from "../supervisi/score.ts";
import { mappingLabel, removedItems } from "../supervisi/versi.ts";
import type { TInstrumenListParams } from "./schemas.ts";

export type StatusInstrumen = "DRAF" | "TERBIT" | "ARSIP";
export type SasaranSupervisi = "POSYANDU" | "DESA";

/** An item as the scorer, the visit screen and the PDF read it. */
export interface ButirInstrumenSkor extends ButirSkor {
  garisId: string;
  kode: string;
  urutan: number;
  pertanyaan: string;
  standar: string | null;
  fakta: string | null;
  domainNama: string;
}

/** One version of an instrument with its domains and items, ready for scoring (lib/supervisi/score.ts). */
export interface InstrumenSkor {
  id: string;
  kabupatenId: string;
  kode: string;
  nama: string;
  sasaran: SasaranSupervisi;
  versi: number;
  status: StatusInstrumen;
  domain: { id: string; kode: string; nama: string; urutan: number }[];
  butir: ButirInstrumenSkor[];
}

const butirSelect = {
  id: true, domainId: true, kode: true, urutan: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true, petaDariId: true,
} as const satisfies Prisma.ButirInstrumenSelect;

const versiSelect = {
  id: true, kabupatenId: true, kode: true, nama: true, sasaran: true, versi: true, status: true, keterangan: true, sebelumnyaId: true, terbitAt: true,
  domain: { select: { id: true, kode: true, nama: true, urutan: true }, orderBy: [{ urutan: "asc" }, { kode: "asc" }] },
  butir: { select: butirSelect, orderBy: [{ urutan: "asc" }, { kode: "asc" }] },
} as const satisfies Prisma.InstrumenSelect;

type VersiRow = Prisma.InstrumenGetPayload<{ select: typeof versiSelect }>;

const asOpsi = (x: unknown): OpsiButir => (x && typeof x === "object" && !Array.isArray(x) ? (x as OpsiButir) : {});

function butirOf(row: VersiRow["butir"][number]) {
  return { ...row, tipe: row.tipe as TipeButir, bobot: row.bobot.toNumber(), opsi: asOpsi(row.opsi) };
}

function toSkor(row: VersiRow): InstrumenSkor {
  const domainById = new Map(row.domain.map((d) => [d.id, d]));
  return {
    id: row.id, kabupatenId: row.kabupatenId, kode: row.kode, nama: row.nama, sasaran: row.sasaran, versi: row.versi, status: row.status, domain: row.domain,
    // Items in domain order, then their own order, as the checklist reads on paper.
    butir: row.butir
      .map((b) => ({ d: domainById.get(b.domainId)!, x: butirOf(b) }))
      .sort((a, b) => a.d.urutan - b.d.urutan || a.x.urutan - b.x.urutan)
      .map(({ d, x }) => ({ id: x.id, domainKode: d.kode, domainNama: d.nama, tipe: x.tipe, bobot: x.bobot, kritis: x.kritis, bolehNa: x.bolehNa, opsi: x.opsi, garisId: x.garisId, kode: x.kode, urutan: x.urutan, pertanyaan: x.pertanyaan, standar: x.standar, fakta: x.fakta })),
  };
}

/**
 * The current published (TERBIT) version of an instrument of the viewer's kabupaten, by its code or
 * by what it is filled in about (the first published instrument for that target, by code). Null
 * when there is none. For the visit and plan screens (any role with `supervisi.read`).
 */
export async function getPublishedInstrumen(viewer: Viewer, by: { kode: string } | { sasaran: SasaranSupervisi }): Promise<InstrumenSkor | null> {
  if (!can(viewer, "supervisi.read")) return null;
  const row = await db.instrumen.findFirst({
    where: { ...kabupatenDataScope(viewer), status: "TERBIT", ...("kode" in by ? { kode: by.kode } : { sasaran: by.sasaran }) },
    select: versiSelect,
    orderBy: [{ kode: "asc" }],
  });
  return row ? toSkor(row) : null;
}

/**
 * Any version by id, for scoring inside a write (a visit keeps the version it was opened on, even
 * once archived). No scope: the caller has already loaded the visit in its scope and passes its
 * instrumenId. Null when the id matches nothing.
 */
export async function loadInstrumenForScoring(tx: DbTx, instrumenId: string): Promise<InstrumenSkor | null> {
  if (!isUuid(instrumenId)) return null;
  const row = await tx.instrumen.findUnique({ where: { id: instrumenId }, select: versiSelect });
  return row ? toSkor(row) : null;
}

export interface InstrumenRingkas {
  kode: string;
  nama: string;
  sasaran: SasaranSupervisi;
  terbit: { id: string; versi: number; butir: number; terbitAt: Date | null } | null;
  draf: { id: string; versi: number; butir: number } | null;
  versi: { id: string; versi: number; status: StatusInstrumen; butir: number; terbitAt: Date | null }[];
}

/**
 * The kabupaten's instruments, one row per code with its published version, its draft and all its
 * versions (newest first) with item counts. Searched by code or name, sorted, paged. One statement:
 * a kabupaten has a handful of instruments and versions.
 */
export async function listInstrumen(viewer: Viewer, params: TInstrumenListParams): Promise<{ rows: InstrumenRingkas[]; total: number }> {
  if (!can(viewer, "supervisi.read")) return { rows: [], total: 0 };
  const q = params.q?.trim();
  const versions = await db.instrumen.findMany({
    where: { ...kabupatenDataScope(viewer), ...(q ? { OR: [{ kode: { contains: q, mode: "insensitive" } }, { nama: { contains: q, mode: "insensitive" } }] } : {}) },
    select: { id: true, kode: true, nama: true, sasaran: true, versi: true, status: true, terbitAt: true, _count: { select: { butir: true } } },
    orderBy: [{ kode: "asc" }, { versi: "desc" }],
  });
  const byKode = new Map<string, InstrumenRingkas>();
  for (const v of versions) {
    const r = byKode.get(v.kode) ?? { kode: v.kode, nama: v.nama, sasaran: v.sasaran, terbit: null, draf: null, versi: [] };
    byKode.set(v.kode, r);
    r.versi.push({ id: v.id, versi: v.versi, status: v.status, butir: v._count.butir, terbitAt: v.terbitAt });
    if (v.status === "TERBIT") r.terbit = { id: v.id, versi: v.versi, butir: v._count.butir, terbitAt: v.terbitAt };
    if (v.status === "DRAF") r.draf = { id: v.id, versi: v.versi, butir: v._count.butir };
    // The name shown is the newest version's.
    if (v.versi >= Math.max(...r.versi.map((x) => x.versi))) r.nama = v.nama;
  }
  const dir = params.dir === "desc" ? -1 : 1;
  const rows = [...byKode.values()].sort((a, b) => dir * (a[params.sort] as string).localeCompare(b[params.sort] as string, "id") || a.kode.localeCompare(b.kode));
  const start = (params.page - 1) * params.size;
  return { rows: rows.slice(start, start + params.size), total: rows.length };
}

export type ButirVersiRow = ReturnType<typeof butirOf> & { peta: string | null; petaKode: string | null };

export interface InstrumenVersiDetail {
  id: string;
  kode: string;
  nama: string;
  sasaran: SasaranSupervisi;
  versi: number;
  status: StatusInstrumen;
  keterangan: string | null;
  terbitAt: Date | null;
  domain: { id: string; kode: string; nama: string; urutan: number; butir: ButirVersiRow[] }[];
  /** The version drafted from (its items are the mapping targets), or null for version 1. */
  sebelumnya: { id: string; versi: number; status: StatusInstrumen; butir: { id: string; kode: string; garisId: string; pertanyaan: string }[] } | null;
  /** Items of the previous version that no item of this one maps to. */
  dihapus: { id: string; kode: string; pertanyaan: string }[];
  /** All versions of this code (newest first), to move between them. */
  versiLain: { id: string; versi: number; status: StatusInstrumen }[];
  /** The current draft of this code, if any (a published version links to it). */
  drafId: string | null;
  /** Does any visit use this version (it then stays, even archived)? */
  dipakai: number;
}

/** One version with its domains and items, the mapping to the previous version and the versions of its code. */
export async function getInstrumenVersi(viewer: Viewer, id: string): Promise<InstrumenVersiDetail | null> {
  if (!can(viewer, "supervisi.read") || !isUuid(id)) return null;
  const row = await db.instrumen.findFirst({
    where: { id, ...kabupatenDataScope(viewer) },
    select: {
      ...versiSelect,
      _count: { select: { kunjungan: true } },
      sebelumnya: { select: { id: true, versi: true, status: true, butir: { select: { id: true, kode: true, garisId: true, pertanyaan: true }, orderBy: [{ urutan: "asc" }] } } },
    },
  });
  if (!row) return null;
  const versiLain = await db.instrumen.findMany({ where: { ...kabupatenDataScope(viewer), kode: row.kode }, select: { id: true, versi: true, status: true }, orderBy: { versi: "desc" } });
  const prev = row.sebelumnya;
  const butir = row.butir.map((b) => {
    const x = butirOf(b);
    return { ...x, peta: prev ? mappingLabel(x, prev.butir, prev.versi) : null, petaKode: prev?.butir.find((p) => p.id === x.petaDariId)?.kode ?? null };
  });
  return {
    id: row.id, kode: row.kode, nama: row.nama, sasaran: row.sasaran, versi: row.versi, status: row.status, keterangan: row.keterangan, terbitAt: row.terbitAt,
    domain: row.domain.map((d) => ({ ...d, butir: butir.filter((b) => b.domainId === d.id) })),
    sebelumnya: prev,
    dihapus: prev ? removedItems(prev.butir, butir) : [],
    versiLain,
    drafId: versiLain.find((v) => v.status === "DRAF")?.id ?? null,
    dipakai: row._count.kunjungan,
  };
}
