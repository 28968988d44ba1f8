/**
 * Imports kaders from a CSV/XLSX (kader.manage): for one posyandu in scope, or by posyandu name
 * within the viewer's area. The whole file is checked first (lib/kader/impor.ts); any bad row and
 * nothing is written. A clean file is written in one transaction with an audit row per kader.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { posyanduScope } from "../access/scope.ts";
import { auditValues } from "../audit/audit.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { readTable } from "../impor/read-file.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { validateKaderTable } from "./impor.ts";
import { maskNik } from "./nik.ts";
import { refreshLevels } from "./refresh-level.ts";

export type KaderImportOutcome = { ok: true; count: number } | { ok: false; errors: string[] };

const dateOf = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function importKader(viewer: Viewer, file: { name: string; bytes: Uint8Array }, fixedPosyanduId?: string | null): Promise<KaderImportOutcome> {
  if (!can(viewer, "kader.manage")) throw new ForbiddenError();
  const where = fixedPosyanduId ? { AND: [{ id: fixedPosyanduId }, posyanduScope(viewer)] } : posyanduScope(viewer);
  const posyandu = await db.posyandu.findMany({ where, select: { id: true, nama: true, desa: { select: { nama: true, kode: true } } } });
  if (fixedPosyanduId && posyandu.length === 0) throw new NotFoundError();
  const read = await readTable(file.name, file.bytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const existing = await db.kader.findMany({ where: { posyandu: where }, select: { posyanduId: true, nama: true, nik: true } });
  const checked = validateKaderTable(read.table, {
    posyandu: posyandu.map((p) => ({ id: p.id, nama: p.nama, desaNama: p.desa.nama, desaKode: p.desa.kode })),
    fixedPosyanduId: fixedPosyanduId ?? undefined,
    existing,
  });
  if (!checked.ok) return checked;
  const rows = checked.rows.map((r) => ({
    id: randomUUID(), posyanduId: r.posyanduId, nama: r.kader.nama, nik: r.kader.nik, jenisKelamin: r.kader.jenisKelamin, tanggalLahir: dateOf(r.kader.tanggalLahir),
    telepon: r.kader.telepon, pendidikan: r.kader.pendidikan, jabatan: r.kader.jabatan, tahunMulai: r.kader.tahunMulai, isActive: r.kader.isActive,
  }));
  await db.$transaction(async (tx) => {
    await tx.kader.createMany({ data: rows });
    // The same rows writeAudit() writes, batched (a file may hold thousands); the NIK masked as everywhere in the audit.
    await tx.auditLog.createMany({ data: rows.map((r) => ({ actorId: viewer.id, actorName: viewer.username, kabupatenId: viewer.kabupatenId, entity: "kader", entityId: r.id, action: "IMPORT", after: auditValues({ ...r, nik: maskNik(r.nik), userId: null }) })) });
    await refreshLevels(tx, viewer.kabupatenId, rows.map((r) => r.id));
    await refreshKesiapan(tx, [...new Set(rows.map((r) => r.posyanduId))]);
  }, { timeout: 120_000 });
  return { ok: true, count: rows.length };
}
