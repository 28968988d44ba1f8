/**
 * The feedback sheet and its PDF: only submitted visits in scope (a kader: its own posyandu), the
 * same content on the page and in the PDF, the PDF's text read back with unpdf (site, score,
 * category, follow-ups, page numbers), the download's name, headers and audit row, and its time.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { testDb, viewer, posyanduId, desaId, auditCount, KLOROGAN, type DemoUsername } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));

import { getLembarSumber } from "../../lib/supervisi/lembar-data.ts";
import { buildLembar } from "../../lib/supervisi/lembar.ts";
import { lembarPdf } from "../../lib/supervisi/pdf.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { createSelesaiVisit } from "../../prisma/seed-supervisi.ts";
import { GET } from "../../app/(app)/supervisi/kunjungan/[id]/pdf/route.ts";

const created: string[] = [];
afterAll(async () => {
  await testDb.kunjunganSupervisi.deleteMany({ where: { id: { in: created } } });
});
beforeEach(() => getViewer.mockReset());

async function melatiVisit() {
  return (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { posyandu: { nama: "Melati 1", desa: { kode: KLOROGAN } }, status: "SELESAI", tanggal: new Date("2024-05-14T00:00:00Z") }, select: { id: true } })).id;
}
async function banyumenengVisit() {
  return (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { desa: { kode: "33.21.01.2001" }, tanggal: new Date("2024-02-06T00:00:00Z") }, select: { id: true } })).id;
}
async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), totalPages };
}

describe("who may read a sheet", () => {
  const cases: [DemoUsername, boolean][] = [["dinkes.madiun", true], ["staf.madiun", true], ["pkm.geger", true], ["bidan.klorogan", true], ["kader.melati1", true], ["kader.mawar2", false], ["pkm.kaibon", false], ["dinkes.demak", false]];
  for (const [u, ok] of cases) {
    it(`${u} ${ok ? "reads" : "gets 'not found' for"} Melati 1's sheet`, async () => {
      const p = getLembarSumber(await viewer(u), await melatiVisit());
      if (ok) expect((await p).posyandu).toBe("Melati 1");
      else await expect(p).rejects.toBeInstanceOf(NotFoundError);
    });
  }
  it("a visit not yet submitted has no sheet, even for the Dinkes", async () => {
    const v = await createSelesaiVisit(testDb, { kabupatenId: (await viewer("dinkes.madiun")).kabupatenId, instrumenKode: "ILP-POSYANDU", desaId: await desaId(KLOROGAN), posyanduId: await posyanduId(KLOROGAN, "Melati 1"), tanggal: "2024-09-10", peserta: [] });
    created.push(v.id);
    await testDb.kunjunganSupervisi.update({ where: { id: v.id }, data: { status: "BERLANGSUNG" } });
    await expect(getLembarSumber(await viewer("dinkes.madiun"), v.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the sheet's content (Demak, Banyumeneng 6 February 2024)", () => {
  it("site with kecamatan and puskesmas, team and attendance, scores by domain, follow-ups, signatures", async () => {
    const l = buildLembar(await getLembarSumber(await viewer("dinkes.demak"), await banyumenengVisit()));
    expect(l.identitas).toEqual(expect.arrayContaining([["Sasaran", "Desa Banyumeneng"], ["Kecamatan", "Mranggen"], ["Puskesmas", "Puskesmas Mranggen III"], ["Tanggal kunjungan", "6 Februari 2024"]]));
    expect(l.tim.map((p) => p.peran)).toEqual(["Kesmas Dinkes (Gizi)", "Kesmas Dinkes (KIA)"]);
    expect(l.hadir.map((p) => p.peran)).toEqual(expect.arrayContaining(["Ketua Pustu", "Kader", "Perangkat desa", "Dokter", "Promkes", "Gizi"]));
    expect(l.skor.domain.map((d) => d.nama)).toHaveLength(5);
    expect(l.skor.kategori).toBe("Belum siap");
    expect(l.skor.penjelasan.join(" ")).toMatch(/SDM-02 Pustu memiliki perawat/);
    expect(l.tindakLanjut.map((t) => t.pemilik)).toEqual(["Puskesmas Mranggen III (ilustratif) (Puskesmas)", "Bidang SDK Dinkes Demak (ilustratif) (Dinkes)"]);
    expect(l.tandaTangan.map((t) => t.nama)).toEqual(["Endang Sulistyowati, SKM (ilustratif)", "Sri Wahyuni, A.Md.Keb (ilustratif)", "Ahmad Fauzi (ilustratif)"]);
  });
  it("the May visit lists the earlier follow-ups it verified", async () => {
    const may = (await testDb.kunjunganSupervisi.findFirstOrThrow({ where: { desa: { kode: "33.21.01.2001" }, tanggal: new Date("2024-05-14T00:00:00Z") }, select: { id: true } })).id;
    const l = buildLembar(await getLembarSumber(await viewer("dinkes.demak"), may));
    expect(l.verifikasi.map((v) => v.hasil).sort()).toEqual(["Belum", "Selesai"]);
  });
});

describe("the PDF", () => {
  it("its text holds the site, the score, the category and the follow-ups; A4 pages numbered", async () => {
    const s = await getLembarSumber(await viewer("dinkes.demak"), await banyumenengVisit());
    const l = buildLembar(s);
    const started = performance.now();
    const bytes = await lembarPdf(l);
    const ms = performance.now() - started;
    const { text, totalPages } = await pdfText(bytes);
    expect(text).toContain("Lembar Umpan Balik Supervisi");
    expect(text).toContain("Desa Banyumeneng");
    expect(text).toContain(`Skor total ${l.skor.total}`);
    expect(text).toContain("Kategori: Belum siap");
    expect(text).toContain("Pustu Banyumeneng belum memiliki perawat.");
    expect(text).toContain("Bidang SDK Dinkes Demak");
    expect(text).toContain("30 Juni 2024");
    expect(text).toContain(`Halaman 1 dari ${totalPages}`);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const page = await pdf.getPage(1);
    const [, , w, h] = page.view;
    expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    console.log(`PDF lembar supervisi: ${totalPages} halaman, ${bytes.length} byte, ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);
  });
  it("the route: attachment named after the site and date, audited; 'not found' outside the scope", async () => {
    const id = await melatiVisit();
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const before = await auditCount();
    const started = performance.now();
    const res = await GET(new Request(`http://localhost/supervisi/kunjungan/${id}/pdf`), { params: Promise.resolve({ id }) });
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="lembar-supervisi-melati-1-2024-05-14.pdf"');
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("Posyandu Melati 1");
    expect(text).toContain("Register ibu hamil belum diisi lengkap.");
    expect(await auditCount()).toBe(before + 1);
    expect(await testDb.auditLog.findFirstOrThrow({ where: { entity: "lembar_supervisi", entityId: id }, orderBy: { at: "desc" } })).toMatchObject({ action: "DOWNLOAD" });
    console.log(`Rute PDF (muat + susun + tulis + audit): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);

    getViewer.mockResolvedValue(await viewer("kader.mawar2"));
    const refused = await GET(new Request(`http://localhost/supervisi/kunjungan/${id}/pdf`), { params: Promise.resolve({ id }) });
    expect(refused.status).toBe(404);
    expect(await auditCount()).toBe(before + 1);
  });
});
