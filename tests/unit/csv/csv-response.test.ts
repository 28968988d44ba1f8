import { describe, expect, it } from "vitest";
import { csvResponseBody } from "../../../lib/download/csv-response.ts";
import { toCsv } from "../../../lib/csv/index.ts";

describe("csvResponseBody", () => {
  it("is lib/csv with a BOM, CRLF, formula protection and ';' quoted", () => {
    const rows = [["nama", "tempat", "lintang"], ["=HYPERLINK(1)", "Rumah Pak RT; Dusun Krajan", -7.5], ["@x", "", null]];
    expect(csvResponseBody(rows)).toBe('\uFEFFnama,tempat,lintang\r\n\'=HYPERLINK(1),"Rumah Pak RT; Dusun Krajan",-7.5\r\n\'@x,,\r\n');
    expect(csvResponseBody([["a,b", "-1,5"]])).toBe(toCsv([["a,b", "-1,5"]], { bom: true, protectFormulas: true }));
  });
});
