/** End to end: the real CLI (npx tsx scripts/zscore.ts) on a small file. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../lib/csv/index.ts";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const FIXTURE = [
  "id,sex,birth_date,visit_date,age_days,weight_kg,lenhei_cm,measure,headc_cm,muac_cm,oedema",
  "a,1,,,1001,18,120,,,,",
  "b,P,,,1000,15,80,,,,",
  'c,f,2020-01-01,2024-06-01,,"15,5",100,h,,,y',
  "d,x,,,100,5,55,l,,,",
  ",,,,,,,,,,",
  "e,2,,,7000,60,165,h,,,n",
].join("\n");

describe("npm run zscore (scripts/zscore.ts)", () => {
  it("writes every input column then the z, flag and category columns; summary on stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zscore-cli-"));
    const file = join(dir, "anak.csv");
    writeFileSync(file, FIXTURE);
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/zscore.ts", file], { cwd: root, maxBuffer: 10 * 1024 * 1024 });
    const rows = parseCsv(stdout);
    const [header, ...data] = rows;
    expect(header).toEqual([
      "id", "sex", "birth_date", "visit_date", "age_days", "weight_kg", "lenhei_cm", "measure", "headc_cm", "muac_cm", "oedema",
      "zwei", "zlen", "zwfl", "zbmi", "zhc", "zac",
      "fwei", "flen", "fwfl", "fbmi", "fhc", "fac",
      "kat_bbu", "kat_tbu", "kat_bbtb", "kat_imtu", "kat_lku", "kat_lilau",
      "keterangan",
    ]);
    expect(data.length).toBe(5); // the blank row is skipped
    const get = (id: string, c: string) => data.find((r) => r[0] === id)?.[header.indexOf(c)];
    // anthro README rows 1 and 2
    expect(["zlen", "zwei", "zwfl", "zbmi"].map((c) => get("a", c))).toEqual(["7.31", "2.20", "-2.39", "-3.01"]);
    expect(["flen", "fwei", "fwfl", "fbmi", "fhc"].map((c) => get("a", c))).toEqual(["1", "0", "0", "0", ""]);
    expect(["zlen", "zwei", "zwfl", "zbmi"].map((c) => get("b", c))).toEqual(["-3.50", "0.95", "4.13", "4.66"]);
    expect(get("b", "kat_bbtb")).toBe("Obesitas"); // 4.13 > +3
    expect(get("b", "sex")).toBe("P");
    // oedema (4 years 5 months): no weight-based z-scores, length-for-age computed; decimal comma kept as given
    expect(get("c", "weight_kg")).toBe("15,5");
    expect(get("c", "zwei")).toBe("");
    expect(get("c", "zlen")).not.toBe("");
    expect(get("c", "keterangan")).toContain("edema");
    // bad sex: nothing computed, explained
    expect(get("d", "zwei")).toBe("");
    expect(get("d", "keterangan")).toContain("Jenis kelamin tidak dikenal");
    // 19 years and older: outside WHO's references
    expect(get("e", "zlen")).toBe("");
    expect(get("e", "keterangan")).toContain("Umur 19 tahun atau lebih");
    expect(stderr).toMatch(/Baris dibaca: 5, dihitung: 3, bermasalah: 4, ditandai tidak wajar \(flag WHO\): 1/);
    expect(stderr).toMatch(/rows read: 5, computed: 3, with problems: 4/);
  }, 60_000);

  it("reports a missing file on stderr with exit code 1", async () => {
    const err = await run("npx", ["tsx", "scripts/zscore.ts", "/nonexistent/x.csv"], { cwd: root }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 1 });
    expect(String((err as { stderr: string }).stderr)).toContain("Berkas tidak dapat dibaca");
  }, 60_000);
});
