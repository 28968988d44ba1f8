/** The text, checkbox and double-submit-key helpers that every form schema is built from. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, optionalText, requestId, requiredText } from "../../lib/forms/zod-helpers.ts";

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("requiredText", () => {
  const nama = requiredText("Nama posyandu", 10);
  it("trims and keeps an ordinary name", () => expect(nama.parse("  Melati 1 ")).toBe("Melati 1"));
  it("drops zero-width characters, so a name made only of them is empty", () => {
    expect(messages(nama, "\u200B\u200C\u200D\uFEFF\u2060")).toEqual(["Nama posyandu wajib diisi."]);
    expect(nama.parse("Mel\u200Bati")).toBe("Melati");
  });
  it("normalizes to NFC, so two spellings of é are one name", () => expect(nama.parse("Caf\u0065\u0301")).toBe("Caf\u00e9"));
  it("refuses NUL, tab and line breaks in Bahasa", () => {
    for (const bad of ["Mel\u0000ati", "Mel\tati", "Mel\nati"]) expect(messages(nama, bad)[0]).toMatch(/^Nama posyandu berisi karakter yang tidak dapat dipakai/);
  });
  it("says it is required when the field is missing, and too long at max + 1", () => {
    expect(messages(nama, undefined)).toEqual(["Nama posyandu wajib diisi."]);
    expect(nama.safeParse("x".repeat(10)).success).toBe(true);
    expect(messages(nama, "x".repeat(11))).toEqual(["Nama posyandu paling panjang 10 karakter."]);
  });
});

describe("optionalText", () => {
  const tempat = optionalText("Tempat", 20);
  it("turns empty and invisible-only into null", () => {
    expect(tempat.parse("")).toBeNull();
    expect(tempat.parse("\u200B ")).toBeNull();
    expect(tempat.parse(undefined)).toBeNull();
  });
  it("refuses a NUL byte in Bahasa", () => expect(messages(tempat, "Balai\u0000Desa")[0]).toMatch(/^Tempat berisi karakter/));
});

describe("checkbox", () => {
  it("reads on/true/1 as true and absent as false", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
  });
  it("answers a forged value in Bahasa", () => expect(messages(checkbox, "yes")).toEqual(["Nilai centang tidak sah."]));
});

describe("requestId", () => {
  it("accepts a uuid and an absent key", () => {
    expect(requestId.parse("0b6f1f0e-6c1d-4a57-9d0a-3f1f7a1f2b3c")).toBe("0b6f1f0e-6c1d-4a57-9d0a-3f1f7a1f2b3c");
    expect(requestId.parse(undefined)).toBeUndefined();
  });
  it("refuses an empty or made-up key in Bahasa", () => {
    for (const bad of ["", "x", "a".repeat(64)]) expect(messages(requestId, bad)).toEqual(["Formulir ini tidak sah lagi. Muat ulang halaman, lalu isi kembali."]);
  });
});

describe("messages a schema does not word itself", () => {
  it("are in Bahasa once the helpers are loaded", () => {
    expect(messages(z.enum(["a", "b"]), "c")[0]).toMatch(/^Pilihan tidak valid/);
  });
});
