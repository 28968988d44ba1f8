/**
 * The readiness score of one posyandu, 0–100, from parts whose weights are rules (./aturan.ts), and
 * the explanation that goes with it: each part's points and every missing thing with the screen
 * where it is fixed. A part that does not apply (no data can exist for it yet) is left out of the
 * denominator, never counted as 0. Pure: the inputs are loaded by ./refresh.ts.
 */
import { BAGIAN_KESIAPAN, LABEL_BAGIAN, kategoriOf, type AmbangKesiapan, type BagianKesiapan, type BobotKesiapan, type KategoriKesiapan } from "./aturan.ts";

export interface KesiapanInput {
  posyanduId: string;
  kaderAktif: number;
  /** Each package of the skill catalogue with the number of active kaders who completed it. */
  paket: { kode: string; nama: string; kaderLengkap: number }[];
  /** The kit against the catalogue (lib/sarana/gaps.ts kitStatus); total 0 = no catalogue item applies. */
  sarana: { cukup: number; total: number; kekurangan: { pesan: string }[] };
  /** The premises for the 5 steps (lib/sarana/gaps.ts premisesStatus). */
  prasarana: { ada: number; total: number; kekurangan: string[] };
  /** A routine hari buka is set. */
  jadwal: { ada: boolean };
  /** Life-cycle groups served; null while no posyandu-day data exists. */
  layanan: { dilayani: number; total: number; kurang: string[] } | null;
}

export interface BagianHasil {
  kode: BagianKesiapan;
  label: string;
  bobot: number;
  berlaku: boolean;
  /** 0–1 share of the part that is met (0 when it does not apply). */
  capaian: number;
  /** Points on the 0–100 scale this part contributes (after re-weighting without the N/A parts). */
  poin: number;
  /** The most points the part can give (its weight re-scaled to 100). */
  poinMaks: number;
  keterangan: string;
  /** For a counted part: how many there are, of how many needed (e.g. 9 of 13 kit items). */
  jumlah?: { ada: number; dari: number };
}

export interface Kekurangan {
  bagian: BagianKesiapan;
  pesan: string;
  /** The screen where it is fixed. */
  href: string;
}

export interface KesiapanHasil {
  skor: number;
  kategori: KategoriKesiapan;
  bagian: BagianHasil[];
  kekurangan: Kekurangan[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

interface PartEval { berlaku: boolean; capaian: number; keterangan: string; kekurangan: string[]; jumlah?: { ada: number; dari: number } }

function evaluate(part: BagianKesiapan, input: KesiapanInput, bobot: BobotKesiapan): PartEval {
  switch (part) {
    case "kader": {
      const min = bobot.kaderAktifMin;
      return {
        berlaku: true,
        capaian: clamp01(input.kaderAktif / min),
        keterangan: `${input.kaderAktif} kader aktif (minimal ${min})`,
        jumlah: { ada: input.kaderAktif, dari: min },
        kekurangan: input.kaderAktif < min ? [`Kader aktif: ada ${input.kaderAktif} dari minimal ${min}`] : [],
      };
    }
    case "keterampilan": {
      if (!input.paket.length) return { berlaku: false, capaian: 0, keterangan: "Katalog keterampilan kosong", kekurangan: [] };
      const covered = input.paket.filter((p) => p.kaderLengkap > 0);
      return {
        berlaku: true,
        capaian: covered.length / input.paket.length,
        keterangan: `${covered.length} dari ${input.paket.length} paket dikuasai sedikitnya satu kader`,
        jumlah: { ada: covered.length, dari: input.paket.length },
        kekurangan: input.paket.filter((p) => p.kaderLengkap === 0).map((p) => `Paket ${p.nama}: belum ada kader yang kompeten di semua keterampilannya`),
      };
    }
    case "sarana": {
      if (input.sarana.total === 0) return { berlaku: false, capaian: 0, keterangan: "Tidak ada item kit yang diwajibkan", kekurangan: [] };
      return {
        berlaku: true,
        capaian: input.sarana.cukup / input.sarana.total,
        keterangan: `${input.sarana.cukup} dari ${input.sarana.total} item kit cukup dan layak`,
        jumlah: { ada: input.sarana.cukup, dari: input.sarana.total },
        kekurangan: input.sarana.kekurangan.map((k) => k.pesan),
      };
    }
    case "prasarana":
      return {
        berlaku: input.prasarana.total > 0,
        capaian: input.prasarana.total ? input.prasarana.ada / input.prasarana.total : 0,
        keterangan: `${input.prasarana.ada} dari ${input.prasarana.total} syarat tempat terpenuhi`,
        jumlah: { ada: input.prasarana.ada, dari: input.prasarana.total },
        kekurangan: input.prasarana.kekurangan,
      };
    case "jadwal":
      return {
        berlaku: true,
        capaian: input.jadwal.ada ? 1 : 0,
        keterangan: input.jadwal.ada ? "Jadwal hari buka rutin sudah ada (data hari buka belum dicatat)" : "Belum ada jadwal hari buka rutin",
        kekurangan: input.jadwal.ada ? [] : ["Jadwal hari buka rutin belum diatur"],
      };
    case "layanan":
      if (!input.layanan) return { berlaku: false, capaian: 0, keterangan: "Belum ada data hari posyandu: bagian ini belum dihitung", kekurangan: [] };
      return {
        berlaku: input.layanan.total > 0,
        capaian: input.layanan.total ? input.layanan.dilayani / input.layanan.total : 0,
        keterangan: `${input.layanan.dilayani} dari ${input.layanan.total} kelompok sasaran dilayani`,
        kekurangan: input.layanan.kurang.map((g) => `Kelompok ${g} belum dilayani`),
      };
  }
}

/** Where each part is fixed, for a posyandu. */
export function hrefFor(part: BagianKesiapan, posyanduId: string): string {
  switch (part) {
    case "kader":
    case "keterampilan":
      return `/posyandu/${posyanduId}/kader`;
    case "sarana":
    case "prasarana":
      return `/posyandu/${posyanduId}/sarana`;
    case "jadwal":
      return `/posyandu/${posyanduId}`;
    case "layanan":
      return `/posyandu/${posyanduId}`;
  }
}

/**
 * Score = 100 × Σ weight × share / Σ weight, over the parts that apply, rounded to a whole number.
 * With no part applying (or all weights 0) the score is 0 and the category "belum siap".
 */
export function computeKesiapan(input: KesiapanInput, bobot: BobotKesiapan, ambang: AmbangKesiapan): KesiapanHasil {
  const evals = BAGIAN_KESIAPAN.map((kode) => ({ kode, ...evaluate(kode, input, bobot) }));
  const totalBobot = evals.reduce((s, e) => s + (e.berlaku ? bobot[e.kode] : 0), 0);
  const scale = totalBobot > 0 ? 100 / totalBobot : 0;
  const bagian: BagianHasil[] = evals.map((e) => {
    const poinMaks = e.berlaku ? bobot[e.kode] * scale : 0;
    return { kode: e.kode, label: LABEL_BAGIAN[e.kode], bobot: bobot[e.kode], berlaku: e.berlaku, capaian: e.berlaku ? e.capaian : 0, poin: poinMaks * (e.berlaku ? e.capaian : 0), poinMaks, keterangan: e.keterangan, ...(e.jumlah ? { jumlah: e.jumlah } : {}) };
  });
  const raw = bagian.reduce((s, b) => s + b.poin, 0);
  // Guard the float sum (e.g. 99.99999) before rounding half up.
  const skor = Math.min(100, Math.max(0, Math.round(Math.round(raw * 1e6) / 1e6)));
  const kekurangan = evals.flatMap((e) => (e.berlaku && bobot[e.kode] > 0 ? e.kekurangan.map((pesan) => ({ bagian: e.kode, pesan, href: hrefFor(e.kode, input.posyanduId) })) : []));
  return { skor, kategori: kategoriOf(skor, ambang), bagian, kekurangan };
}

/** Roll-up of posyandu scores to a desa, puskesmas or kabupaten: the mean and the count per category. */
export function rollUp(items: { skor: number; kategori: KategoriKesiapan }[]): { jumlah: number; rataRata: number | null; perKategori: Record<KategoriKesiapan, number> } {
  const perKategori: Record<KategoriKesiapan, number> = { SIAP: 0, SIAP_BERSYARAT: 0, BELUM_SIAP: 0 };
  for (const i of items) perKategori[i.kategori] += 1;
  const rataRata = items.length ? Math.round((items.reduce((s, i) => s + i.skor, 0) / items.length) * 10) / 10 : null;
  return { jumlah: items.length, rataRata, perKategori };
}

/** The trend between two monthly scores: naik / turun / tetap (null without an earlier month). */
export function trendOf(now: number, before: number | null | undefined): "naik" | "turun" | "tetap" | null {
  if (before === null || before === undefined) return null;
  return now > before ? "naik" : now < before ? "turun" : "tetap";
}
