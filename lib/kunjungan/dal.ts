/**
 * Visit writes while it is being conducted (`supervisi.conduct`, within kunjunganScope; outside it
 * "not found"): open an ad hoc visit (its id made on the device, so sending it twice makes one
 * visit), start a planned one, and keep the draft the device sends (answers upserted by visit+item,
 * attendance, findings by the device's ids, verifications of earlier follow-ups). A submitted visit
 * is locked: only a correction (dal-kirim.ts) changes it. Every write is audited.
 */
import "server-only";
import { db } from "../db.ts";
import type { DbTx } from "../prisma-client.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { desaScope, kunjunganScope, posyanduScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { DomainError, ForbiddenError, NotFoundError, isUniqueViolation } from "../errors.ts";
import { dateFromIso } from "../posyandu/jadwal.ts";
import { todayInJakarta } from "../i18n/format.ts";
import { answerError, answerScore } from "../supervisi/score.ts";
import { toButir, type ButirTampil } from "./butir.ts";
import { openFollowUpsWhere } from "./queries.ts";
import { temuanErrors, type TDraf, type TKunjunganBaru } from "./schemas.ts";

export const LOCKED_MESSAGE = "Kunjungan ini sudah dikirim dan dikunci. Perubahan hanya lewat Koreksi (dengan alasan).";

export function assertConduct(viewer: Viewer) {
  if (!can(viewer, "supervisi.conduct")) throw new ForbiddenError();
}

const PERAN_PENGGUNA: Record<string, string> = { DINKES_ADMIN: "Kesmas Dinkes", DINKES: "Kesmas Dinkes", PUSKESMAS: "Petugas puskesmas", BIDAN_DESA: "Bidan" };

/** The visit row as a write needs it, locked for the rest of the transaction (a second send waits here). */
export async function lockKunjungan(tx: DbTx, viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  await tx.$queryRaw`SELECT id FROM kunjungan_supervisi WHERE id = ${id}::uuid FOR UPDATE`;
  const k = await tx.kunjunganSupervisi.findFirst({
    relationLoadStrategy: "join",
    where: { AND: [{ id }, kunjunganScope(viewer)] },
    select: {
      id: true, kabupatenId: true, status: true, sasaran: true, tanggal: true, posyanduId: true, desaId: true, revisi: true, skor: true, skorDomain: true, kategori: true, kritisGagal: true,
      rencana: { select: { tahun: true, triwulan: true } },
      instrumen: { select: { butir: { select: { id: true, kode: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true, domain: { select: { kode: true } } } } } },
    },
  });
  if (!k) throw new NotFoundError();
  return { ...k, butir: k.instrumen.butir.map(toButir) };
}
export type KunjunganTerkunci = Awaited<ReturnType<typeof lockKunjungan>>;

const fail = (message: string, fieldErrors: Record<string, string[]>) => new DomainError(message, fieldErrors);

/** Every answer fits its item (type, N/A allowed), or the whole draft is refused naming the items. */
export function checkJawaban(butir: readonly ButirTampil[], draf: Pick<TDraf, "jawaban">): void {
  const byId = new Map(butir.map((b) => [b.id, b]));
  const errors: Record<string, string[]> = {};
  for (const j of draf.jawaban) {
    const b = byId.get(j.butirId);
    if (!b) {
      errors[`jawaban.${j.butirId}`] = ["Butir ini bukan bagian dari instrumen kunjungan."];
      continue;
    }
    const e = answerError(b, j);
    if (e) errors[`jawaban.${b.kode}`] = [`${b.kode}: ${e}`];
  }
  const keys = Object.keys(errors);
  if (keys.length) throw fail(`Jawaban tidak sah: ${Object.values(errors).flat().join(" ")}`, errors);
}

/** Users picked as attendees or owners must be accounts of the visit's kabupaten. */
async function checkUsers(tx: DbTx, kabupatenId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return;
  const found = await tx.user.count({ where: { id: { in: wanted }, kabupatenId } });
  if (found !== wanted.length) throw fail("Pengguna yang dipilih tidak ditemukan di kabupaten ini.", { peserta: ["Pilih pengguna dari kabupaten ini, atau ketik namanya."] });
}

/**
 * Writes the device's draft into the visit: answers upserted by visit+item (one statement), the
 * attendance and findings by their ids, and (while conducting) the verifications. `koreksi`: the
 * findings not sent are kept (an owner may be working on them), verifications are left as they are.
 */
export async function applyDraf(tx: DbTx, viewer: Viewer, k: KunjunganTerkunci, draf: TDraf, mode: "draf" | "koreksi") {
  checkJawaban(k.butir, draf);
  const itemIds = new Set(k.butir.map((b) => b.id));
  for (const t of draf.temuan) {
    const e = temuanErrors(t, draf.tanggal);
    if (Object.keys(e).length) throw fail(`Temuan "${t.masalah}": ${Object.values(e).flat().join(" ")}`, e);
    if (t.butirId && !itemIds.has(t.butirId)) throw fail("Butir asal temuan bukan bagian dari instrumen ini.", { butirId: ["Pilih butir dari instrumen ini."] });
  }
  await checkUsers(tx, k.kabupatenId, [...draf.peserta.map((p) => p.userId), ...draf.temuan.map((t) => t.pemilikUserId)]);

  // Answers: one upsert by (visit, item) with the score kept per answer; the ones cleared on the device go.
  const byId = new Map(k.butir.map((b) => [b.id, b]));
  const rows = draf.jawaban.map((j) => {
    const b = byId.get(j.butirId)!;
    return { ...j, teks: b.tipe === "TEKS" ? j.teks : null, skor: answerScore(b, j) };
  });
  await tx.jawabanKunjungan.deleteMany({ where: { kunjunganId: k.id, butirId: { notIn: rows.map((r) => r.butirId) } } });
  if (rows.length) {
    await tx.$executeRaw`
      INSERT INTO jawaban_kunjungan (id, kunjungan_id, butir_id, nilai, teks, na, skor, catatan, fakta, updated_at)
      SELECT gen_random_uuid(), ${k.id}::uuid, x.butir_id, x.nilai, x.teks, x.na, x.skor, x.catatan, x.fakta, now()
      FROM unnest(${rows.map((r) => r.butirId)}::uuid[], ${rows.map((r) => r.nilai)}::numeric[], ${rows.map((r) => r.teks)}::text[], ${rows.map((r) => r.na)}::boolean[],
                  ${rows.map((r) => r.skor)}::numeric[], ${rows.map((r) => r.catatan)}::text[], ${rows.map((r) => (r.fakta ? JSON.stringify(r.fakta) : null))}::jsonb[])
           AS x(butir_id, nilai, teks, na, skor, catatan, fakta)
      ON CONFLICT (kunjungan_id, butir_id) DO UPDATE SET nilai = EXCLUDED.nilai, teks = EXCLUDED.teks, na = EXCLUDED.na, skor = EXCLUDED.skor,
        catatan = EXCLUDED.catatan, fakta = EXCLUDED.fakta, updated_at = now()`;
  }

  // Attendance: the team (from the plan) stays, only its "hadir" changes; others are the device's list.
  const ada = await tx.pesertaKunjungan.findMany({ where: { kunjunganId: k.id }, select: { id: true, tim: true } });
  const adaIds = new Map(ada.map((p) => [p.id, p.tim]));
  const kirim = new Set(draf.peserta.map((p) => p.id));
  await tx.pesertaKunjungan.deleteMany({ where: { kunjunganId: k.id, tim: false, id: { notIn: [...kirim] } } });
  for (const [i, p] of draf.peserta.entries()) {
    const data = { userId: p.userId, nama: p.nama, peran: p.peran, instansi: p.instansi, hadir: p.hadir, urutan: i };
    if (adaIds.has(p.id)) await tx.pesertaKunjungan.update({ where: { id: p.id }, data: adaIds.get(p.id) ? { hadir: p.hadir } : data });
    else await tx.pesertaKunjungan.create({ data: { id: p.id, kunjunganId: k.id, tim: false, ...data } });
  }

  // Findings: by the device's ids; a finding id of another visit is refused by the primary key.
  const temuanAda = new Set((await tx.tindakLanjut.findMany({ where: { kunjunganId: k.id }, select: { id: true } })).map((t) => t.id));
  if (mode === "draf") await tx.tindakLanjut.deleteMany({ where: { kunjunganId: k.id, id: { notIn: draf.temuan.map((t) => t.id) } } });
  for (const t of draf.temuan) {
    const data = { butirId: t.butirId, masalah: t.masalah, tindakan: t.tindakan, tingkatPemilik: t.tingkatPemilik, pemilikUserId: t.pemilikUserId, pemilikNama: t.pemilikNama, batasWaktu: dateFromIso(t.batasWaktu) };
    if (temuanAda.has(t.id)) await tx.tindakLanjut.update({ where: { id: t.id }, data });
    else await tx.tindakLanjut.create({ data: { id: t.id, kunjunganId: k.id, kabupatenId: k.kabupatenId, desaId: k.desaId, posyanduId: k.posyanduId, ...data } });
  }

  if (mode === "draf") {
    if (draf.verifikasi.length) {
      const ids = draf.verifikasi.map((v) => v.tindakLanjutId);
      const open = await tx.tindakLanjut.count({ where: { AND: [{ id: { in: ids } }, openFollowUpsWhere(viewer, k)] } });
      if (open !== new Set(ids).size) throw fail("Tindak lanjut yang diverifikasi tidak ditemukan di antara tindak lanjut terbuka di sasaran ini.", { verifikasi: ["Muat ulang halaman untuk melihat tindak lanjut yang masih terbuka."] });
    }
    await tx.verifikasiTindakLanjut.deleteMany({ where: { kunjunganId: k.id } });
    if (draf.verifikasi.length) await tx.verifikasiTindakLanjut.createMany({ data: draf.verifikasi.map((v) => ({ kunjunganId: k.id, tindakLanjutId: v.tindakLanjutId, hasil: v.hasil, catatan: v.catatan })) });
  }
}

const ringkas = (d: TDraf) => ({ tanggal: d.tanggal, jawaban: d.jawaban.length, hadir: d.peserta.filter((p) => p.hadir).length, temuan: d.temuan.length, verifikasi: d.verifikasi.length });

/**
 * Keeps the draft the device sent (the whole of it; a resend is harmless). A planned visit starts
 * (BERLANGSUNG) with its first draft. Refused once submitted. Returns the visit's new version.
 */
export async function saveDraf(viewer: Viewer, id: string, draf: TDraf): Promise<{ versi: string }> {
  assertConduct(viewer);
  try {
    return await db.$transaction(async (tx) => {
      const k = await lockKunjungan(tx, viewer, id);
      if (k.status === "SELESAI") throw new DomainError(LOCKED_MESSAGE);
      if (k.status === "BATAL") throw new DomainError("Kunjungan ini sudah dibatalkan.");
      await applyDraf(tx, viewer, k, draf, "draf");
      const after = await tx.kunjunganSupervisi.update({ where: { id: k.id }, data: { tanggal: dateFromIso(draf.tanggal), status: "BERLANGSUNG" }, select: { updatedAt: true } });
      await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: k.id, action: "UPDATE", before: { status: k.status }, after: { status: "BERLANGSUNG", draf: ringkas(draf) } });
      return { versi: after.updatedAt.toISOString() };
    }, { timeout: 15_000 });
  } catch (error) {
    if (isUniqueViolation(error)) throw new NotFoundError("Peserta atau temuan dengan kode ini milik kunjungan lain.");
    throw error;
  }
}

/** Starts a planned visit (DIRENCANAKAN → BERLANGSUNG); a visit already started is left as it is. */
export async function startKunjungan(viewer: Viewer, id: string): Promise<void> {
  assertConduct(viewer);
  await db.$transaction(async (tx) => {
    const k = await lockKunjungan(tx, viewer, id);
    if (k.status !== "DIRENCANAKAN") return;
    await tx.kunjunganSupervisi.update({ where: { id: k.id }, data: { status: "BERLANGSUNG" } });
    await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: k.id, action: "UPDATE", before: { status: k.status }, after: { status: "BERLANGSUNG" } });
  });
}

/**
 * Opens an ad hoc visit to a posyandu or desa in the viewer's area with the kabupaten's published
 * instrument for that kind of site. The id comes with the form: the same id again is the same visit
 * (nothing written); the same id for another site is refused.
 */
export async function createKunjungan(viewer: Viewer, input: TKunjunganBaru): Promise<{ id: string; created: boolean }> {
  assertConduct(viewer);
  const sameSite = async () => {
    const ada = await db.kunjunganSupervisi.findUnique({ where: { id: input.id }, select: { sasaran: true, posyanduId: true, desaId: true, kabupatenId: true } });
    if (!ada) return null;
    const inScope = await db.kunjunganSupervisi.count({ where: { AND: [{ id: input.id }, kunjunganScope(viewer)] } });
    if (!inScope) throw new NotFoundError();
    const same = ada.sasaran === input.sasaran && (input.sasaran === "POSYANDU" ? ada.posyanduId === input.posyanduId : ada.desaId === input.desaId);
    if (!same) throw new DomainError("Kunjungan ini sudah dibuat untuk sasaran lain.", { [input.sasaran === "POSYANDU" ? "posyanduId" : "desaId"]: ["Kunjungan dengan kode ini sudah ada untuk sasaran lain; muat ulang formulir untuk membuat kunjungan baru."] });
    return { id: input.id, created: false };
  };
  const again = await sameSite();
  if (again) return again;
  if (input.tanggal > todayInJakarta()) throw new DomainError("Tanggal kunjungan tidak boleh setelah hari ini.", { tanggal: ["Kunjungan di luar rencana dibuka pada hari kunjungan; tanggal tidak boleh setelah hari ini."] });
  try {
    return await db.$transaction(async (tx) => {
      let desaId: string;
      let posyanduId: string | null = null;
      if (input.sasaran === "POSYANDU") {
        const p = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId ?? "" }, posyanduScope(viewer), { isActive: true }] }, select: { id: true, desaId: true } });
        if (!p) throw new DomainError("Posyandu tidak ditemukan di wilayah Anda.", { posyanduId: ["Pilih posyandu di wilayah Anda."] });
        desaId = p.desaId;
        posyanduId = p.id;
      } else {
        const d = await tx.desa.findFirst({ where: { AND: [{ id: input.desaId ?? "" }, desaScope(viewer)] }, select: { id: true } });
        if (!d) throw new DomainError("Desa tidak ditemukan di wilayah Anda.", { desaId: ["Pilih desa di wilayah Anda."] });
        desaId = d.id;
      }
      const ins = await tx.instrumen.findFirst({ where: { id: input.instrumenId, kabupatenId: viewer.kabupatenId, status: "TERBIT", sasaran: input.sasaran }, select: { id: true } });
      if (!ins) throw new DomainError("Instrumen tidak sah untuk sasaran ini.", { instrumenId: [`Pilih instrumen terbit untuk sasaran ${input.sasaran === "POSYANDU" ? "posyandu" : "desa"}.`] });
      const k = await tx.kunjunganSupervisi.create({
        data: { id: input.id, kabupatenId: viewer.kabupatenId, sasaran: input.sasaran, posyanduId, desaId, instrumenId: ins.id, tanggal: dateFromIso(input.tanggal), status: "BERLANGSUNG", dibuatOlehId: viewer.id },
        select: { id: true, sasaran: true, posyanduId: true, desaId: true, instrumenId: true, tanggal: true, status: true },
      });
      await tx.pesertaKunjungan.create({ data: { kunjunganId: k.id, userId: viewer.id, nama: viewer.nama, peran: PERAN_PENGGUNA[viewer.role] ?? "Lainnya", instansi: viewer.areaLabel, tim: true, hadir: true } });
      await writeAudit(tx, viewer, { entity: "kunjungan_supervisi", entityId: k.id, action: "CREATE", after: k });
      return { id: k.id, created: true };
    });
  } catch (error) {
    // The twin of this form (a double tap, a resend) won the race: answer as it would have.
    if (isUniqueViolation(error)) {
      const twin = await sameSite();
      if (twin) return twin;
    }
    throw error;
  }
}

