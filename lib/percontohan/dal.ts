/**
 * Pilot writes (Dinkes admin, `percontohan.manage`): designate, edit the SK details, move the stage,
 * delete while still proposed. Every change is one transaction with its audit row; a double submit
 * with the same requestId writes nothing; a pilot outside the viewer's scope is "not found".
 */
import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { percontohanScope, posyanduScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { readAturanOf } from "../pengaturan/queries.ts";
import { dateFromIso } from "../posyandu/jadwal.ts";
import { formatDate, isoDay, todayInJakarta } from "../i18n/format.ts";
import { ATURAN_BATAS_PERCONTOHAN } from "./aturan.ts";
import { checkBatas, type CalonPercontohan } from "./batas.ts";
import { checkMove, needsSk, tahapKecil, TAHAP_LABEL } from "./tahap.ts";
import { tahunOf, type TPercontohanFields, type TPercontohanForm, type TPindahTahap } from "./schemas.ts";

export const percontohanAuditSelect = {
  id: true, posyanduId: true, desaId: true, puskesmasId: true, tahun: true, nomorSk: true, tanggalSk: true, angkatan: true, tanggalMulai: true, tanggalTarget: true, catatan: true, tahap: true,
} as const;

export function assertManager(viewer: Viewer) {
  if (!can(viewer, "percontohan.manage")) throw new ForbiddenError();
}

const dbDate = (iso: string | null) => (iso ? dateFromIso(iso) : null);

function fieldData(input: TPercontohanFields, tahun: number) {
  return { nomorSk: input.nomorSk, tanggalSk: dbDate(input.tanggalSk), angkatan: input.angkatan, tanggalMulai: dbDate(input.tanggalMulai), tanggalTarget: dbDate(input.tanggalTarget), catatan: input.catatan, tahun };
}

/**
 * The per-year rule inside the write's transaction: the puskesmas and desa rows are locked first
 * (in that order, always), so that two designations racing in one desa or puskesmas run one after
 * the other and the second sees the first.
 */
async function checkBatasIn(tx: DbTx, kabupatenId: string, calon: CalonPercontohan, exceptId: string | null, field: string) {
  if (calon.puskesmasId) await tx.$queryRaw`SELECT id FROM puskesmas WHERE id = ${calon.puskesmasId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM desa WHERE id = ${calon.desaId}::uuid FOR UPDATE`;
  const { nilai } = await readAturanOf(tx, kabupatenId, ATURAN_BATAS_PERCONTOHAN);
  const ada = await tx.percontohan.findMany({
    where: { kabupatenId, tahun: calon.tahun, ...(exceptId ? { id: { not: exceptId } } : {}), OR: [{ desaId: calon.desaId }, ...(calon.puskesmasId ? [{ puskesmasId: calon.puskesmasId }] : [])] },
    select: { desaId: true, puskesmasId: true, desa: { select: { nama: true } }, posyandu: { select: { nama: true } } },
    orderBy: [{ createdAt: "asc" }],
  });
  const message = checkBatas(nilai, calon, ada.map((a) => ({ desaId: a.desaId, desaNama: a.desa.nama, posyanduNama: a.posyandu.nama, puskesmasId: a.puskesmasId })));
  if (message) throw new DomainError(message, { [field]: [message] });
}

/** The posyandu's place as the rule sees it (its desa now, and that desa's puskesmas). */
const placeSelect = { id: true, nama: true, desaId: true, desa: { select: { nama: true, kabupatenId: true, puskesmasId: true, puskesmas: { select: { nama: true } } } } } as const;

/** Designates a posyandu of the admin's kabupaten as an ILP pilot, at stage "diusulkan". */
export async function createPercontohan(viewer: Viewer, input: TPercontohanForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  return createOnce(input.requestId, async (tx) => {
    const pos = await tx.posyandu.findFirst({
      where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] },
      select: { ...placeSelect, percontohan: { select: { id: true } }, replikasi: { select: { percontohan: { select: { posyandu: { select: { nama: true } } } } } } },
    });
    if (!pos) throw new DomainError("Posyandu tidak ditemukan di wilayah Anda.", { posyanduId: ["Pilih posyandu di kabupaten Anda."] });
    if (pos.percontohan) throw new DomainError(`Posyandu ${pos.nama} sudah menjadi posyandu percontohan.`, { posyanduId: ["Posyandu ini sudah menjadi percontohan; buka halamannya dari daftar percontohan."] });
    if (pos.replikasi) {
      const m = `Posyandu ${pos.nama} sudah menjadi sasaran replikasi dari percontohan Posyandu ${pos.replikasi.percontohan.posyandu.nama}.`;
      throw new DomainError(m, { posyanduId: [m] });
    }
    const tahun = tahunOf(input)!;
    await checkBatasIn(tx, pos.desa.kabupatenId, { desaId: pos.desaId, desaNama: pos.desa.nama, puskesmasId: pos.desa.puskesmasId, puskesmasNama: pos.desa.puskesmas?.nama ?? null, tahun }, null, "posyanduId");
    const created = await tx.percontohan.create({
      data: { posyanduId: pos.id, desaId: pos.desaId, puskesmasId: pos.desa.puskesmasId, kabupatenId: pos.desa.kabupatenId, tahap: "DIUSULKAN", ...fieldData(input, tahun) },
      select: percontohanAuditSelect,
    });
    // Proposed no later than its SK or start: a pilot entered afterwards can still get its past stage dates.
    const proposed = [input.tanggalSk, input.tanggalMulai, todayInJakarta()].filter((x): x is string => !!x).sort()[0];
    await tx.riwayatTahap.create({ data: { percontohanId: created.id, dari: null, ke: "DIUSULKAN", tanggal: dateFromIso(proposed), olehId: viewer.id, olehNama: viewer.nama } });
    await writeAudit(tx, viewer, { entity: "percontohan", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Posyandu ini sudah menjadi posyandu percontohan.", { posyanduId: ["Posyandu ini sudah menjadi percontohan."] }));
}

/**
 * Edits a pilot's SK details. The year may change with the dates, so the per-year rule is checked
 * again (the pilot itself left out); desa and puskesmas are copied again from the posyandu.
 */
export async function updatePercontohan(viewer: Viewer, id: string, input: TPercontohanFields): Promise<void> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await writeOnce(async (tx) => {
    const before = await tx.percontohan.findFirst({ where: { AND: [{ id }, percontohanScope(viewer)] }, select: { ...percontohanAuditSelect, posyandu: { select: placeSelect } } });
    if (!before) throw new NotFoundError();
    if (needsSk(before.tahap) && (!input.nomorSk || !input.tanggalSk)) {
      const m = `Percontohan ini sudah di tahap ${tahapKecil(before.tahap)}: nomor dan tanggal SK tidak boleh dikosongkan.`;
      throw new DomainError(m, { nomorSk: [m] });
    }
    const tahun = tahunOf(input)!;
    const pos = before.posyandu;
    await checkBatasIn(tx, pos.desa.kabupatenId, { desaId: pos.desaId, desaNama: pos.desa.nama, puskesmasId: pos.desa.puskesmasId, puskesmasNama: pos.desa.puskesmas?.nama ?? null, tahun }, id, input.tanggalSk ? "tanggalSk" : "tanggalMulai");
    const after = await tx.percontohan.update({ where: { id }, data: { ...fieldData(input, tahun), desaId: pos.desaId, puskesmasId: pos.desa.puskesmasId }, select: percontohanAuditSelect });
    const { posyandu: _p, ...values } = before;
    void _p;
    await writeAudit(tx, viewer, { entity: "percontohan", entityId: id, action: "UPDATE", before: values, after });
  }, () => new DomainError("Percontohan tidak dapat disimpan; coba lagi."));
}

/** The date rules of a stage move: not in the future, not before the previous move. */
export function checkMoveDate(tanggal: string, previous: string | null): string | null {
  if (tanggal > todayInJakarta()) return "Tanggal pindah tahap tidak boleh setelah hari ini.";
  if (previous && tanggal < previous) return `Tanggal pindah tahap tidak boleh sebelum perpindahan terakhir (${formatDate(dateFromIso(previous))}).`;
  return null;
}

const iso = (d: Date | null | undefined) => (d ? isoDay(d) : null);

/**
 * Moves a pilot's stage (forward one step, or back with a reason), with its date: writes the
 * RiwayatTahap row (who, when) and the audit row. "Ditetapkan" and later need the SK; "direplikasi"
 * needs a roll-out target that is running. A double submit of the same form writes once.
 */
export async function movePercontohanTahap(viewer: Viewer, input: TPindahTahap): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  return createOnce(input.requestId, async (tx) => {
    const before = await tx.percontohan.findFirst({
      where: { AND: [{ id: input.id }, percontohanScope(viewer)] },
      select: { id: true, tahap: true, nomorSk: true, tanggalSk: true, riwayat: { select: { tanggal: true }, orderBy: [{ tanggal: "desc" }], take: 1 }, _count: { select: { replikasi: { where: { tahap: { in: ["BERJALAN", "DIREPLIKASI"] } } } } } },
    });
    if (!before) throw new NotFoundError();
    const move = checkMove(before.tahap, input.ke, input.alasan);
    if (!move.ok) throw new DomainError(move.message, { [move.field]: [move.message] });
    if (needsSk(input.ke) && (!before.nomorSk || !before.tanggalSk)) {
      const m = `Isi nomor dan tanggal SK dulu (menu Ubah): tahap ${tahapKecil(input.ke)} berarti percontohan sudah ditetapkan dengan SK.`;
      throw new DomainError(m, { ke: [m] });
    }
    if (input.ke === "DIREPLIKASI" && before._count.replikasi === 0) {
      const m = "Tahap direplikasi berarti sudah ada posyandu lain yang berjalan dari percontohan ini; belum ada sasaran replikasi yang sampai tahap berjalan.";
      throw new DomainError(m, { ke: [m] });
    }
    const dateProblem = checkMoveDate(input.tanggal, iso(before.riwayat[0]?.tanggal));
    if (dateProblem) throw new DomainError(dateProblem, { tanggal: [dateProblem] });
    // Only from the stage this form saw: a move by someone else meanwhile makes this one stale.
    const { count } = await tx.percontohan.updateMany({ where: { id: before.id, tahap: before.tahap }, data: { tahap: input.ke } });
    if (count !== 1) throw new DomainError("Tahap percontohan ini baru saja diubah; muat ulang halaman lalu coba lagi.");
    await tx.riwayatTahap.create({ data: { percontohanId: before.id, dari: before.tahap, ke: input.ke, tanggal: dateFromIso(input.tanggal), alasan: move.alasan, olehId: viewer.id, olehNama: viewer.nama } });
    await writeAudit(tx, viewer, { entity: "percontohan", entityId: before.id, action: "UPDATE", before: { tahap: before.tahap }, after: { tahap: input.ke, tanggalTahap: input.tanggal, alasan: move.alasan }, requestId: input.requestId });
    return before.id;
  }, () => new DomainError("Tahap tidak dapat disimpan; coba lagi."));
}

/**
 * Deletes a pilot that is still only proposed and has no roll-out targets or study visits; anything
 * further along is kept (its history matters), and the message says what to do instead.
 */
export async function deletePercontohan(viewer: Viewer, id: string): Promise<void> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const row = await tx.percontohan.findFirst({ where: { AND: [{ id }, percontohanScope(viewer)] }, select: { ...percontohanAuditSelect, posyandu: { select: { nama: true } }, _count: { select: { replikasi: true, studiBanding: true } } } });
    if (!row) throw new NotFoundError();
    const { posyandu, _count: n, ...before } = row;
    if (row.tahap !== "DIUSULKAN") {
      throw new DomainError(`Percontohan Posyandu ${posyandu.nama} sudah di tahap ${tahapKecil(row.tahap)}; hanya percontohan yang masih ${tahapKecil("DIUSULKAN")} yang dapat dihapus. Jika percontohan batal, kembalikan dulu ke tahap ${TAHAP_LABEL.DIUSULKAN} dengan alasannya.`);
    }
    if (n.replikasi > 0 || n.studiBanding > 0) {
      const what = [n.replikasi ? `${n.replikasi} sasaran replikasi` : "", n.studiBanding ? `${n.studiBanding} studi banding` : ""].filter(Boolean).join(" dan ");
      throw new DomainError(`Percontohan Posyandu ${posyandu.nama} masih punya ${what}. Hapus dulu data tersebut.`);
    }
    await tx.percontohan.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "percontohan", entityId: id, action: "DELETE", before });
  });
}
