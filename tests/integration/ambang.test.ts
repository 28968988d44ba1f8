/**
 * The threshold rules (/ambang): only a kabupaten's Dinkes admin changes them, through the form
 * action, each change audited (forged calls by other roles refused, nothing written); a refused value
 * names its field and keeps what was typed; a double submit writes once; the change applies in that
 * kabupaten only; "Kembalikan ke bawaan" deletes the own value, audited.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { testDb, viewer, auditCount, type DemoUsername } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
}));

import { saveAmbangAction, resetAmbangAction } from "../../lib/ambang/actions.ts";
import { loadAmbang, readAturanAmbang } from "../../lib/ambang/queries.ts";
import { AMBANG_ATURAN, TABEL_KBM } from "../../lib/ambang/index.ts";
import { initialActionState } from "../../lib/actions/action-state.ts";

const KUNCI = AMBANG_ATURAN.map((a) => a.kunci);

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
async function as(u: DemoUsername) {
  const v = await viewer(u);
  getViewer.mockResolvedValue(v);
  return v;
}
async function redirectOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(Error);
  const m = /^REDIRECT (.*)$/.exec((e as Error).message);
  expect(m, (e as Error).message).not.toBeNull();
  return m![1];
}
const stored = (kabupatenId: string) => testDb.pengaturan.findMany({ where: { kabupatenId, kunci: { in: KUNCI } }, select: { kunci: true, nilai: true } });
const tdForm = (o: Record<string, string> = {}) => ({
  kunci: "ambang.tdDewasa",
  "normal.sistolik": "120",
  "normal.diastolik": "80",
  "normalTinggi.sistolik": "130",
  "normalTinggi.diastolik": "85",
  "ht1.sistolik": "140",
  "ht1.diastolik": "90",
  "ht2.sistolik": "160",
  "ht2.diastolik": "100",
  "ht3.sistolik": "180",
  "ht3.diastolik": "110",
  rujukMulai: "HT1",
  ...o,
});

afterAll(async () => {
  await testDb.pengaturan.deleteMany({ where: { kunci: { in: KUNCI } } });
});

describe("who may change a rule", () => {
  for (const u of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as DemoUsername[]) {
    it(`${u}: a forged save or reset is refused, nothing written`, async () => {
      const v = await as(u);
      const before = await auditCount();
      expect(await saveAmbangAction(initialActionState, form({ kunci: "ambang.kbm", varian: "B" }))).toMatchObject({ ok: false, message: "Anda tidak berwenang melakukan tindakan ini." });
      expect(await resetAmbangAction(initialActionState, form({ id: "ambang.kbm" }))).toMatchObject({ ok: false, message: "Anda tidak berwenang melakukan tindakan ini." });
      expect(await auditCount()).toBe(before);
      expect(await stored(v.kabupatenId)).toEqual([]);
    });
  }
  it("every role reads the rules in force (the page's query)", async () => {
    for (const u of ["staf.madiun", "kader.melati1", "dinkes.demak"] as DemoUsername[]) {
      const rules = await readAturanAmbang(await viewer(u));
      expect([...rules.keys()]).toEqual(KUNCI);
      expect(rules.get("ambang.kbm")).toMatchObject({ nilai: { varian: "A" }, diubah: false, diubahPada: null });
    }
  });
});

describe("the Dinkes admin changes the KBM variant", () => {
  it("saved, audited once, applies in Madiun only; the same form again writes nothing", async () => {
    const admin = await as("dinkes.madiun");
    const demak = await viewer("dinkes.demak");
    const before = await auditCount();
    expect(await redirectOf(saveAmbangAction(initialActionState, form({ kunci: "ambang.kbm", varian: "B" })))).toBe("/ambang?disimpan=ambang.kbm#ambang-kbm");
    expect(await auditCount()).toBe(before + 1);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "pengaturan" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "CREATE", actorId: admin.id, kabupatenId: admin.kabupatenId, after: { kunci: "ambang.kbm", nilai: { varian: "B" } } });
    const a = await loadAmbang(admin.kabupatenId);
    expect(a.kbmVarian).toBe("B");
    expect(a.kbm).toBe(TABEL_KBM.B);
    expect(a.diubahPada?.["ambang.kbm"]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await loadAmbang(demak.kabupatenId)).kbmVarian).toBe("A");
    const kader = await readAturanAmbang(await viewer("kader.melati1"));
    expect(kader.get("ambang.kbm")).toMatchObject({ nilai: { varian: "B" }, diubah: true });
    expect(kader.get("ambang.kbm")!.diubahPada).toBeInstanceOf(Date);
    // A double submit (the same form twice) writes once.
    await redirectOf(saveAmbangAction(initialActionState, form({ kunci: "ambang.kbm", varian: "B" })));
    expect(await auditCount()).toBe(before + 1);
  });
  it("'Kembalikan ke bawaan' deletes the own value, audited; variant A applies again", async () => {
    const admin = await as("dinkes.madiun");
    const before = await auditCount();
    expect(await redirectOf(resetAmbangAction(initialActionState, form({ id: "ambang.kbm" })))).toBe("/ambang?bawaan=ambang.kbm#ambang-kbm");
    expect(await auditCount()).toBe(before + 1);
    expect(await testDb.auditLog.findFirstOrThrow({ where: { entity: "pengaturan" }, orderBy: { id: "desc" } })).toMatchObject({ action: "DELETE", before: { kunci: "ambang.kbm", nilai: { varian: "B" } } });
    expect((await loadAmbang(admin.kabupatenId)).kbmVarian).toBe("A");
  });
});

describe("refused values", () => {
  it("a non-number names its field and keeps what was typed; nothing written", async () => {
    const admin = await as("dinkes.madiun");
    const before = await auditCount();
    const r = await saveAmbangAction(initialActionState, form(tdForm({ "ht1.sistolik": "seratus" })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { "ht1.sistolik": ["Hipertensi derajat 1: sistolik (mmHg) mulai: harus berupa angka."] } });
    expect(r.values?.["ht1.sistolik"]).toBe("seratus");
    const r2 = await saveAmbangAction(initialActionState, form(tdForm({ "normalTinggi.sistolik": "150" })));
    expect(r2.ok).toBe(false);
    expect(r2.fieldErrors?.["normalTinggi.sistolik"]).toEqual(["Batas tiap kelas harus lebih tinggi dari kelas di bawahnya."]);
    const r3 = await saveAmbangAction(initialActionState, form(tdForm({ "ht1.sistolik": "400" })));
    expect(r3.fieldErrors?.["ht1.sistolik"]).toEqual(["Batas hipertensi derajat 1 sistolik paling besar 250."]);
    const r4 = await saveAmbangAction(initialActionState, form({ kunci: "ambang.tidakAda", varian: "B" }));
    expect(r4.fieldErrors?.kunci).toEqual(["Aturan tidak ditemukan."]);
    expect(await auditCount()).toBe(before);
    expect(await stored(admin.kabupatenId)).toEqual([]);
  });
  it("a decimal comma is read; the other fields keep their value", async () => {
    const admin = await as("dinkes.madiun");
    await redirectOf(saveAmbangAction(initialActionState, form(tdForm({ "ht1.sistolik": "141", rujukMulai: "HT2" }))));
    await redirectOf(saveAmbangAction(initialActionState, form({ kunci: "ambang.kek", lilaCm: "23,0" })));
    const a = await loadAmbang(admin.kabupatenId);
    expect(a.kek.lilaCm).toBe(23);
    expect(a.tdDewasa).toMatchObject({ ht1: { sistolik: 141, diastolik: 90 }, rujukMulai: "HT2", ht3: { sistolik: 180, diastolik: 110 } });
    expect(a.puma.rujukMulai).toBe(6);
  });
});
