/**
 * The age and life-cycle group of a person on a date, in SQL, for reports that count registered
 * people by group (the denominators) without loading them: the same completed months and age bands
 * as lib/sasaran/kelompok.ts (umurBulanPada, kelompokPada), which tests/integration/laporan-kelompok-sql.test.ts
 * checks date by date at every band edge.
 */
import { Prisma } from "../generated/prisma/client.ts";
import { KELOMPOK_MULAI_BULAN, KELOMPOK_SASARAN, kelompokPada, umurBulanPada, type Kelompok } from "../sasaran/kelompok.ts";
import { addDays } from "../posyandu/jadwal.ts";

/**
 * The band edges, read off kelompokPada itself (one person born 2000-01-01, month by month to 100
 * years) so that the SQL never holds a second copy of the bands: [{kelompok, sampaiBulan}] where
 * the group holds while the age in months is below `sampaiBulan`.
 */
function bacaBatas(): { kelompok: Kelompok; sampaiBulan: number }[] {
  const out: { kelompok: Kelompok; sampaiBulan: number }[] = [];
  let now = kelompokPada("2000-01-01", "2000-01-01");
  for (let m = 1; m <= 1200; m++) {
    const tanggal = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
    const k = kelompokPada("2000-01-01", tanggal);
    if (k !== now) {
      out.push({ kelompok: now, sampaiBulan: m });
      now = k;
    }
  }
  out.push({ kelompok: now, sampaiBulan: Number.MAX_SAFE_INTEGER });
  return out;
}
export const BATAS_KELOMPOK = bacaBatas();

/**
 * Completed months from `lahir` to `tanggal` (a YYYY-MM-DD string), counted as umurBulanPada does:
 * calendar months, one less when the day of the month is not reached, except that the last day of
 * a month completes it (born 31 January → 1 month on 29 February; PostgreSQL's age() would say 0).
 * `tanggal` is a constant of the report, so only three extracts run per row.
 */
export function umurBulanSql(lahir: Prisma.Sql, tanggal: string): Prisma.Sql {
  const [y, m, d] = tanggal.split("-").map(Number);
  const akhirBulan = new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
  const kurang = akhirBulan ? Prisma.sql`0` : Prisma.sql`CASE WHEN extract(day FROM ${lahir}) > ${d}::int THEN 1 ELSE 0 END`;
  return Prisma.sql`(${y * 12 + m}::int - (extract(year FROM ${lahir}) * 12 + extract(month FROM ${lahir}))::int - ${kurang})`;
}

/** The KelompokSasaran (as text) of an age in completed months already computed (a column). */
export function kelompokDariUmurSql(umur: Prisma.Sql): Prisma.Sql {
  const cases = BATAS_KELOMPOK.slice(0, -1).map((b) => Prisma.sql`WHEN ${umur} < ${b.sampaiBulan}::int THEN ${b.kelompok}::text`);
  return Prisma.sql`(CASE ${Prisma.join(cases, " ")} ELSE ${BATAS_KELOMPOK.at(-1)!.kelompok}::text END)`;
}

/** The KelompokSasaran on `tanggal`, as text. */
export function kelompokSql(lahir: Prisma.Sql, tanggal: string): Prisma.Sql {
  return kelompokDariUmurSql(umurBulanSql(lahir, tanggal));
}

/**
 * The latest birth date at which a person is at least `umurBulan` completed months old on `tanggal`
 * (umurBulanPada decides; it only grows as the birth date moves back, so a binary search over days
 * finds the edge). Lets the reports count people of an age band with plain date comparisons on
 * tanggal_lahir (index-only, no per-row arithmetic).
 */
export function lahirPalingAkhir(tanggal: string, umurBulan: number): string {
  let lo = -(umurBulan + 2) * 31 - 2; // days from tanggal: old enough
  let hi = 1; // born after tanggal: never old enough
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (umurBulanPada(addDays(tanggal, mid), tanggal) >= umurBulan) lo = mid;
    else hi = mid;
  }
  return addDays(tanggal, lo);
}

/** `lahir` gives an age of `dari`–`sampai` completed months (inclusive; `sampai` null = no upper bound) on `tanggal`. */
export function umurAntaraSql(lahir: Prisma.Sql, tanggal: string, dari: number, sampai: number | null): Prisma.Sql {
  const atas = Prisma.sql`${lahir} <= ${lahirPalingAkhir(tanggal, dari)}::date`;
  return sampai === null ? atas : Prisma.sql`(${atas} AND ${lahir} > ${lahirPalingAkhir(tanggal, sampai + 1)}::date)`;
}

/** `lahir` puts the person in `kelompok` on `tanggal`. */
export function kelompokIsSql(lahir: Prisma.Sql, tanggal: string, kelompok: Kelompok): Prisma.Sql {
  const i = KELOMPOK_SASARAN.indexOf(kelompok);
  const next = KELOMPOK_SASARAN[i + 1];
  return umurAntaraSql(lahir, tanggal, KELOMPOK_MULAI_BULAN[kelompok], next ? KELOMPOK_MULAI_BULAN[next] - 1 : null);
}
