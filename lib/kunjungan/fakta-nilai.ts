/**
 * The system facts of a site as the conduct screen shows them beside an item (lib/supervisi/fakta.ts
 * keys), from the counts lib/supervisi/fakta-load.ts reads. Pure: the words and the value an answer
 * may take over ("pakai nilai ini") are unit-tested here.
 */
import { FAKTA_LABEL_MAX, type FaktaKey, type NilaiFakta } from "../supervisi/fakta.ts";
import { jadwalLabel } from "../posyandu/jadwal.ts";
import { TAHAP_LABEL, type Tahap } from "../percontohan/tahap.ts";
import { LABEL_KATEGORI, type KategoriKesiapan } from "../kesiapan/kategori.ts";
import { formatNumber } from "../i18n/format.ts";

export interface FaktaMentah {
  sasaran: "POSYANDU" | "DESA";
  kaderAktif: number;
  kaderPaketLengkap: number;
  /** Active posyandu of the site (1 for a posyandu) and how many of them have a routine day set. */
  posyanduTotal: number;
  posyanduBerjadwal: number;
  /** A posyandu's routine day (sasaran POSYANDU). */
  jadwal: { mingguKe: number | null; hari: number | null } | null;
  /** The latest readiness of each posyandu of the site, with the kit and premises gaps it found. */
  kesiapan: { skor: number; kategori: string; kekuranganSarana: string[]; kekuranganPrasarana: string[] }[];
  tahap: Tahap | null;
}

const belum = (label: string): NilaiFakta => ({ nilai: null, label });

/** "Kurang: a; b; c dan 4 lainnya": as many items as fit in FAKTA_LABEL_MAX, then how many more. */
export function listLabel(prefix: string, items: readonly string[]): string {
  const full = `${prefix}${items.join("; ")}`;
  if (full.length <= FAKTA_LABEL_MAX) return full;
  let shown = items.length;
  const cut = (k: number) => `${prefix}${items.slice(0, k).join("; ")} dan ${k === 0 ? items.length : items.length - k} lainnya`;
  while (shown > 0 && cut(shown).length > FAKTA_LABEL_MAX) shown--;
  const label = cut(shown);
  return label.length <= FAKTA_LABEL_MAX ? label : `${label.slice(0, FAKTA_LABEL_MAX - 1)}…`;
}

function gaps(kind: string, lists: string[][], posyanduTotal: number): NilaiFakta {
  if (!lists.length) return belum(`Belum ada data ${kind} di sistem`);
  const all = lists.flat();
  if (lists.length === 1 && posyanduTotal <= 1) return { nilai: all.length, label: all.length ? listLabel("Kurang: ", all) : `${kind[0].toUpperCase()}${kind.slice(1)} lengkap` };
  const kurang = lists.filter((l) => l.length > 0).length;
  return { nilai: kurang, label: `${kurang} dari ${lists.length} posyandu masih kurang ${kind}` };
}

/** Every fact key of the site, with its value and its words. */
export function faktaNilai(m: FaktaMentah): Record<FaktaKey, NilaiFakta> {
  const posyandu = m.sasaran === "POSYANDU";
  const rata = m.kesiapan.length ? Math.round(m.kesiapan.reduce((s, k) => s + k.skor, 0) / m.kesiapan.length) : null;
  return {
    KADER_AKTIF: { nilai: m.kaderAktif, label: `${formatNumber(m.kaderAktif)} kader aktif${posyandu ? "" : ` di ${formatNumber(m.posyanduTotal)} posyandu`}` },
    KADER_PAKET_LENGKAP: { nilai: m.kaderPaketLengkap, label: `${formatNumber(m.kaderPaketLengkap)} kader menuntaskan minimal satu paket` },
    SARANA_KURANG: gaps("kit standar", m.kesiapan.map((k) => k.kekuranganSarana), m.posyanduTotal),
    PRASARANA_KURANG: gaps("prasarana", m.kesiapan.map((k) => k.kekuranganPrasarana), m.posyanduTotal),
    JADWAL_HARI_BUKA: posyandu
      ? m.jadwal?.mingguKe && m.jadwal.hari ? { nilai: 1, label: `Jadwal: ${jadwalLabel({ mingguKe: m.jadwal.mingguKe, hari: m.jadwal.hari })}` } : { nilai: 0, label: "Belum ada jadwal hari buka di sistem" }
      : { nilai: m.posyanduTotal > 0 && m.posyanduBerjadwal === m.posyanduTotal ? 1 : 0, label: `${formatNumber(m.posyanduBerjadwal)} dari ${formatNumber(m.posyanduTotal)} posyandu punya jadwal hari buka` },
    TAHAP_PERCONTOHAN: m.tahap ? { nilai: null, label: `Percontohan ILP, tahap ${TAHAP_LABEL[m.tahap].toLowerCase()}` } : belum(posyandu ? "Bukan posyandu percontohan" : "Tidak ada posyandu percontohan di desa ini"),
    SKOR_KESIAPAN:
      rata === null
        ? belum("Belum ada skor kesiapan")
        : posyandu
          ? { nilai: rata, label: `Skor kesiapan ${rata} (${LABEL_KATEGORI[m.kesiapan[0].kategori as KategoriKesiapan] ?? m.kesiapan[0].kategori})` }
          : { nilai: rata, label: `Rata-rata skor kesiapan ${rata} dari ${m.kesiapan.length} posyandu` },
    // No posyandu-day records exist in the product yet (kader visit data comes with a later issue).
    SESI_TERLAKSANA: belum("Belum ada data hari buka terlaksana di sistem"),
  };
}

/** The value an answer may take over from a fact: a count for ANGKA items, 1/0 for ya/tidak; else none. */
export function nilaiDipakai(tipe: string, fakta: NilaiFakta | null | undefined): number | null {
  if (!fakta || fakta.nilai === null) return null;
  if (tipe === "ANGKA") return fakta.nilai;
  if (tipe === "YA_TIDAK" && (fakta.nilai === 0 || fakta.nilai === 1)) return fakta.nilai;
  return null;
}
