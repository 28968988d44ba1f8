/**
 * Forged server-action calls on sasaran: ids of another posyandu, desa or kabupaten answer "tidak
 * ditemukan" (or "tidak berwenang" without the permission), nothing is written, and what was typed
 * comes back. createSasaranAction answers the person's id, the same id for a resend.
 */
import { describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, auditCount, KLOROGAN, KAIBON } from "../support/db.ts";
import { makeSasaran } from "../support/sasaran.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer(), requireViewer: () => getViewer() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { initialActionState } from "../../lib/actions/action-state.ts";
import {
  addStatusAction, applySasaranImportAction, createSasaranAction, endStatusAction, mergeSasaranAction, nonaktifkanSasaranAction, saveTargetAction, updateSasaranAction,
  type SasaranCreatedState,
} from "../../lib/sasaran/actions.ts";

const form = (v: Record<string, string>) => {
  const f = new FormData();
  for (const [k, x] of Object.entries(v)) f.set(k, x);
  return f;
};
const NOT_FOUND = { ok: false, message: "Data tidak ditemukan." };
const FORBIDDEN = { ok: false, message: "Anda tidak berwenang melakukan tindakan ini." };
const as = async (u: Parameters<typeof viewer>[0]) => getViewer.mockResolvedValue(await viewer(u));

describe("sasaran actions called with forged ids", () => {
  it("create: own posyandu answers the id (the same for a resend); another posyandu or a Dinkes account writes nothing", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    await as("kader.melati1");
    const id = randomUUID();
    const fields = { nama: `Aksi ${id.slice(0, 4)}`, jenisKelamin: "L", tanggalLahir: "2024-01-01", posyanduId: m1, id };
    const r = (await createSasaranAction(initialActionState, form(fields))) as SasaranCreatedState;
    expect(r).toMatchObject({ ok: true, id, created: true });
    expect(await createSasaranAction(initialActionState, form(fields))).toMatchObject({ ok: true, id, created: false });
    const before = await auditCount();
    expect(await createSasaranAction(initialActionState, form({ ...fields, id: randomUUID(), posyanduId: m2 }))).toMatchObject({ ok: false, message: "Posyandu tidak ditemukan.", values: { nama: fields.nama } });
    const bad = await createSasaranAction(initialActionState, form({ ...fields, id: randomUUID(), nik: "351903010124000" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { nik: ["NIK harus 16 angka."] }, values: { nik: "351903010124000", nama: fields.nama } });
    await as("dinkes.madiun");
    expect(await createSasaranAction(initialActionState, form({ ...fields, id: randomUUID() }))).toMatchObject(FORBIDDEN);
    expect(await auditCount()).toBe(before);
  });

  it("update, deactivate, status: a person of another posyandu or desa is not found; nothing written", async () => {
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    const kaibon = (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id;
    const other = await makeSasaran(m2, { tanggalLahir: "1995-05-05" });
    const far = await makeSasaran(kaibon, { tanggalLahir: "1995-05-05" });
    const st = await testDb.statusSasaran.create({ data: { sasaranId: other.id, status: "MENYUSUI", mulai: new Date("2025-01-01") } });
    const before = await auditCount();
    await as("kader.melati1");
    expect(await updateSasaranAction(initialActionState, form({ id: other.id, nama: "Palsu", jenisKelamin: "P", tanggalLahir: "1995-05-05" }))).toMatchObject(NOT_FOUND);
    expect(await nonaktifkanSasaranAction(initialActionState, form({ id: other.id, alasan: "PINDAH" }))).toMatchObject(NOT_FOUND);
    expect(await addStatusAction(initialActionState, form({ sasaranId: other.id, status: "NIFAS", mulai: "2025-02-02" }))).toMatchObject(NOT_FOUND);
    expect(await endStatusAction(initialActionState, form({ id: st.id, selesai: "2025-03-03" }))).toMatchObject(NOT_FOUND);
    await as("bidan.klorogan");
    expect(await updateSasaranAction(initialActionState, form({ id: far.id, nama: "Palsu", jenisKelamin: "P", tanggalLahir: "1995-05-05" }))).toMatchObject(NOT_FOUND);
    expect(await updateSasaranAction(initialActionState, form({ id: "bukan-uuid", nama: "Palsu", jenisKelamin: "P", tanggalLahir: "1995-05-05" }))).toMatchObject({ ok: false, fieldErrors: { id: ["Pilih sasaran."] } });
    expect(await auditCount()).toBe(before);
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: other.id } })).nama).toBe(other.nama);
  });

  it("merge, targets, import confirmation: no permission or outside the area; nothing written", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const kaibon = (await testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } })).id;
    const a = await makeSasaran(m1);
    const b = await makeSasaran(m1);
    const far = await makeSasaran(kaibon);
    const before = await auditCount();
    await as("kader.melati1");
    expect(await mergeSasaranAction(initialActionState, form({ a: a.id, b: b.id, simpan: "a", yakin: "on" }))).toMatchObject(FORBIDDEN);
    expect(await saveTargetAction(initialActionState, form({ posyanduId: kaibon, tahun: "2026", jumlah_BAYI: "5" }))).toMatchObject(NOT_FOUND);
    const job = await testDb.importJob.create({ data: { kabupatenId: (await viewer("bidan.klorogan")).kabupatenId, createdById: (await viewer("bidan.klorogan")).id, jenis: "SASARAN", fileName: "x.csv", sha256: "0", rows: [], status: "VALID", summary: { posyanduId: m1, posyanduNama: "Melati 1", jumlah: 0 } } });
    expect(await applySasaranImportAction(initialActionState, form({ jobId: job.id }))).toMatchObject(NOT_FOUND);
    await as("bidan.klorogan");
    expect(await mergeSasaranAction(initialActionState, form({ a: a.id, b: far.id, simpan: "a", yakin: "on" }))).toMatchObject(NOT_FOUND);
    await as("pkm.kaibon");
    expect(await mergeSasaranAction(initialActionState, form({ a: far.id, b: a.id, simpan: "a", yakin: "on" }))).toMatchObject(NOT_FOUND);
    expect(await auditCount()).toBe(before);
    expect(await testDb.sasaran.count({ where: { id: { in: [a.id, b.id, far.id] }, digabungKeId: { not: null } } })).toBe(0);
    expect((await testDb.importJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("VALID");
  });
});
