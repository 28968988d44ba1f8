/**
 * Writes of one posyandu's kit and premises (puskesmas officer, bidan desa, Dinkes admin, within
 * their area). The whole form is saved in one transaction: an upsert per item that changed, the
 * premises row, ONE audit row for the save (entity "sarana", keyed by the posyandu, before/after
 * holding only what changed, one line per item), and the readiness refresh. One row per save rather
 * than per item so that the save carries the form's requestId: a double submit writes nothing.
 */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { posyanduScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { isUuid } from "../dal/ids.ts";
import { createOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { formatDate, isoDay } from "../i18n/format.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { PRASARANA_FIELDS } from "./gaps.ts";
import { auditKeyPrasarana, auditKeySarana } from "./audit-keys.ts";
import { KONDISI_LABEL, itemField, type TSaranaForm, type TSaranaItemInput } from "./schemas.ts";

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date | null) => (d ? isoDay(d) : null);

interface Holding { jumlah: number; kondisi: TSaranaItemInput["kondisi"]; kalibrasiTerakhir: string | null; sumberDana: string | null }

/** How one item reads in the audit trail: "2 unit, baik, kalibrasi 1 Mei 2024, dana APBDes". */
function describeHolding(h: Holding | null): string | null {
  if (!h) return null;
  const parts = [`${h.jumlah} unit`, KONDISI_LABEL[h.kondisi].toLowerCase()];
  if (h.kalibrasiTerakhir) parts.push(`kalibrasi ${formatDate(dateOnly(h.kalibrasiTerakhir))}`);
  if (h.sumberDana) parts.push(`dana ${h.sumberDana}`);
  return parts.join(", ");
}

const same = (a: Holding | null, b: Holding) =>
  !!a && a.jumlah === b.jumlah && a.kondisi === b.kondisi && a.kalibrasiTerakhir === b.kalibrasiTerakhir && a.sumberDana === b.sumberDana;

/**
 * Saves the kit and premises of a posyandu in the viewer's scope. A posyandu out of scope, or an
 * item id that is not in the posyandu's kabupaten catalogue (a forged form), is not found and
 * nothing is written; an item deactivated meanwhile is refused by name.
 */
export async function saveSarana(viewer: Viewer, input: TSaranaForm): Promise<{ id: string; duplicateSubmit: boolean; changed: number }> {
  if (!can(viewer, "sarana.manage")) throw new ForbiddenError();
  if (!isUuid(input.posyanduId)) throw new NotFoundError();
  let changed = 0;
  const result = await createOnce(input.requestId, async (tx) => {
    const p = await tx.posyandu.findFirst({ where: { AND: [{ id: input.posyanduId }, posyanduScope(viewer)] }, select: { id: true, desa: { select: { kabupatenId: true } } } });
    if (!p) throw new NotFoundError();
    const ids = [...new Set(input.items.map((i) => i.jenisSaranaId))];
    const jenis = await tx.jenisSarana.findMany({ where: { id: { in: ids }, kabupatenId: p.desa.kabupatenId }, select: { id: true, kode: true, nama: true, isActive: true, perluKalibrasi: true } });
    if (jenis.length !== ids.length) throw new NotFoundError();
    const inactive = jenis.filter((j) => !j.isActive);
    if (inactive.length) {
      throw new DomainError(
        `${inactive.map((j) => j.nama).join(", ")} sudah dinonaktifkan dari katalog; muat ulang halaman lalu simpan lagi.`,
        Object.fromEntries(inactive.map((j) => [itemField("jumlah", j.id), ["Alat ini tidak lagi ada di katalog aktif."]])),
      );
    }
    const jenisOf = new Map(jenis.map((j) => [j.id, j]));
    const rows = await tx.saranaPosyandu.findMany({ where: { posyanduId: p.id, jenisSaranaId: { in: ids } }, select: { id: true, jenisSaranaId: true, jumlah: true, kondisi: true, kalibrasiTerakhir: true, sumberDana: true } });
    const beforeOf = new Map(rows.map((r) => [r.jenisSaranaId, { jumlah: r.jumlah, kondisi: r.kondisi, kalibrasiTerakhir: isoOf(r.kalibrasiTerakhir), sumberDana: r.sumberDana } satisfies Holding]));

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const item of input.items) {
      const j = jenisOf.get(item.jenisSaranaId)!;
      // A date only means something for an item that is calibrated; the form does not ask otherwise.
      const next: Holding = { jumlah: item.jumlah, kondisi: item.kondisi, kalibrasiTerakhir: j.perluKalibrasi ? item.kalibrasiTerakhir : null, sumberDana: item.sumberDana };
      const prev = beforeOf.get(j.id) ?? null;
      // Nothing held and nothing said about an item never recorded: no row.
      if (!prev && next.jumlah === 0 && !next.kalibrasiTerakhir && !next.sumberDana && next.kondisi === "BAIK") continue;
      if (same(prev, next)) continue;
      const data = { jumlah: next.jumlah, kondisi: next.kondisi, kalibrasiTerakhir: next.kalibrasiTerakhir ? dateOnly(next.kalibrasiTerakhir) : null, sumberDana: next.sumberDana };
      await tx.saranaPosyandu.upsert({
        where: { posyanduId_jenisSaranaId: { posyanduId: p.id, jenisSaranaId: j.id } },
        create: { posyanduId: p.id, jenisSaranaId: j.id, ...data },
        update: data,
        select: { id: true },
      });
      before[auditKeySarana(j.kode)] = describeHolding(prev);
      after[auditKeySarana(j.kode)] = describeHolding(next);
    }

    const prasaranaBefore = await tx.prasaranaPosyandu.findUnique({ where: { posyanduId: p.id }, select: { ruangCukup: true, tempatDuduk: true, pojokPrivasi: true, air: true, toilet: true, catatan: true } });
    const prasaranaNext = input.prasarana;
    const fields = [...PRASARANA_FIELDS.map((f) => f.key), "catatan"] as const;
    const prasaranaChanged = fields.filter((k) => (prasaranaBefore ? prasaranaBefore[k] : k === "catatan" ? null : false) !== prasaranaNext[k]);
    if (prasaranaChanged.length) {
      await tx.prasaranaPosyandu.upsert({ where: { posyanduId: p.id }, create: { posyanduId: p.id, ...prasaranaNext }, update: prasaranaNext, select: { posyanduId: true } });
      for (const k of prasaranaChanged) {
        before[auditKeyPrasarana(k)] = prasaranaBefore ? prasaranaBefore[k] : null;
        after[auditKeyPrasarana(k)] = prasaranaNext[k];
      }
    }

    changed = Object.keys(after).length;
    if (changed === 0) return p.id;
    await writeAudit(tx, viewer, { entity: "sarana", entityId: p.id, action: "UPDATE", before, after, requestId: input.requestId });
    await refreshKesiapan(tx, [p.id]);
    return p.id;
  }, () => new DomainError("Sarana tidak dapat disimpan karena data berubah bersamaan; muat ulang halaman lalu coba lagi."));
  return { ...result, changed: result.duplicateSubmit ? 0 : changed };
}
