/**
 * Sasaran (people a posyandu serves): register and find. Every read and write goes through
 * sasaranScope / posyanduScope: a person outside the viewer's area answers exactly like one that
 * does not exist. Every write is audited; the NIK is kept masked in the audit trail.
 */
import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { posyanduScope, posyanduScopeSql, sasaranScope } from "../access/scope.ts";
import type { DbTx } from "../prisma-client.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { DomainError, ForbiddenError, NotFoundError, isUniqueViolation } from "../errors.ts";
import { createOnce } from "../dal/write.ts";
import { formatDate } from "../i18n/format.ts";
import { foldNama, maskNik } from "./nama.ts";
import { hplDariHpht, STATUS_IBU_LABEL, type SasaranInput, type TSasaranUbah, type TStatusBaru, type TStatusSelesai } from "./schemas.ts";

export type { SasaranInput } from "./schemas.ts";

/** What a search answers: enough to tell two people apart, the NIK masked. */
export interface SasaranRingkas {
  id: string;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: "L" | "P";
  /** YYYY-MM-DD. */
  tanggalLahir: string;
  namaIbu: string | null;
  namaSuami: string | null;
  alamat: string | null;
  posyanduId: string;
}

/** What the audit keeps of a person (the NIK and KK masked: the audit trail is read more widely). */
export const sasaranAuditSelect = {
  id: true, posyanduId: true, nama: true, nik: true, jenisKelamin: true, tanggalLahir: true, dusunId: true, alamat: true, rt: true, rw: true,
  telepon: true, namaIbu: true, namaSuami: true, noKk: true, isActive: true, digabungKeId: true,
} as const;

export function sasaranForAudit<T extends { nik: string | null; noKk?: string | null }>(row: T): T {
  return { ...row, nik: maskNik(row.nik), ...("noKk" in row ? { noKk: maskNik(row.noKk ?? null) } : {}) };
}

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A person no longer merged away: what lists, searches and new entries see. */
export const LIVE = { digabungKeId: null } as const;

export function assertManager(viewer: Viewer) {
  if (!can(viewer, "sasaran.manage")) throw new ForbiddenError();
}

function assertReader(viewer: Viewer) {
  if (!can(viewer, "sasaran.read")) throw new ForbiddenError();
}

/** The NIK is taken by another live person of the kabupaten: named only when the viewer may see them. */
export async function checkNikFree(tx: DbTx, viewer: Viewer, kabupatenId: string, nik: string | null, selfId: string | null): Promise<void> {
  if (!nik) return;
  const other = await tx.sasaran.findFirst({
    where: { kabupatenId, nik, ...LIVE, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true, nama: true, posyandu: { select: { nama: true } } },
  });
  if (!other) return;
  const visible = await tx.sasaran.count({ where: { AND: [{ id: other.id }, sasaranScope(viewer)] } });
  const who = visible ? ` atas nama ${other.nama} (Posyandu ${other.posyandu.nama})` : " di posyandu lain kabupaten ini";
  throw new DomainError(`NIK ini sudah terdaftar${who}.`, { nik: [`NIK sudah terdaftar${who}.`] });
}

/** The same folded name and birth date at the posyandu: probably the same person. */
export async function findMirip(tx: DbTx, posyanduId: string, namaKunci: string, tanggalLahir: string, selfId: string | null) {
  return tx.sasaran.findMany({
    where: { posyanduId, namaKunci, tanggalLahir: toDate(tanggalLahir), ...LIVE, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true, nama: true, tanggalLahir: true, namaIbu: true, isActive: true },
    orderBy: { nama: "asc" },
    take: 5,
  });
}

/** The refusal of a probable duplicate: the names in the message, their ids in `miripId` for links. */
function miripError(mirip: { id: string; nama: string; tanggalLahir: Date; namaIbu: string | null }[]) {
  const names = mirip.map((m) => `${m.nama} (lahir ${formatDate(m.tanggalLahir)}${m.namaIbu ? `, ibu ${m.namaIbu}` : ""})`).join("; ");
  return new DomainError(`Mungkin sudah terdaftar: ${names}. Periksa dulu; bila memang orang lain, centang "Tetap simpan sebagai orang baru".`, {
    abaikanMirip: [`Mungkin sudah terdaftar: ${names}.`],
    miripId: mirip.map((m) => m.id),
  });
}

/** The dusun must belong to the posyandu's desa. */
export async function checkDusun(tx: DbTx, desaId: string, dusunId: string | null): Promise<void> {
  if (!dusunId) return;
  const ok = await tx.dusun.count({ where: { id: dusunId, desaId } });
  if (!ok) throw new DomainError("Dusun tidak ditemukan di desa posyandu ini.", { dusunId: ["Pilih dusun dari desa posyandu ini."] });
}

async function createIn(tx: DbTx, viewer: Viewer, input: SasaranInput): Promise<{ id: string; created: boolean }> {
  if (input.id && (await tx.sasaran.count({ where: { id: input.id } }))) {
    // Sent before (a resend or a parallel twin that committed first). Existence first, then scope:
    // the other way round, a twin committing between the two reads would look like someone else's id.
    if (await tx.sasaran.count({ where: { AND: [{ id: input.id }, sasaranScope(viewer)] } })) return { id: input.id, created: false };
    // The id is someone else's, outside this viewer's area: as if nothing were there, and nothing written.
    throw new NotFoundError();
  }
  const posyandu = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] }, select: { id: true, desaId: true, desa: { select: { kabupatenId: true } } } });
  if (!posyandu) throw new NotFoundError("Posyandu tidak ditemukan.");
  const kabupatenId = posyandu.desa.kabupatenId;
  await checkDusun(tx, posyandu.desaId, input.dusunId);
  // The device id is left out of both checks: a twin of this very call committing meanwhile is this
  // person, not another one (the insert below then finds it and answers created: false).
  await checkNikFree(tx, viewer, kabupatenId, input.nik, input.id ?? null);
  const namaKunci = foldNama(input.nama);
  if (!input.abaikanMirip) {
    const mirip = await findMirip(tx, posyandu.id, namaKunci, input.tanggalLahir, input.id ?? null);
    if (mirip.length) throw miripError(mirip);
  }
  const id = input.id ?? crypto.randomUUID();
  const data = {
    id, kabupatenId, desaId: posyandu.desaId, posyanduId: posyandu.id, nama: input.nama, namaKunci, nik: input.nik, jenisKelamin: input.jenisKelamin,
    tanggalLahir: toDate(input.tanggalLahir), dusunId: input.dusunId, alamat: input.alamat, rt: input.rt, rw: input.rw, telepon: input.telepon,
    namaIbu: input.namaIbu, namaSuami: input.namaSuami, noKk: input.noKk, dibuatOlehId: viewer.id,
  };
  // ON CONFLICT DO NOTHING: a twin call with the same device id (in parallel) waits for the first and
  // then writes nothing, inside whatever transaction the caller runs, without aborting it.
  const { count } = await tx.sasaran.createMany({ data: [data], skipDuplicates: true });
  if (count === 0) {
    if (await tx.sasaran.count({ where: { AND: [{ id }, sasaranScope(viewer)] } })) return { id, created: false };
    if (await tx.sasaran.count({ where: { id } })) throw new NotFoundError();
    // The NIK was taken meanwhile by a parallel registration.
    await checkNikFree(tx, viewer, kabupatenId, input.nik, null);
    throw new DomainError("NIK ini sudah terdaftar.", { nik: ["NIK sudah terdaftar."] });
  }
  const after = await tx.sasaran.findUniqueOrThrow({ where: { id }, select: sasaranAuditSelect });
  await writeAudit(tx, viewer, { entity: "sasaran", entityId: id, action: "CREATE", after: sasaranForAudit(after) });
  return { id, created: true };
}

/**
 * Registers a person at a posyandu of the viewer's area. With a device-made `id`, creating again
 * (a resend, a double tap, parallel calls) returns the same person with `created: false` and writes
 * nothing. Refused: a NIK already registered to a live person of the kabupaten (field `nik`), and,
 * unless `abaikanMirip`, a person of the same folded name and birth date at the posyandu (field
 * `abaikanMirip`, their ids in `miripId`). Pass `tx` to register inside the caller's transaction.
 */
export async function createSasaran(viewer: Viewer, input: SasaranInput, tx?: DbTx): Promise<{ id: string; created: boolean }> {
  assertManager(viewer);
  if (tx) return createIn(tx, viewer, input);
  return db.$transaction((t) => createIn(t, viewer, input));
}

/** Word similarity at which a folded query matches a folded name within one posyandu. */
export const MIRIP_CARI = 0.35;

/**
 * The condition of a tolerant name search on `s.nama_kunci` (or the full NIK when 16 digits are typed).
 * Every typed word must match the name (contained in it, or for a word of three letters or more, close
 * by trigram word similarity): "joko xyz" finds no Joko, "sity noerhajati" finds Siti Nurhayati.
 * Best first by the whole folded query's likeness.
 */
export function namaMatchSql(q: string): { where: Prisma.Sql; skor: Prisma.Sql | null } | null {
  const digits = q.replace(/[\s.-]/g, "");
  if (/^\d{16}$/.test(digits)) return { where: Prisma.sql`s.nik = ${digits}`, skor: null };
  const k = foldNama(q);
  if (!k) return null;
  const words = [...new Set(q.split(/\s+/).map(foldNama).filter(Boolean))];
  // Fewer than three letters after folding ("zzzqqq" folds to "zq") make no trigram of their own:
  // only the names that contain them match, not every name with a "z".
  const wordMatch = (w: string) => w.length < 3
    ? Prisma.sql`s.nama_kunci LIKE ${`%${w}%`}`
    : Prisma.sql`(s.nama_kunci LIKE ${`%${w}%`} OR word_similarity(${w}, s.nama_kunci) >= ${MIRIP_CARI})`;
  const where = Prisma.sql`(${Prisma.join(words.map(wordMatch), " AND ")})`;
  const like = `%${k}%`;
  if (k.length < 3) return { where, skor: Prisma.sql`(CASE WHEN s.nama_kunci LIKE ${`${k}%`} THEN 1.0 ELSE 0 END)` };
  return {
    where,
    skor: Prisma.sql`(CASE WHEN s.nama_kunci LIKE ${like} THEN 1.0 ELSE 0 END + word_similarity(${k}, s.nama_kunci) + similarity(${k}, s.nama_kunci))`,
  };
}

interface RingkasRow { id: string; nama: string; nik: string | null; jenis_kelamin: "L" | "P"; tanggal_lahir: Date; nama_ibu: string | null; nama_suami: string | null; alamat: string | null; posyandu_id: string }

const toRingkas = (r: RingkasRow): SasaranRingkas => ({
  id: r.id, nama: r.nama, nikMasked: maskNik(r.nik), jenisKelamin: r.jenis_kelamin, tanggalLahir: isoDate(r.tanggal_lahir),
  namaIbu: r.nama_ibu, namaSuami: r.nama_suami, alamat: r.alamat, posyanduId: r.posyandu_id,
});

/**
 * Finds live, active people of one posyandu by name, forgiving spelling (foldNama, then trigram word
 * similarity on nama_kunci), best match first; a 16-digit query matches the NIK. An empty query lists
 * the posyandu's people by name. A posyandu outside the viewer's area finds nobody.
 */
export async function cariSasaran(viewer: Viewer, p: { posyanduId: string; q: string; limit?: number }): Promise<SasaranRingkas[]> {
  assertReader(viewer);
  if (!isUuid(p.posyanduId)) return [];
  const limit = Math.min(Math.max(p.limit ?? 20, 1), 100);
  const q = (p.q ?? "").trim().slice(0, 100);
  const match = q ? namaMatchSql(q) : null;
  if (q && !match) return [];
  const rows = await db.$queryRaw<RingkasRow[]>`
    SELECT s.id, s.nama, s.nik, s.jenis_kelamin::text AS jenis_kelamin, s.tanggal_lahir, s.nama_ibu, s.nama_suami, s.alamat, s.posyandu_id
    FROM sasaran s JOIN posyandu p ON p.id = s.posyandu_id JOIN desa d ON d.id = p.desa_id
    WHERE s.posyandu_id = ${p.posyanduId}::uuid AND s.kabupaten_id = ${viewer.kabupatenId}::uuid AND ${posyanduScopeSql(viewer)}
      AND s.digabung_ke_id IS NULL AND s.is_active ${match ? Prisma.sql`AND ${match.where}` : Prisma.empty}
    ORDER BY ${match?.skor ? Prisma.sql`${match.skor} DESC,` : Prisma.empty} s.nama, s.tanggal_lahir, s.id
    LIMIT ${limit}`;
  return rows.map(toRingkas);
}

/**
 * Updates a live person of the viewer's area. The NIK and KK: the edit form shows them in full to
 * sasaran.manage, so what is sent replaces what is stored (empty clears it).
 */
export async function updateSasaran(viewer: Viewer, input: TSasaranUbah): Promise<void> {
  assertManager(viewer);
  if (!isUuid(input.id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const before = await tx.sasaran.findFirst({ where: { AND: [{ id: input.id, ...LIVE }, sasaranScope(viewer)] }, select: { ...sasaranAuditSelect, kabupatenId: true, desaId: true } });
    if (!before) throw new NotFoundError();
    await checkDusun(tx, before.desaId, input.dusunId);
    await checkNikFree(tx, viewer, before.kabupatenId, input.nik, before.id);
    const after = await tx.sasaran.update({
      where: { id: before.id },
      data: {
        nama: input.nama, namaKunci: foldNama(input.nama), nik: input.nik, jenisKelamin: input.jenisKelamin, tanggalLahir: toDate(input.tanggalLahir), dusunId: input.dusunId,
        alamat: input.alamat, rt: input.rt, rw: input.rw, telepon: input.telepon, namaIbu: input.namaIbu, namaSuami: input.namaSuami, noKk: input.noKk,
      },
      select: sasaranAuditSelect,
    });
    const { kabupatenId: _k, desaId: _d, ...b } = before;
    await writeAudit(tx, viewer, { entity: "sasaran", entityId: before.id, action: "UPDATE", before: sasaranForAudit(b), after: sasaranForAudit(after) });
  }).catch((error) => {
    if (isUniqueViolation(error)) {
      // A parallel registration took the NIK between the check and the write.
      throw new DomainError("NIK ini sudah terdaftar.", { nik: ["NIK sudah terdaftar."] });
    }
    throw error;
  });
}

/** Marks a person moved away or died (kept for earlier months' reports), or active again. */
export async function setSasaranAktif(viewer: Viewer, id: string, aktif: boolean, alasan?: string): Promise<void> {
  assertManager(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const before = await tx.sasaran.findFirst({ where: { AND: [{ id, ...LIVE }, sasaranScope(viewer)] }, select: { id: true, isActive: true } });
    if (!before) throw new NotFoundError();
    if (before.isActive === aktif) return;
    await tx.sasaran.update({ where: { id }, data: { isActive: aktif } });
    await writeAudit(tx, viewer, { entity: "sasaran", entityId: id, action: aktif ? "ACTIVATE" : "DEACTIVATE", before: { isActive: before.isActive }, after: { isActive: aktif, ...(alasan ? { alasan } : {}) } });
  });
}

const statusAuditSelect = { id: true, sasaranId: true, status: true, mulai: true, selesai: true, hpht: true, hpl: true, hamilKe: true } as const;

/**
 * Adds a status period. HAMIL: a woman of at least 10 years; starts at HPHT, HPL = HPHT + 280 days
 * unless given. Refused while a period of the same status is still running.
 */
export async function addStatus(viewer: Viewer, input: TStatusBaru): Promise<{ id: string }> {
  assertManager(viewer);
  const { id } = await createOnce(input.requestId, async (tx) => {
    const s = await tx.sasaran.findFirst({ where: { AND: [{ id: input.sasaranId, ...LIVE }, sasaranScope(viewer)] }, select: { id: true, jenisKelamin: true, tanggalLahir: true, nama: true } });
    if (!s) throw new NotFoundError();
    if (s.jenisKelamin !== "P") throw new DomainError(`Status ${STATUS_IBU_LABEL[input.status].toLowerCase()} hanya untuk perempuan.`, { status: ["Status ini hanya untuk perempuan."] });
    const mulai = input.status === "HAMIL" ? input.hpht! : input.mulai!;
    const tahun10 = new Date(s.tanggalLahir);
    tahun10.setUTCFullYear(tahun10.getUTCFullYear() + 10);
    if (toDate(mulai) < tahun10) throw new DomainError(`${s.nama} belum berumur 10 tahun pada tanggal itu.`, { [input.status === "HAMIL" ? "hpht" : "mulai"]: ["Tanggal ini sebelum orang ini berumur 10 tahun."] });
    const running = await tx.statusSasaran.findFirst({ where: { sasaranId: s.id, status: input.status, OR: [{ selesai: null }, { selesai: { gte: toDate(mulai) } }] }, select: { mulai: true } });
    if (running) throw new DomainError(`Masih ada masa ${STATUS_IBU_LABEL[input.status].toLowerCase()} yang berjalan (mulai ${formatDate(running.mulai)}). Akhiri dulu masa itu.`, { status: ["Masa dengan status ini masih berjalan."] });
    const created = await tx.statusSasaran.create({
      data: {
        sasaranId: s.id, status: input.status, mulai: toDate(mulai),
        hpht: input.status === "HAMIL" ? toDate(input.hpht!) : null,
        hpl: input.status === "HAMIL" ? toDate(input.hpl ?? hplDariHpht(input.hpht!)) : null,
        hamilKe: input.status === "HAMIL" ? input.hamilKe : null,
      },
      select: statusAuditSelect,
    });
    await writeAudit(tx, viewer, { entity: "status_sasaran", entityId: created.id, action: "CREATE", after: created, requestId: input.requestId });
    return created.id;
  }, () => new DomainError("Status ini sudah tercatat."));
  return { id };
}

/** Ends a running status period on a date (not before it started). Returns the person's id. */
export async function endStatus(viewer: Viewer, input: TStatusSelesai): Promise<{ sasaranId: string }> {
  assertManager(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.statusSasaran.findFirst({ where: { id: input.id, sasaran: { AND: [LIVE, sasaranScope(viewer)] } }, select: statusAuditSelect });
    if (!before) throw new NotFoundError();
    if (before.selesai) throw new DomainError("Masa ini sudah berakhir.");
    if (toDate(input.selesai) < before.mulai) throw new DomainError("Tanggal selesai sebelum tanggal mulai.", { selesai: [`Tanggal selesai tidak boleh sebelum ${formatDate(before.mulai)}.`] });
    const after = await tx.statusSasaran.update({ where: { id: before.id }, data: { selesai: toDate(input.selesai) }, select: statusAuditSelect });
    await writeAudit(tx, viewer, { entity: "status_sasaran", entityId: before.id, action: "UPDATE", before, after });
    return { sasaranId: before.sasaranId };
  });
}
