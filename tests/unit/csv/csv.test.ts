import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, parseCsvDetailed, toCsv, toCsvLine, toCsvReferensi, type CsvCell, type ToCsvOptions } from "../../../lib/csv/index.ts";

describe("parseCsv (RFC 4180)", () => {
  it("plain fields, LF and CRLF, no empty last row for a final line end", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\r\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a\rb")).toEqual([["a"], ["b"]]);
  });
  it("quoted fields with delimiters, escaped quotes and line breaks", () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny"\n')).toEqual([["a,b", 'say "hi"', "x\r\ny"]]);
    expect(parseCsv('"",x')).toEqual([["", "x"]]);
    expect(parseCsv('""""')).toEqual([['"']]);
  });
  it("empty fields, trailing delimiter, empty lines", () => {
    expect(parseCsv("a,,c,\n")).toEqual([["a", "", "c", ""]]);
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv(",")).toEqual([["", ""]]);
  });
  it("strips a UTF-8 BOM", () => {
    expect(parseCsv("\uFEFFsex,bb\n1,2")).toEqual([["sex", "bb"], ["1", "2"]]);
  });
  it("is lenient with stray quotes and unterminated quotes", () => {
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', "d"]]);
    expect(parseCsv('"ab"c,d')).toEqual([["abc", "d"]]);
    expect(parseCsv('"abc')).toEqual([["abc"]]);
  });
  it("detects ; (Indonesian Excel) and tab from the header line, ignoring quoted parts", () => {
    expect(detectDelimiter("jk;bb;tb\n1;12,5;80")).toBe(";");
    expect(parseCsv("jk;bb;tb\r\n1;12,5;80\r\n")).toEqual([["jk", "bb", "tb"], ["1", "12,5", "80"]]);
    expect(detectDelimiter('"a;b;c",d\n')).toBe(",");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter("a,b;c\n")).toBe(",");
    expect(parseCsvDetailed("a;b", { delimiter: "," }).rows).toEqual([["a;b"]]);
  });
});

describe("toCsv", () => {
  it("quotes only when needed and ends every row with the newline", () => {
    expect(toCsv([["a", "b,c", 'd"e', "f\ng", 1.5, null, undefined, -1.23]])).toBe('a,"b,c","d""e","f\ng",1.5,,,-1.23\r\n');
    expect(toCsv([["a"], ["b"]], { newline: "\n" })).toBe("a\nb\n");
    expect(toCsv([])).toBe("");
    expect(toCsv([["x;y", "z"]], { delimiter: ";" })).toBe('"x;y";z\r\n');
    expect(toCsv([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, 0]])).toBe(",,0\r\n");
  });
  it("formula protection is off by default and never touches numbers", () => {
    expect(toCsvLine(["=SUM(A1)", "-1.23", "+5", "@x"])).toBe("=SUM(A1),-1.23,+5,@x");
    expect(toCsvLine(["=SUM(A1)", "-1.23", "+5", "@x", "-", "-abc", "12,5", -2], { protectFormulas: true })).toBe(
      `'=SUM(A1),-1.23,+5,'@x,'-,'-abc,"12,5",-2`,
    );
  });
  it("writes byte for byte what csv-stringify writes with the same options, on random cells", () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ["a", "Desa", " ", ",", ";", '"', "\r", "\n", "\t", "=", "+", "-", "@", "'", "1", "2.5", "é", "", "-1.23", "12,5"];
    const cell = (): CsvCell => {
      const r = rand();
      if (r < 0.05) return null;
      if (r < 0.08) return undefined;
      if (r < 0.2) return [0, -2, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -0.001][Math.floor(rand() * 7)];
      let s = "";
      const n = Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rand() * pieces.length)];
      return s;
    };
    const options: ToCsvOptions[] = [{}, { protectFormulas: true }, { protectFormulas: true, quoteSemicolons: true, bom: true }, { delimiter: ";", newline: "\n" }, { delimiter: "\t", protectFormulas: true }];
    for (const o of options) {
      for (let k = 0; k < 200; k++) {
        const rows = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Array.from({ length: 1 + Math.floor(rand() * 6) }, cell));
        expect(toCsv(rows, o), JSON.stringify({ rows, o })).toBe(toCsvReferensi(rows, o));
      }
    }
    expect(toCsv([], { bom: true })).toBe(toCsvReferensi([], { bom: true }));
  });
  it("round-trips through parseCsv", () => {
    const rows = [["id", "catatan"], ["1", 'kata "ya", lalu\r\nbaris baru'], ["2", ""]];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv(toCsv(rows, { delimiter: ";", newline: "\n" }))).toEqual(rows);
  });
});
