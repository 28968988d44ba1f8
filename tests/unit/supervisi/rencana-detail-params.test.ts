/** A plan page's URL state (page of its visits, what was just saved). */
import { describe, expect, it } from "vitest";
import { ZRencanaDetailParams } from "../../../lib/rencana/schemas.ts";

describe("ZRencanaDetailParams", () => {
  it("reads the page and the saved notice", () => {
    expect(ZRencanaDetailParams.parse({ page: "3", disimpan: "kunjungan" })).toEqual({ page: 3, disimpan: "kunjungan" });
  });
  it("falls back to page 1 for a missing, zero, negative or non-number page", () => {
    for (const page of [undefined, "0", "-2", "abc", "1.5", ["2", "3"]]) expect(ZRencanaDetailParams.parse({ page }).page).toBe(1);
  });
  it("drops an overlong notice key", () => {
    expect(ZRencanaDetailParams.parse({ disimpan: "x".repeat(21) }).disimpan).toBeUndefined();
  });
});
