/**
 * Versions of a supervision instrument: drafting the next version from the published one (items
 * copied, each mapped to its source and keeping its lineage), the mapping rules, and the checks a
 * draft must pass before it is published (a published version is frozen: visits are scored on it).
 * Pure: no database, no zod. Used by lib/instrumen (the DAL and the forms) and its unit tests.
 */
import { LABEL_TIPE, isScored, type OpsiButir, type TipeButir } from "./score.ts";

/** The message every write to a published or archived version gets (the DAL, forged calls included). */
export const PESAN_BEKU = "Versi yang sudah terbit tidak dapat diubah; buat draf versi berikutnya.";

/** The largest weight the column holds (Decimal(6,2)). */
export const BOBOT_MAKS = 9999.99;

export interface DomainVersi {
  id: string;
  kode: string;
  nama: string;
  urutan: number;
}

export interface ButirVersi {
  id: string;
  domainId: string;
  kode: string;
  urutan: number;
  pertanyaan: string;
  tipe: TipeButir;
  bobot: number;
  kritis: boolean;
  bolehNa: boolean;
  standar: string | null;
  fakta: string | null;
  opsi: OpsiButir;
  garisId: string;
  petaDariId: string | null;
}

/** An item of the previous version as a mapping target. */
export interface ButirSebelumnya {
  id: string;
  kode: string;
  garisId: string;
}

/**
 * The rows of the next version's draft: every domain and item copied with a new id, each item
 * mapped to its source (petaDariId) and keeping the source's lineage (garisId), order kept.
 */
export function draftRowsFrom(published: { domain: readonly DomainVersi[]; butir: readonly ButirVersi[] }, newId: () => string): { domain: DomainVersi[]; butir: ButirVersi[] } {
  const domainIds = new Map<string, string>();
  const domain = [...published.domain]
    .sort((a, b) => a.urutan - b.urutan)
    .map((d) => {
      const id = newId();
      domainIds.set(d.id, id);
      return { ...d, id };
    });
  const butir = [...published.butir]
    .sort((a, b) => a.urutan - b.urutan)
    .map((b) => {
      const domainId = domainIds.get(b.domainId);
      if (!domainId) throw new Error(`butir ${b.kode} has no domain in its version`);
      return { ...b, opsi: structuredClone(b.opsi), id: newId(), domainId, petaDariId: b.id, garisId: b.garisId };
    });
  return { domain, butir };
}

/** The lineage an item gets from its mapping: the previous item's lineage, or its own id when it is new. */
export function lineageFor(butirId: string, target: Pick<ButirSebelumnya, "garisId"> | null): string {
  return target ? target.garisId : butirId;
}

/**
 * Why an item may not map to `targetId`, or null when it may: the target must be an item of the
 * previous version and not already the mapping of another item of the draft (`others`: the other
 * items' petaDariId). A first version maps nothing.
 */
export function mappingError(targetId: string | null, previous: readonly ButirSebelumnya[] | null, others: readonly (string | null)[]): string | null {
  if (targetId === null) return null;
  if (!previous) return "Versi pertama tidak memetakan butir ke versi sebelumnya.";
  const target = previous.find((p) => p.id === targetId);
  if (!target) return "Butir pemetaan harus butir dari versi sebelumnya.";
  if (others.includes(targetId)) return `Butir ${target.kode} versi sebelumnya sudah dipetakan ke butir lain; satu butir lama hanya boleh dipetakan sekali.`;
  return null;
}

export interface IsianButir {
  tipe: TipeButir;
  bobot: number;
  opsi: OpsiButir;
}

/**
 * Per-field messages for one item's settings (empty when it fits): a non-text item's weight is a
 * positive number; a text item carries weight 0; PILIHAN has ≥ 2 options scored 0–1 with a label;
 * ANGKA has a target > 0. The form and the publish check both use this.
 */
export function butirErrors(b: IsianButir): Record<string, string> {
  const e: Record<string, string> = {};
  if (!Number.isFinite(b.bobot)) e.bobot = "Bobot harus berupa angka.";
  else if (b.tipe === "TEKS") {
    if (b.bobot !== 0) e.bobot = "Butir teks tidak dinilai: bobotnya 0.";
  } else if (!(b.bobot > 0)) e.bobot = "Bobot butir yang dinilai harus angka positif (lebih dari 0).";
  else if (b.bobot > BOBOT_MAKS) e.bobot = `Bobot paling besar ${BOBOT_MAKS.toLocaleString("id-ID")}.`;
  else if (Math.abs(b.bobot * 100 - Math.round(b.bobot * 100)) > 1e-6) e.bobot = "Bobot paling banyak dua angka di belakang koma.";
  if (b.tipe === "PILIHAN") {
    const opsi = b.opsi.opsi ?? [];
    if (opsi.length < 2) e.opsi = "Butir pilihan perlu paling sedikit 2 pilihan.";
    else if (opsi.some((o) => !o.label.trim())) e.opsi = "Setiap pilihan perlu label.";
    else if (opsi.some((o) => !Number.isFinite(o.nilai) || o.nilai < 0 || o.nilai > 1)) e.opsi = "Nilai setiap pilihan harus antara 0 dan 1.";
    else if (new Set(opsi.map((o) => o.label.trim().toLowerCase())).size !== opsi.length) e.opsi = "Label pilihan tidak boleh sama.";
  }
  if (b.tipe === "ANGKA" && !(typeof b.opsi.target === "number" && Number.isFinite(b.opsi.target) && b.opsi.target > 0)) e.target = "Butir angka perlu target lebih dari 0 (skor = nilai ÷ target, paling besar 1).";
  return e;
}

export interface MasalahDraf {
  /** The item's or domain's code, or null for the whole draft. */
  kode: string | null;
  pesan: string;
}

/**
 * Everything that stops a draft from being published, in Bahasa, each naming its item: the item
 * rules above, unique codes, no empty domain, at least one scored item, and the mapping (targets of
 * the previous version, each used once, lineage consistent with the mapping).
 */
export function draftProblems(draft: { domain: readonly DomainVersi[]; butir: readonly ButirVersi[] }, previous: readonly ButirSebelumnya[] | null): MasalahDraf[] {
  const out: MasalahDraf[] = [];
  const seenDomain = new Set<string>();
  for (const d of draft.domain) {
    const k = d.kode.trim().toUpperCase();
    if (seenDomain.has(k)) out.push({ kode: d.kode, pesan: `Kode domain ${d.kode} dipakai lebih dari sekali.` });
    seenDomain.add(k);
    if (!draft.butir.some((b) => b.domainId === d.id)) out.push({ kode: d.kode, pesan: `Domain ${d.nama} belum punya butir: tambahkan butir atau hapus domainnya.` });
  }
  const seen = new Set<string>();
  const used = new Map<string, string>();
  for (const b of draft.butir) {
    const k = b.kode.trim().toUpperCase();
    if (seen.has(k)) out.push({ kode: b.kode, pesan: `Kode butir ${b.kode} dipakai lebih dari sekali.` });
    seen.add(k);
    if (!draft.domain.some((d) => d.id === b.domainId)) out.push({ kode: b.kode, pesan: `Butir ${b.kode} tidak berada di domain versi ini.` });
    for (const [field, pesan] of Object.entries(butirErrors(b))) out.push({ kode: b.kode, pesan: `Butir ${b.kode} (${field === "bobot" ? "bobot" : field === "opsi" ? "pilihan" : "target"}, ${LABEL_TIPE[b.tipe].toLowerCase()}): ${pesan}` });
    if (b.petaDariId) {
      const err = mappingError(b.petaDariId, previous, []);
      if (err) out.push({ kode: b.kode, pesan: `Butir ${b.kode}: ${err}` });
      else {
        const other = used.get(b.petaDariId);
        const target = previous!.find((p) => p.id === b.petaDariId)!;
        if (other) out.push({ kode: b.kode, pesan: `Butir ${target.kode} versi sebelumnya dipetakan ke ${other} dan ${b.kode}; satu butir lama hanya boleh dipetakan sekali.` });
        used.set(b.petaDariId, b.kode);
        if (b.garisId !== target.garisId) out.push({ kode: b.kode, pesan: `Butir ${b.kode}: garis butir tidak sesuai pemetaannya; simpan ulang pemetaannya.` });
      }
    } else if (b.garisId !== b.id) out.push({ kode: b.kode, pesan: `Butir ${b.kode}: butir baru harus memulai garisnya sendiri; simpan ulang pemetaannya.` });
  }
  if (!draft.butir.some((b) => isScored({ tipe: b.tipe, bobot: b.bobot, opsi: b.opsi }))) out.push({ kode: null, pesan: "Draf belum punya butir yang dinilai (selain butir teks)." });
  return out;
}

/** The previous version's items no item of this version maps to: removed in this version. */
export function removedItems<T extends { id: string }>(previous: readonly T[], current: readonly Pick<ButirVersi, "petaDariId">[]): T[] {
  const mapped = new Set(current.map((b) => b.petaDariId).filter((x): x is string => !!x));
  return previous.filter((p) => !mapped.has(p.id));
}

/** How an item of version ≥ 2 relates to the previous version, in words ("sama dengan SDM-01 v1", "baru"). */
export function mappingLabel(b: Pick<ButirVersi, "petaDariId">, previous: readonly Pick<ButirSebelumnya, "id" | "kode">[], versiSebelumnya: number): string {
  if (!b.petaDariId) return "baru";
  const p = previous.find((x) => x.id === b.petaDariId);
  return p ? `sama dengan ${p.kode} v${versiSebelumnya}` : "baru";
}

/**
 * PILIHAN options typed one per line as "label = nilai" (nilai 0–1, comma or dot). Returns the
 * options, or a message naming the line that does not read.
 */
export function parseOpsiText(text: string): { ok: true; opsi: { label: string; nilai: number }[] } | { ok: false; pesan: string } {
  const opsi: { label: string; nilai: number }[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const at = line.lastIndexOf("=");
    if (at < 0) return { ok: false, pesan: `Baris ${i + 1} pilihan: tulis "label = nilai", mis. "Ada, lengkap = 1".` };
    const label = line.slice(0, at).trim();
    const raw = line.slice(at + 1).trim();
    const nilai = /^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(",", ".")) : NaN;
    if (!label) return { ok: false, pesan: `Baris ${i + 1} pilihan: label kosong.` };
    if (!Number.isFinite(nilai)) return { ok: false, pesan: `Baris ${i + 1} pilihan: nilai "${raw}" bukan angka 0–1.` };
    opsi.push({ label, nilai });
  }
  return { ok: true, opsi };
}

/** The options as the form shows them again ("label = nilai" per line). */
export function opsiText(opsi: OpsiButir): string {
  return (opsi.opsi ?? []).map((o) => `${o.label} = ${String(o.nilai).replace(".", ",")}`).join("\n");
}
