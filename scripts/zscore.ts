/**
 * WHO z-scores for a CSV of child measurements.
 *
 *   npm run -s zscore -- input.csv > output.csv
 *   npm run -s zscore -- - < input.csv          (read standard input)
 *
 * Input columns: sex (1/L, 2/P, m/f), age_days or birth_date + visit_date (YYYY-MM-DD),
 * weight_kg, lenhei_cm, measure (l/h/empty), optional headc_cm, muac_cm, oedema (y/n).
 * Bahasa names are accepted too (jk, tgl_lahir, tgl_ukur, umur_hari, bb, tb/pb, cara_ukur, lk, lila,
 * edema). Decimal commas ("12,5") and ;-separated files are read.
 * Output (standard output): every input column, then zwei zlen zwfl zbmi zhc zac, fwei … fac,
 * kat_bbu … kat_lilau and keterangan. A summary goes to standard error.
 */
import { readFileSync } from "node:fs";
import { formatSummary } from "../lib/pertumbuhan/batch.ts";
import { processCsvText } from "./lib/zscore-csv.ts";

const USAGE =
  "Pemakaian: npm run -s zscore -- <berkas.csv | -> [--crlf] [--bom] [--protect-formulas]\n" +
  "Usage: npm run -s zscore -- <input.csv | -> [--crlf] [--bom] [--protect-formulas]\n";

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--") || a === "-");
  if (flags.has("--help") || files.length !== 1) {
    process.stderr.write(USAGE);
    return flags.has("--help") ? 0 : 2;
  }
  const path = files[0];
  let text: string;
  try {
    text = path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    process.stderr.write(`Berkas tidak dapat dibaca (cannot read file): ${path}: ${reason}\n`);
    return 1;
  }
  const started = performance.now();
  const out = processCsvText(text, {
    newline: flags.has("--crlf") ? "\r\n" : "\n",
    bom: flags.has("--bom"),
    protectFormulas: flags.has("--protect-formulas"),
  });
  process.stdout.write(out.csv);
  for (const p of out.headerProblems) process.stderr.write(`Peringatan: ${p}\n`);
  const ms = performance.now() - started;
  process.stderr.write(`${formatSummary(out.summary)}; ${ms.toFixed(0)} ms\n`);
  return 0;
}

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
