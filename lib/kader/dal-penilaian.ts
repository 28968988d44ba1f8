/**
 * Skill assessments: one screen records one skill or a whole package for one kader, with one date
 * and method, the viewer as assessor. Refused in Bahasa: a date after today (Asia/Jakarta) or before
 * the year the kader started, a skill outside the current catalogue of the viewer's kabupaten.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { kaderScope } from "../access/scope.ts";
import { writeAudit } from "../audit/audit.ts";
import { createOnce } from "../dal/write.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { formatDate, todayInJakarta } from "../i18n/format.ts";
import { refreshKesiapan } from "../kesiapan/refresh.ts";
import { refreshLevels } from "./refresh-level.ts";
import type { TPenilaianForm } from "./schemas.ts";

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Records the assessments of one screen (kader.manage, kader in scope). A repeated requestId writes nothing. */
export async function recordPenilaian(viewer: Viewer, input: TPenilaianForm): Promise<{ id: string; duplicateSubmit: boolean }> {
  if (!can(viewer, "kader.manage")) throw new ForbiddenError();
  return createOnce(input.requestId, async (tx) => {
    const kader = await tx.kader.findFirst({ where: { AND: [{ id: input.kaderId }, kaderScope(viewer)] }, select: { id: true, nama: true, isActive: true, tahunMulai: true, posyanduId: true } });
    if (!kader) throw new NotFoundError();
    if (!kader.isActive) throw new DomainError(`Kader ${kader.nama} tidak aktif; aktifkan dulu sebelum mencatat penilaian.`);
    const today = todayInJakarta();
    if (input.tanggal > today) throw new DomainError("Tanggal penilaian tidak boleh setelah hari ini.", { tanggal: [`Tanggal penilaian paling lambat hari ini (${formatDate(dateOf(today))}).`] });
    if (kader.tahunMulai && input.tanggal < `${kader.tahunMulai}-01-01`) {
      throw new DomainError(`Tanggal penilaian sebelum ${kader.nama} mulai menjadi kader (${kader.tahunMulai}).`, { tanggal: [`Tanggal penilaian tidak boleh sebelum tahun mulai kader (${kader.tahunMulai}).`] });
    }
    const ids = [...new Set(input.items.map((i) => i.keterampilanId))];
    if (ids.length !== input.items.length) throw new DomainError("Satu keterampilan dinilai dua kali dalam satu formulir.", { hasil: ["Setiap keterampilan cukup dinilai sekali per formulir."] });
    // The kader is in the viewer's area, hence its kabupaten is the viewer's: its current catalogue is the viewer's.
    const skills = await tx.keterampilan.findMany({ where: { id: { in: ids }, retiredAt: null, paket: { kabupatenId: viewer.kabupatenId } }, select: { id: true, kode: true, versi: true } });
    if (skills.length !== ids.length) {
      throw new DomainError("Ada keterampilan yang tidak ada di katalog terkini kabupaten Anda (mungkin baru saja diubah). Muat ulang halaman, lalu isi kembali.", { hasil: ["Keterampilan tidak ada di katalog terkini."] });
    }
    const byId = new Map(skills.map((s) => [s.id, s]));
    const rows = input.items.map((i) => ({ id: randomUUID(), kaderId: kader.id, keterampilanId: i.keterampilanId, tanggal: dateOf(input.tanggal), penilaiId: viewer.id, metode: input.metode, hasil: i.hasil, catatan: i.catatan }));
    await tx.penilaianKeterampilan.createMany({ data: rows });
    for (const [n, r] of rows.entries()) {
      const s = byId.get(r.keterampilanId)!;
      await writeAudit(tx, viewer, {
        entity: "penilaian",
        entityId: r.id,
        action: "CREATE",
        after: { kaderId: r.kaderId, keterampilan: `${s.kode} v${s.versi}`, tanggal: input.tanggal, metode: r.metode, hasil: r.hasil, catatan: r.catatan },
        // The first row carries the form's token: a second submit of the same form finds it and writes nothing.
        requestId: n === 0 ? input.requestId : null,
      });
    }
    await refreshLevels(tx, viewer.kabupatenId, [kader.id]);
    await refreshKesiapan(tx, [kader.posyanduId]);
    return rows[0].id;
  }, () => new DomainError("Penilaian tidak dapat disimpan; coba lagi."));
}
