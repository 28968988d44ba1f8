/**
 * Instrument writes (Dinkes admin, `katalog.manage`, its own kabupaten only): a new instrument
 * (draft v1), the draft of the next version, the draft's domains and items with their mapping,
 * publishing and discarding a draft. A published or archived version is frozen: every write to it
 * is refused (PESAN_BEKU), forged calls included. Each change is one transaction with its audit row;
 * the draft's row is locked first so that an edit and a publish never interleave.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kabupatenDataScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce, writeOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { OpsiButir, TipeButir } from "../supervisi/score.ts";
import { draftProblems, draftRowsFrom, lineageFor, mappingError, PESAN_BEKU } from "../supervisi/versi.ts";
import type { TButirForm, TDomainForm, TInstrumenBaru } from "./schemas.ts";

function assertManager(viewer: Viewer) {
  if (!can(viewer, "katalog.manage")) throw new ForbiddenError();
}

const butirAuditSelect = {
  id: true, instrumenId: true, domainId: true, kode: true, urutan: true, pertanyaan: true, tipe: true, bobot: true, kritis: true, bolehNa: true, standar: true, fakta: true, opsi: true, garisId: true, petaDariId: true,
} as const satisfies Prisma.ButirInstrumenSelect;

/**
 * The version, locked, when it is the viewer's kabupaten's; "not found" otherwise; refused when it
 * is not a draft (published versions are frozen).
 */
async function lockDraft(tx: DbTx, viewer: Viewer, instrumenId: string): Promise<{ id: string; kode: string; versi: number; sebelumnyaId: string | null }> {
  if (!isUuid(instrumenId)) throw new NotFoundError();
  const rows = await tx.$queryRaw<{ id: string; kode: string; versi: number; status: string; sebelumnya_id: string | null }[]>`
    SELECT id, kode, versi, status::text AS status, sebelumnya_id FROM instrumen WHERE id = ${instrumenId}::uuid AND kabupaten_id = ${kabupatenDataScope(viewer).kabupatenId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFoundError();
  if (row.status !== "DRAF") throw new DomainError(PESAN_BEKU);
  return { id: row.id, kode: row.kode, versi: row.versi, sebelumnyaId: row.sebelumnya_id };
}

/** Starts a new instrument from scratch as draft version 1 (no domains yet). */
export async function createInstrumen(viewer: Viewer, input: TInstrumenBaru): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  const dup = () => new DomainError(`Kode instrumen ${input.kode} sudah dipakai.`, { kode: [`Kode ${input.kode} sudah dipakai instrumen lain di kabupaten ini; pilih kode lain atau buat draf versi berikutnya dari instrumen itu.`] });
  return createOnce(input.requestId, async (tx) => {
    const ada = await tx.instrumen.findFirst({ where: { ...kabupatenDataScope(viewer), kode: input.kode }, select: { id: true } });
    if (ada) throw dup();
    const row = await tx.instrumen.create({
      data: { kabupatenId: viewer.kabupatenId, kode: input.kode, nama: input.nama, sasaran: input.sasaran, keterangan: input.keterangan, versi: 1, status: "DRAF" },
      select: { id: true, kode: true, nama: true, sasaran: true, versi: true, status: true, keterangan: true },
    });
    await writeAudit(tx, viewer, { entity: "instrumen", entityId: row.id, action: "CREATE", after: row, requestId: input.requestId });
    return row.id;
  }, dup);
}

/**
 * Drafts the next version of a published instrument: every domain and item copied, each item
 * mapped to its source and keeping its lineage. One draft per instrument at a time.
 */
export async function createNextDraft(viewer: Viewer, input: { id: string; requestId?: string }): Promise<{ id: string; duplicateSubmit: boolean }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  const dup = () => new DomainError("Instrumen ini sudah punya draf versi berikutnya; lanjutkan draf itu.");
  return createOnce(input.requestId, async (tx) => {
    const pub = await tx.instrumen.findFirst({
      where: { id: input.id, ...kabupatenDataScope(viewer) },
      select: { id: true, kabupatenId: true, kode: true, nama: true, sasaran: true, status: true, keterangan: true, domain: { select: { id: true, kode: true, nama: true, urutan: true } }, butir: { select: butirAuditSelect } },
    });
    if (!pub) throw new NotFoundError();
    if (pub.status !== "TERBIT") throw new DomainError(pub.status === "DRAF" ? "Versi ini masih draf; ubah draf ini langsung." : "Versi arsip tidak dapat menjadi dasar draf; buat draf dari versi yang terbit.");
    // Serialise with another admin drafting the same instrument (the partial unique index is the last word).
    await tx.$queryRaw`SELECT id FROM instrumen WHERE id = ${pub.id}::uuid FOR UPDATE`;
    const draf = await tx.instrumen.findFirst({ where: { kabupatenId: pub.kabupatenId, kode: pub.kode, status: "DRAF" }, select: { id: true } });
    if (draf) throw dup();
    const last = await tx.instrumen.aggregate({ where: { kabupatenId: pub.kabupatenId, kode: pub.kode }, _max: { versi: true } });
    const versi = (last._max.versi ?? 1) + 1;
    const created = await tx.instrumen.create({
      data: { kabupatenId: pub.kabupatenId, kode: pub.kode, nama: pub.nama, sasaran: pub.sasaran, keterangan: pub.keterangan, versi, status: "DRAF", sebelumnyaId: pub.id },
      select: { id: true, kode: true, versi: true, status: true, sebelumnyaId: true },
    });
    const rows = draftRowsFrom({ domain: pub.domain, butir: pub.butir.map((b) => ({ ...b, bobot: b.bobot.toNumber(), tipe: b.tipe as TipeButir, opsi: b.opsi as OpsiButir })) }, randomUUID);
    await tx.domainInstrumen.createMany({ data: rows.domain.map((d) => ({ ...d, instrumenId: created.id })) });
    await tx.butirInstrumen.createMany({ data: rows.butir.map((b) => ({ ...b, instrumenId: created.id, opsi: b.opsi as Prisma.InputJsonValue })) });
    await writeAudit(tx, viewer, { entity: "instrumen", entityId: created.id, action: "CREATE", after: { ...created, domain: rows.domain.length, butir: rows.butir.length }, requestId: input.requestId });
    return created.id;
  }, dup);
}

/** Adds or renames a domain of a draft. */
export async function saveDomain(viewer: Viewer, input: TDomainForm): Promise<{ instrumenId: string }> {
  assertManager(viewer);
  const dup = () => new DomainError(`Kode domain ${input.kode} sudah dipakai di versi ini.`, { kode: [`Kode ${input.kode} sudah dipakai domain lain di versi ini.`] });
  const write = async (tx: DbTx) => {
    const ins = await lockDraft(tx, viewer, input.instrumenId);
    if (input.id) {
      const before = await tx.domainInstrumen.findFirst({ where: { id: input.id, instrumenId: ins.id }, select: { id: true, kode: true, nama: true, urutan: true } });
      if (!before) throw new NotFoundError();
      const after = await tx.domainInstrumen.update({ where: { id: before.id }, data: { kode: input.kode, nama: input.nama }, select: { id: true, kode: true, nama: true, urutan: true } });
      await writeAudit(tx, viewer, { entity: "domain_instrumen", entityId: after.id, action: "UPDATE", before, after: { ...after, instrumenId: ins.id } });
      return after.id;
    }
    const max = await tx.domainInstrumen.aggregate({ where: { instrumenId: ins.id }, _max: { urutan: true } });
    const after = await tx.domainInstrumen.create({ data: { instrumenId: ins.id, kode: input.kode, nama: input.nama, urutan: (max._max.urutan ?? 0) + 1 }, select: { id: true, kode: true, nama: true, urutan: true } });
    await writeAudit(tx, viewer, { entity: "domain_instrumen", entityId: after.id, action: "CREATE", after: { ...after, instrumenId: ins.id }, requestId: input.requestId });
    return after.id;
  };
  // A new domain submitted twice is added once (the form's requestId); an edit simply writes again.
  if (input.id) await writeOnce(write, dup);
  else await createOnce(input.requestId, write, dup);
  return { instrumenId: input.instrumenId };
}

/** Removes an empty domain of a draft (its items must be moved or removed first). */
export async function deleteDomain(viewer: Viewer, id: string): Promise<{ instrumenId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const d = await tx.domainInstrumen.findFirst({ where: { id, instrumen: kabupatenDataScope(viewer) }, select: { id: true, kode: true, nama: true, instrumenId: true, _count: { select: { butir: true } } } });
    if (!d) throw new NotFoundError();
    await lockDraft(tx, viewer, d.instrumenId);
    if (d._count.butir > 0) throw new DomainError(`Domain ${d.nama} masih punya ${d._count.butir} butir; pindahkan atau hapus butirnya dulu.`);
    await tx.domainInstrumen.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "domain_instrumen", entityId: id, action: "DELETE", before: { kode: d.kode, nama: d.nama, instrumenId: d.instrumenId } });
    return { instrumenId: d.instrumenId };
  });
}

/** Moves a domain of a draft one place up or down (its items go with it). */
export async function moveDomain(viewer: Viewer, input: { id: string; arah: "naik" | "turun" }): Promise<{ instrumenId: string }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const d = await tx.domainInstrumen.findFirst({ where: { id: input.id, instrumen: kabupatenDataScope(viewer) }, select: { id: true, instrumenId: true, urutan: true, kode: true } });
    if (!d) throw new NotFoundError();
    await lockDraft(tx, viewer, d.instrumenId);
    const up = input.arah === "naik";
    const other = await tx.domainInstrumen.findFirst({ where: { instrumenId: d.instrumenId, urutan: up ? { lt: d.urutan } : { gt: d.urutan } }, orderBy: { urutan: up ? "desc" : "asc" }, select: { id: true, urutan: true } });
    if (!other) return { instrumenId: d.instrumenId };
    await tx.domainInstrumen.update({ where: { id: d.id }, data: { urutan: other.urutan } });
    await tx.domainInstrumen.update({ where: { id: other.id }, data: { urutan: d.urutan } });
    await writeAudit(tx, viewer, { entity: "domain_instrumen", entityId: d.id, action: "UPDATE", before: { kode: d.kode, urutan: d.urutan }, after: { kode: d.kode, urutan: other.urutan } });
    return { instrumenId: d.instrumenId };
  });
}

/**
 * Adds or edits an item of a draft, with its mapping: an item of the previous version (once per
 * draft; the item takes that item's lineage) or new (its own lineage).
 */
export async function saveButir(viewer: Viewer, input: TButirForm): Promise<{ instrumenId: string; id: string }> {
  assertManager(viewer);
  const dup = () => new DomainError(`Kode butir ${input.kode} sudah dipakai di versi ini.`, { kode: [`Kode ${input.kode} sudah dipakai butir lain di versi ini.`] });
  const write = async (tx: DbTx) => {
    const ins = await lockDraft(tx, viewer, input.instrumenId);
    const domain = await tx.domainInstrumen.findFirst({ where: { id: input.domainId, instrumenId: ins.id }, select: { id: true } });
    if (!domain) throw new DomainError("Pilih domain dari versi ini.", { domainId: ["Pilih domain dari versi ini."] });
    const before = input.id ? await tx.butirInstrumen.findFirst({ where: { id: input.id, instrumenId: ins.id }, select: butirAuditSelect }) : null;
    if (input.id && !before) throw new NotFoundError();
    const previous = ins.sebelumnyaId ? await tx.butirInstrumen.findMany({ where: { instrumenId: ins.sebelumnyaId }, select: { id: true, kode: true, garisId: true } }) : null;
    const others = await tx.butirInstrumen.findMany({ where: { instrumenId: ins.id, ...(input.id ? { id: { not: input.id } } : {}), petaDariId: { not: null } }, select: { petaDariId: true } });
    const err = mappingError(input.petaDariId, previous, others.map((o) => o.petaDariId));
    if (err) throw new DomainError(err, { petaDariId: [err] });
    const id = before?.id ?? randomUUID();
    const garisId = lineageFor(id, input.petaDariId ? previous!.find((p) => p.id === input.petaDariId)! : null);
    const data = {
      domainId: domain.id, kode: input.kode, pertanyaan: input.pertanyaan, tipe: input.tipe, bobot: input.bobot, kritis: input.kritis, bolehNa: input.bolehNa,
      standar: input.standar, fakta: input.fakta, opsi: input.opsi as Prisma.InputJsonValue, petaDariId: input.petaDariId, garisId,
    };
    if (before) {
      const after = await tx.butirInstrumen.update({ where: { id }, data, select: butirAuditSelect });
      await writeAudit(tx, viewer, { entity: "butir_instrumen", entityId: id, action: "UPDATE", before, after });
    } else {
      const max = await tx.butirInstrumen.aggregate({ where: { instrumenId: ins.id }, _max: { urutan: true } });
      const after = await tx.butirInstrumen.create({ data: { ...data, id, instrumenId: ins.id, urutan: (max._max.urutan ?? 0) + 1 }, select: butirAuditSelect });
      await writeAudit(tx, viewer, { entity: "butir_instrumen", entityId: id, action: "CREATE", after, requestId: input.requestId });
    }
    return id;
  };
  // A new item submitted twice is added once (the form's requestId); an edit simply writes again.
  const id = input.id ? await writeOnce(write, dup) : (await createOnce(input.requestId, write, dup)).id;
  return { instrumenId: input.instrumenId, id };
}

/** Removes an item of a draft (its previous-version item then shows as removed in this version). */
export async function deleteButir(viewer: Viewer, id: string): Promise<{ instrumenId: string }> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const b = await tx.butirInstrumen.findFirst({ where: { id, instrumen: kabupatenDataScope(viewer) }, select: butirAuditSelect });
    if (!b) throw new NotFoundError();
    await lockDraft(tx, viewer, b.instrumenId);
    await tx.butirInstrumen.delete({ where: { id } });
    await writeAudit(tx, viewer, { entity: "butir_instrumen", entityId: id, action: "DELETE", before: b });
    return { instrumenId: b.instrumenId };
  });
}

/** Moves an item one place up or down within its domain. */
export async function moveButir(viewer: Viewer, input: { id: string; arah: "naik" | "turun" }): Promise<{ instrumenId: string }> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const b = await tx.butirInstrumen.findFirst({ where: { id: input.id, instrumen: kabupatenDataScope(viewer) }, select: { id: true, instrumenId: true, domainId: true, urutan: true, kode: true } });
    if (!b) throw new NotFoundError();
    await lockDraft(tx, viewer, b.instrumenId);
    const up = input.arah === "naik";
    const other = await tx.butirInstrumen.findFirst({
      where: { instrumenId: b.instrumenId, domainId: b.domainId, urutan: up ? { lt: b.urutan } : { gt: b.urutan } },
      orderBy: { urutan: up ? "desc" : "asc" },
      select: { id: true, urutan: true, kode: true },
    });
    if (!other) return { instrumenId: b.instrumenId };
    await tx.butirInstrumen.update({ where: { id: b.id }, data: { urutan: other.urutan } });
    await tx.butirInstrumen.update({ where: { id: other.id }, data: { urutan: b.urutan } });
    await writeAudit(tx, viewer, { entity: "butir_instrumen", entityId: b.id, action: "UPDATE", before: { kode: b.kode, urutan: b.urutan }, after: { kode: b.kode, urutan: other.urutan } });
    return { instrumenId: b.instrumenId };
  });
}

/**
 * Publishes a draft after checking all of it (lib/supervisi/versi.ts draftProblems): the draft
 * becomes TERBIT, the version published until now ARSIP (visits already on it keep it).
 */
export async function publishDraft(viewer: Viewer, id: string): Promise<{ id: string }> {
  assertManager(viewer);
  return db.$transaction(async (tx) => {
    const ins = await lockDraft(tx, viewer, id);
    const [domain, butir, previous] = await Promise.all([
      tx.domainInstrumen.findMany({ where: { instrumenId: ins.id }, select: { id: true, kode: true, nama: true, urutan: true } }),
      tx.butirInstrumen.findMany({ where: { instrumenId: ins.id }, select: butirAuditSelect, orderBy: { urutan: "asc" } }),
      ins.sebelumnyaId ? tx.butirInstrumen.findMany({ where: { instrumenId: ins.sebelumnyaId }, select: { id: true, kode: true, garisId: true } }) : Promise.resolve(null),
    ]);
    const problems = draftProblems({ domain, butir: butir.map((b) => ({ ...b, bobot: b.bobot.toNumber(), tipe: b.tipe as TipeButir, opsi: b.opsi as OpsiButir })) }, previous);
    if (problems.length) throw new DomainError(`Draf belum dapat diterbitkan: ${problems.map((p) => p.pesan).join(" ")}`);
    const aktif = await tx.instrumen.findMany({ where: { ...kabupatenDataScope(viewer), kode: ins.kode, status: "TERBIT" }, select: { id: true, versi: true } });
    for (const a of aktif) {
      await tx.instrumen.update({ where: { id: a.id }, data: { status: "ARSIP" } });
      await writeAudit(tx, viewer, { entity: "instrumen", entityId: a.id, action: "UPDATE", before: { status: "TERBIT", versi: a.versi }, after: { status: "ARSIP", versi: a.versi } });
    }
    const now = new Date();
    await tx.instrumen.update({ where: { id: ins.id }, data: { status: "TERBIT", terbitAt: now, terbitOlehId: viewer.id } });
    await writeAudit(tx, viewer, { entity: "instrumen", entityId: ins.id, action: "UPDATE", before: { status: "DRAF", versi: ins.versi }, after: { status: "TERBIT", versi: ins.versi, terbitAt: now, terbitOlehId: viewer.id, butir: butir.length } });
    return { id: ins.id };
  });
}

/** Throws the draft away with its domains and items (nothing was ever scored on a draft). */
export async function discardDraft(viewer: Viewer, id: string): Promise<{ kode: string }> {
  assertManager(viewer);
  return db.$transaction(async (tx) => {
    const ins = await lockDraft(tx, viewer, id);
    const used = await tx.instrumen.findUnique({ where: { id: ins.id }, select: { _count: { select: { kunjungan: true, rencana: true } } } });
    if (used && used._count.kunjungan + used._count.rencana > 0) throw new DomainError("Draf ini sudah dipakai rencana atau kunjungan; tidak dapat dibuang.");
    await tx.instrumen.delete({ where: { id: ins.id } });
    await writeAudit(tx, viewer, { entity: "instrumen", entityId: ins.id, action: "DELETE", before: { kode: ins.kode, versi: ins.versi, status: "DRAF" } });
    return { kode: ins.kode };
  });
}
