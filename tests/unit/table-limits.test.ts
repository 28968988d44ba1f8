import { describe, expect, it } from "vitest";
import { fileSizeLabel, tooLargeMessage } from "../../lib/table/limits.ts";
import { IMPORT_LIMITS } from "../../lib/impor/limits.ts";
import { parseHari } from "../../lib/impor/validate.ts";
import { HARI } from "../../lib/i18n/format.ts";

describe("one file-size label and shared limits", () => {
  it("labels sizes in Indonesian", () => {
    expect([1, 840 * 1024, 4.2 * 1024 * 1024, 5 * 1024 * 1024].map(fileSizeLabel)).toEqual(["1 KB", "840 KB", "4,2 MB", "5 MB"]);
  });
  it("says the import's limit as the form and the server both show it", () => {
    expect(tooLargeMessage(6 * 1024 * 1024, IMPORT_LIMITS)).toBe("Berkas terlalu besar: 6 MB, paling besar 5 MB. Bagi menjadi beberapa berkas.");
  });
});

describe("day names in the import", () => {
  it("reads every name of HARI, any case, and the other spellings", () => {
    expect(HARI.slice(1).map((h) => parseHari(h.toUpperCase()))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(["Jum'at", "ahad", "3", "Senen"].map(parseHari)).toEqual([5, 7, 3, undefined]);
  });
});
