/**
 * The form primitives, rendered to HTML without a browser: what a screen reader and a thumb depend on
 * (label tied to the control, hint and error read with it, invalid and required announced, the
 * typed value kept after a refused submit, the comma keypad for decimals).
 */
import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckboxField, DateField, NumberField, SelectField, TextField } from "@/components/ui/form-fields";
import { Field, formFields } from "@/components/ui/field";

/** Parses the markup with a tiny DOM: enough to read attributes of the elements by tag. */
function render(el: React.ReactElement) {
  const html = renderToStaticMarkup(el);
  const tag = (name: string) => {
    const m = html.match(new RegExp(`<${name}\\b[^>]*>`));
    if (!m) throw new Error(`no <${name}> in ${html}`);
    return m[0];
  };
  const attr = (name: string, a: string) => tag(name).match(new RegExp(`\\s${a}="([^"]*)"`, "i"))?.[1];
  const has = (name: string, a: string) => new RegExp(`\\s${a}(=|\\s|/?>)`, "i").test(tag(name));
  const byId = (id: string) => html.match(new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([^<]*)`))?.[2];
  return { html, attr, has, byId };
}

describe("TextField", () => {
  it("ties the label to the control, and lists error then hint in aria-describedby", () => {
    const r = render(h(TextField, { name: "nama", label: "Nama posyandu", hint: "Contoh: Kemuning 1", errors: ["Nama posyandu wajib diisi.", "Kedua."], defaultValue: "abc" }));
    expect(r.attr("label", "for")).toBe("nama");
    expect(r.attr("input", "id")).toBe("nama");
    expect(r.attr("input", "name")).toBe("nama");
    expect(r.attr("input", "aria-describedby")).toBe("nama-error nama-hint");
    expect(r.attr("input", "aria-invalid")).toBe("true");
    expect(r.byId("nama-hint")).toBe("Contoh: Kemuning 1");
    // Every message, not only the first; role=alert so a screen reader hears it after a submit.
    expect(r.byId("nama-error")).toBe("Nama posyandu wajib diisi. Kedua.");
    expect(r.html).toMatch(/id="nama-error"[^>]*role="alert"|role="alert"[^>]*id="nama-error"/);
    expect(r.attr("input", "value")).toBe("abc");
  });

  it("says nothing about errors when there are none, and describes by the hint alone", () => {
    const r = render(h(TextField, { name: "tempat", label: "Tempat", hint: "Contoh" }));
    expect(r.has("input", "aria-invalid")).toBe(false);
    expect(r.attr("input", "aria-describedby")).toBe("tempat-hint");
    expect(r.html).not.toContain("tempat-error");
    expect(r.has("input", "required")).toBe(false);
  });

  it("has no aria-describedby without hint or error", () => {
    const r = render(h(TextField, { name: "kode", label: "Kode" }));
    expect(r.has("input", "aria-describedby")).toBe(false);
  });

  it("marks required visibly (star hidden from screen readers) and on the control", () => {
    const r = render(h(TextField, { name: "username", label: "Nama pengguna", required: true }));
    expect(r.has("input", "required")).toBe(true);
    expect(r.html).toContain('<span class="text-red-700" aria-hidden="true"> *</span>');
  });

  it("is full width and touch-sized, and passes other attributes through", () => {
    const r = render(h(TextField, { name: "current", label: "Kata sandi", type: "password", autoComplete: "current-password", maxLength: 60 }));
    expect(r.attr("input", "type")).toBe("password");
    expect(r.attr("input", "autocomplete")).toBe("current-password");
    expect(r.attr("input", "maxlength")).toBe("60");
    expect(r.attr("input", "class")).toContain("w-full");
    expect(r.attr("input", "class")).toContain("min-h-11");
  });

  it("takes an id other than the name, and extra describing ids", () => {
    const r = render(h(TextField, { name: "q", id: "f-q", label: "Cari", describedBy: "elsewhere", invalid: true }));
    expect(r.attr("label", "for")).toBe("f-q");
    expect(r.attr("input", "id")).toBe("f-q");
    expect(r.attr("input", "name")).toBe("q");
    expect(r.attr("input", "aria-describedby")).toBe("elsewhere");
    expect(r.attr("input", "aria-invalid")).toBe("true");
  });
});

describe("NumberField", () => {
  it("is a text input with the comma keypad for decimals", () => {
    const r = render(h(NumberField, { name: "bb", label: "Berat badan (kg)", defaultValue: "10,1" }));
    expect(r.attr("input", "type")).toBe("text");
    expect(r.attr("input", "inputmode")).toBe("decimal");
    expect(r.attr("input", "value")).toBe("10,1");
    expect(r.attr("input", "autocomplete")).toBe("off");
  });

  it("uses the digits keypad for whole numbers", () => {
    const r = render(h(NumberField, { name: "umur", label: "Umur", decimal: false }));
    expect(r.attr("input", "inputmode")).toBe("numeric");
  });
});

describe("DateField", () => {
  it("is a date input with its limits and kept value", () => {
    const r = render(h(DateField, { name: "tgl_lahir", label: "Tanggal lahir", max: "2026-11-20", defaultValue: "2024-05-10", errors: ["Salah."], required: true }));
    expect(r.attr("input", "type")).toBe("date");
    expect(r.attr("input", "max")).toBe("2026-11-20");
    expect(r.attr("input", "value")).toBe("2024-05-10");
    expect(r.attr("input", "aria-describedby")).toBe("tgl_lahir-error");
    expect(r.has("input", "required")).toBe(true);
  });
});

describe("SelectField", () => {
  it("renders the empty choice, the options, and keeps the chosen one", () => {
    const r = render(h(SelectField, { name: "jadwalHari", label: "Hari", placeholder: "Belum ada jadwal", options: [{ value: 1, label: "Senin" }, { value: 2, label: "Selasa" }], defaultValue: "2", errors: ["Pilih hari."] }));
    expect(r.attr("label", "for")).toBe("jadwalHari");
    expect(r.attr("select", "id")).toBe("jadwalHari");
    expect(r.attr("select", "aria-invalid")).toBe("true");
    expect(r.attr("select", "aria-describedby")).toBe("jadwalHari-error");
    expect(r.html).toContain('<option value="">Belum ada jadwal</option>');
    expect(r.html).toContain('<option value="2" selected="">Selasa</option>');
    expect(r.attr("select", "class")).toContain("w-full");
  });

  it("takes optgroups as children", () => {
    const r = render(h(SelectField, { name: "desaId", label: "Desa", placeholder: "Pilih desa…", defaultValue: "a" }, h("optgroup", { label: "Kec. Sukamaju" }, h("option", { value: "a" }, "Sukamaju"))));
    expect(r.html).toContain('<optgroup label="Kec. Sukamaju"><option value="a" selected="">Sukamaju</option></optgroup>');
  });
});

describe("CheckboxField", () => {
  it("ties the label beside the box, and keeps the tick", () => {
    const r = render(h(CheckboxField, { name: "isActive", label: "Posyandu aktif", defaultChecked: true, hint: "Catatan", errors: ["Salah."] }));
    expect(r.attr("input", "type")).toBe("checkbox");
    expect(r.attr("label", "for")).toBe("isActive");
    expect(r.has("input", "checked")).toBe(true);
    expect(r.attr("input", "aria-describedby")).toBe("isActive-error isActive-hint");
    expect(r.attr("input", "aria-invalid")).toBe("true");
    // The row is at least 44 px tall, so a thumb hits the box or its label.
    expect(r.html).toContain("min-h-11");
  });

  it("posts its value under its name", () => {
    const r = render(h(CheckboxField, { name: "catchment", id: "c-1", value: "1", label: "Sukamaju" }));
    expect(r.attr("input", "name")).toBe("catchment");
    expect(r.attr("input", "value")).toBe("1");
    expect(r.attr("label", "for")).toBe("c-1");
    expect(r.has("input", "checked")).toBe(false);
  });
});

describe("Field (for controls the primitives do not cover)", () => {
  it("hands the wiring to its control", () => {
    const r = render(h(Field, { name: "berkas", label: "Berkas", hint: "Paling besar 5 MB.", required: true, children: (c) => h("input", { ...c, type: "file" }) }));
    expect(r.attr("input", "id")).toBe("berkas");
    expect(r.attr("input", "aria-describedby")).toBe("berkas-hint");
    expect(r.has("input", "required")).toBe(true);
  });
});

describe("formFields", () => {
  it("keeps what the user typed over the stored record, and gives each field its errors", () => {
    const f = formFields({ ok: false, values: { nama: "Baru", isActive: "on" }, fieldErrors: { nama: ["Salah."] } }, { nama: "Lama", tempat: "Balai", latitude: null, isActive: false });
    expect(f.field("nama")).toEqual({ name: "nama", defaultValue: "Baru", errors: ["Salah."] });
    expect(f.field("tempat")).toEqual({ name: "tempat", defaultValue: "Balai", errors: undefined });
    expect(f.value("latitude")).toBe("");
    expect(f.isChecked("isActive")).toBe(true);
  });

  it("reads a stored true and a custom checked value", () => {
    expect(formFields({ ok: false }, { isActive: true }).isChecked("isActive")).toBe(true);
    expect(formFields({ ok: false, values: { edema: "ya" } }).isChecked("edema", "ya")).toBe(true);
    expect(formFields({ ok: false }).isChecked("edema", "ya")).toBe(false);
  });

  it("keeps a refused submit's values and a typed value in a rendered field", () => {
    const f = formFields({ ok: false, values: { latitude: "abc" }, fieldErrors: { latitude: ["Lintang harus berupa angka."] } });
    const r = render(h(NumberField, { ...f.field("latitude"), label: "Lintang" }));
    expect(r.attr("input", "value")).toBe("abc");
    expect(r.byId("latitude-error")).toBe("Lintang harus berupa angka.");
  });
});
