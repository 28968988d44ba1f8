/**
 * POST /api/pemeriksaan as a device (or a forger) calls it: the guard (signed in, same origin), the
 * capped JSON body, the answers the screen acts on (200 with the id, 404 outside scope, 409 a closed
 * day for a kader, 422 refused values per field, 413 too large), and no second row on a resend.
 * The session is mocked (getViewer); viewers and data come from the real database.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, KLOROGAN } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer() }));
const route = await import("../../app/api/pemeriksaan/route.ts");

const HOST = { host: "localhost:3000" };
const post = (body: unknown, headers: Record<string, string> = { origin: "http://localhost:3000" }) =>
  route.POST(new Request("http://localhost:3000/api/pemeriksaan", { method: "POST", headers: { ...HOST, "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }));

let hari: string, hariMawar2: string, hariTutup: string, anak: string;

async function hariBuka(posyandu: string, tanggal: string, ditutup = false) {
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: posyandu }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  return (await testDb.hariBuka.create({ data: { id: randomUUID(), kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: posyandu, tanggal: new Date(`${tanggal}T00:00:00Z`), ditutupAt: ditutup ? new Date() : null }, select: { id: true } })).id;
}

beforeAll(async () => {
  const melati1 = await posyanduId(KLOROGAN, "Melati 1");
  const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
  hari = await hariBuka(melati1, "2026-05-12");
  hariTutup = await hariBuka(melati1, "2026-04-14", true);
  hariMawar2 = await hariBuka(mawar2, "2026-05-14");
  const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: melati1 }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
  anak = (await testDb.sasaran.create({ data: { kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: melati1, nama: "Rute Anak Tes", namaKunci: "ruteanaktes", jenisKelamin: "L", tanggalLahir: new Date("2025-01-20T00:00:00Z") }, select: { id: true } })).id;
});

describe("POST /api/pemeriksaan", () => {
  it("a kader's entry: 200 with the id; a resend answers the same id and writes nothing more", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const body = { id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: 9.4, tinggiCm: 76, caraUkur: "TELENTANG", diukurOleh: "KADER" };
    const first = await post(body);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, id: body.id, status: "created" });
    const again = await Promise.all([post(body), post(body), post(body)]);
    for (const r of again) expect(await r.json()).toMatchObject({ ok: true, id: body.id, status: "unchanged" });
    expect(await testDb.pemeriksaan.count({ where: { hariBukaId: hari, sasaranId: anak } })).toBe(1);
  });
  it("refuses a cross-origin or origin-less post (403) and a signed-out one (401) before reading anything", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const body = { id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: 9.5 };
    expect((await post(body, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(body, {})).status).toBe(403);
    getViewer.mockResolvedValue(null);
    expect((await post(body)).status).toBe(401);
  });
  it("answers 404 outside scope, 403 for roles that neither record nor correct", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    expect((await post({ id: randomUUID(), hariBukaId: hariMawar2, sasaranId: anak, beratKg: 9 })).status).toBe(404);
    getViewer.mockResolvedValue(await viewer("pkm.kaibon"));
    expect((await post({ id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: 9 })).status).toBe(404);
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    expect((await post({ id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: 9 })).status).toBe(403);
  });
  it("422 with the field for refused values and bad input; 409 on a closed day for a kader; 400 unreadable; 413 too large", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const r300 = await post({ id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: 300 });
    expect(r300.status).toBe(422);
    expect((await r300.json()).fieldErrors.beratKg[0]).toMatch(/Berat/);
    const teks = await post({ id: randomUUID(), hariBukaId: hari, sasaranId: anak, beratKg: "sembilan" });
    expect(teks.status).toBe(422);
    expect((await teks.json()).fieldErrors.beratKg[0]).toBe("Berat badan harus berupa angka.");
    const tutup = await post({ id: randomUUID(), hariBukaId: hariTutup, sasaranId: anak, beratKg: 9 });
    expect(tutup.status).toBe(409);
    expect((await post("{bukan json")).status).toBe(400);
    expect((await post({ id: randomUUID(), hariBukaId: hari, sasaranId: anak, catatan: "x".repeat(600 * 1024) })).status).toBe(413);
    expect(await testDb.pemeriksaan.count({ where: { hariBukaId: { in: [hariTutup, hariMawar2] } } })).toBe(0);
  });
});
