/**
 * The edit form of one threshold rule, as data: which values of the rule are fields (with Bahasa
 * labels and choices), and reading a submitted form back into the rule's value (decimal comma, every
 * refusal on its field). Shared by the page and the server action. Pure.
 */
import { parseDecimal } from "../number/decimal.ts";
import { INDEX_LABEL } from "../pertumbuhan/messages.ts";
import type { CategoryRule } from "../pertumbuhan/categories.ts";
import { AMBANG_ATURAN, FIELD_UKUR_LABEL, FIELD_UKUR_SATUAN, KELAS_TD_DEWASA_LABEL, KELOMPOK_HB_LABEL, VARIAN_KBM_LABEL, aturanAmbang, type FieldUkur, type KelompokHb } from "./index.ts";

export type JenisIsian = "angka" | "pilihan" | "yaTidak";
export interface Opsi {
  value: string;
  label: string;
}
export interface IsianAturan {
  /** The path of the value inside the rule, dot-separated (array indices as numbers): the form field's name. */
  name: string;
  label: string;
  jenis: JenisIsian;
  opsi?: readonly Opsi[];
  /** The current value as the field shows it ("23,5", "ya"). */
  nilai: string;
}

type Path = readonly (string | number)[];
/** Label of a leaf, or null when the leaf is not edited on the form (kept as it is). */
type Spec = { label: (p: Path, whole: unknown) => string | null; opsi?: (p: Path) => readonly Opsi[] | undefined };

const TD: Record<string, string> = { sistolik: "sistolik (mmHg)", diastolik: "diastolik (mmHg)" };
const KLS: Record<string, string> = { normal: "Normal", normalTinggi: "Normal tinggi", ht1: "Hipertensi derajat 1", ht2: "Hipertensi derajat 2", ht3: "Hipertensi derajat 3", meningkat: "Meningkat" };
const UMUR_REF = { WHO2006: "0–60 bulan", WHO2007: "5–18 tahun" } as const;

const SPEC: Record<string, Spec> = {
  "ambang.kbm": { label: () => "Varian tabel KBM", opsi: () => (["A", "B"] as const).map((v) => ({ value: v, label: VARIAN_KBM_LABEL[v] })) },
  "ambang.kms": {
    label: ([k]) => ({ merahZ: "Garis merah (BGM): z BB/U di bawah", oranyeZ: "Garis oranye: z BB/U di atas", rujukPada: "Balita tidak naik dirujuk pada" })[k as string] ?? null,
    opsi: ([k]) => (k === "rujukPada" ? [{ value: "T", label: "T pertama (Buku KIA 2023)" }, { value: "DUA_T", label: "2T: dua kali tidak naik berturut-turut" }] : undefined),
  },
  "ambang.gizi": {
    label: ([i, k], whole) => {
      const r = (whole as CategoryRule[])[i as number];
      if (k !== "min" && k !== "max") return null;
      return `${INDEX_LABEL[r.index]} ${UMUR_REF[r.ageGroup]}, ${r.label}: batas ${k === "min" ? "bawah" : "atas"} z`;
    },
  },
  "ambang.kek": { label: () => "KEK bila LiLA di bawah (cm)" },
  "ambang.hb": {
    label: (p) => {
      if (p[0] === "rujukMulai") return "Dirujuk mulai";
      const what = { anemia: "anemia bila Hb di bawah", sedang: "anemia sedang bila di bawah", berat: "anemia berat bila di bawah" }[p[2] as string];
      return `${KELOMPOK_HB_LABEL[p[1] as KelompokHb]}: ${what} (g/dL)`;
    },
    opsi: ([k]) => (k === "rujukMulai" ? [{ value: "RINGAN", label: "Anemia ringan" }, { value: "SEDANG", label: "Anemia sedang" }, { value: "BERAT", label: "Anemia berat" }] : undefined),
  },
  "ambang.tdAnak": {
    label: (p, whole) => {
      if (p[0] === "tabel") {
        if (p[2] === "umurTahun") return null;
        const row = (whole as { tabel: { umurTahun: number }[] }).tabel[p[1] as number];
        return `Umur ${row.umurTahun} tahun, ${p[2] === "L" ? "laki-laki" : "perempuan"}: ${TD[p[3] as string]}`;
      }
      if (p[0] === "remajaMulaiTahun") return "Klasifikasi remaja mulai umur (tahun)";
      if (p[0] === "meningkat") return p[1] === "sistolik" ? "≥ 13 tahun, meningkat: sistolik mulai (mmHg)" : null;
      return `≥ 13 tahun, ${KLS[p[0] as string].toLowerCase()}: ${TD[p[1] as string]} mulai`;
    },
  },
  "ambang.tdDewasa": {
    label: (p) => (p[0] === "rujukMulai" ? "Dirujuk mulai kelas" : `${KLS[p[0] as string]}: ${TD[p[1] as string]} mulai`),
    opsi: ([k]) => (k === "rujukMulai" ? Object.entries(KELAS_TD_DEWASA_LABEL).map(([value, label]) => ({ value, label })) : undefined),
  },
  "ambang.imt": {
    label: () => "Skema IMT dewasa",
    opsi: () => [
      { value: "ASIA_PASIFIK", label: "Asia-Pasifik (Juknis ILP)" },
      { value: "DEPKES", label: "Depkes/P2PTM (Posbindu)" },
    ],
  },
  "ambang.lingkarPerut": { label: ([k]) => (k === "lakiLakiCm" ? "Laki-laki: obesitas sentral bila di atas (cm)" : "Perempuan: obesitas sentral bila di atas (cm)") },
  "ambang.gds": { label: ([k]) => ({ periksaUlang: "Normal, periksa ulang mulai (mg/dL)", prediabetes: "Prediabetes mulai (mg/dL)", diabetes: "Curiga diabetes (rujuk) mulai (mg/dL)" })[k as string] ?? null },
  "ambang.puma": { label: () => "Dirujuk bila skor PUMA paling sedikit" },
  "ambang.jiwa": {
    label: ([k]) => ({ instrumen: "Instrumen skrining jiwa", srqRujukMulai: "SRQ-20: dirujuk bila skor paling sedikit", phq4RujukMulai: "4 butir: dirujuk bila skor satu kelompok paling sedikit" })[k as string] ?? null,
    opsi: ([k]) => (k === "instrumen" ? [{ value: "SRQ20", label: "SRQ-20 (Juknis ILP)" }, { value: "PHQ4", label: "4 butir PHQ-4 (ASIK/CKG)" }] : undefined),
  },
  "ambang.skilas": { label: ([k]) => (k === "lilaCm" ? "Malnutrisi bila LiLA di bawah (cm)" : "Dirujuk bila domain positif paling sedikit") },
  "ambang.aks": { label: ([k]) => ({ mandiri: "Mandiri: skor mulai", ringan: "Ketergantungan ringan: skor mulai", sedang: "Ketergantungan sedang: skor mulai", berat: "Ketergantungan berat: skor mulai" })[k as string] ?? null },
  "ambang.batas": { label: ([f, k]) => `${FIELD_UKUR_LABEL[f as FieldUkur]}: ${k === "min" ? "paling kecil" : "paling besar"} (${FIELD_UKUR_SATUAN[f as FieldUkur]})` },
  "ambang.plausibilitas": {
    label: ([k]) => ({ whoFlag: "Tanyakan bila z-skor ditandai WHO tidak wajar", perubahanBeratBalitaKg: "Tanyakan bila berat balita berubah lebih dari (kg sebulan)", tinggiSusutCm: "Tanyakan bila tinggi berkurang lebih dari (cm)" })[k as string] ?? null,
  },
};

function angkaTeks(n: number): string {
  return String(n).replace(".", ",");
}

function leaves(v: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [{ path, value: v }];
}

/** The fields of a rule's form, filled with `nilai` (the value in force). */
export function isianAturan(kunci: string, nilai: unknown): IsianAturan[] {
  const spec = SPEC[kunci];
  if (!spec) return [];
  const out: IsianAturan[] = [];
  for (const { path, value } of leaves(nilai)) {
    if (value === null) continue;
    const label = spec.label(path, nilai);
    if (!label) continue;
    const name = path.join(".");
    const opsi = spec.opsi?.(path);
    if (typeof value === "number") out.push({ name, label, jenis: "angka", nilai: angkaTeks(value) });
    else if (typeof value === "boolean") out.push({ name, label, jenis: "yaTidak", nilai: value ? "ya" : "tidak", opsi: [{ value: "ya", label: "Ya" }, { value: "tidak", label: "Tidak" }] });
    else if (typeof value === "string" && opsi) out.push({ name, label, jenis: "pilihan", opsi, nilai: value });
  }
  return out;
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let t = target as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) t = t[k] as Record<string | number, unknown>;
  t[path[path.length - 1]] = value;
}

export type HasilBaca = { ok: true; nilai: unknown } | { ok: false; fieldErrors: Record<string, string[]>; message?: string };

/**
 * Reads a submitted form over `sekarang` (the value in force): only the rule's own fields are read,
 * each refused value stays on its field; then the rule's schema decides, its messages mapped to the
 * field they are about (or to the form when about several).
 */
export function bacaIsian(kunci: string, sekarang: unknown, form: Readonly<Record<string, unknown>>): HasilBaca {
  const aturan = aturanAmbang(kunci);
  if (!aturan) return { ok: false, fieldErrors: {}, message: "Aturan tidak ditemukan." };
  const isian = isianAturan(kunci, sekarang);
  const nilai: unknown = structuredClone(sekarang);
  const fieldErrors: Record<string, string[]> = {};
  for (const f of isian) {
    const raw = form[f.name];
    const text = typeof raw === "string" ? raw : "";
    const path = f.name.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (f.jenis === "angka") {
      const n = parseDecimal(text);
      if (n === null) fieldErrors[f.name] = [`${f.label}: wajib diisi.`];
      else if (n === undefined) fieldErrors[f.name] = [`${f.label}: harus berupa angka.`];
      else setAt(nilai, path, n);
    } else if (f.jenis === "yaTidak") {
      if (text !== "ya" && text !== "tidak") fieldErrors[f.name] = [`${f.label}: pilih ya atau tidak.`];
      else setAt(nilai, path, text === "ya");
    } else {
      if (!f.opsi?.some((o) => o.value === text)) fieldErrors[f.name] = [`${f.label}: pilih salah satu.`];
      else setAt(nilai, path, text);
    }
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const parsed = aturan.schema.safeParse(nilai);
  if (parsed.success) return { ok: true, nilai: parsed.data };
  const names = isian.map((f) => f.name);
  const pesanForm: string[] = [];
  for (const issue of parsed.error.issues) {
    const p = issue.path.join(".");
    const target = names.find((n) => n === p) ?? names.find((n) => p !== "" && n.startsWith(`${p}.`));
    if (target) (fieldErrors[target] ??= []).push(issue.message);
    else pesanForm.push(issue.message);
  }
  return { ok: false, fieldErrors, message: pesanForm.length ? pesanForm.join(" ") : undefined };
}

export const KUNCI_AMBANG = AMBANG_ATURAN.map((a) => a.kunci);

function stabil(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stabil);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, stabil((v as Record<string, unknown>)[k])]));
  return v;
}

/** Same JSON value whatever the key order (a stored jsonb comes back with its keys reordered). */
export function samaNilai(a: unknown, b: unknown): boolean {
  return JSON.stringify(stabil(a)) === JSON.stringify(stabil(b));
}
