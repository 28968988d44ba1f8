"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { ZId } from "../dal/ids.ts";
import { ZKaderCreate, ZKaderForm, ZPenilaianForm, ZTeleponSendiri } from "./schemas.ts";
import { ZAturanLevelForm, ZKeterampilanBaru, ZKeterampilanUbah } from "./schemas-katalog.ts";
import { createKader, deleteKader, setKaderActive, updateKader, updateTeleponSendiri } from "./dal.ts";
import { recordPenilaian } from "./dal-penilaian.ts";
import { addKeterampilan, resetAturanLevel, rewordKeterampilan, saveAturanLevel } from "./dal-katalog.ts";
import { importKader } from "./dal-impor.ts";
import { optionalId } from "../forms/zod-helpers.ts";
import { IMPORT_LIMITS } from "../impor/limits.ts";
import { tooLargeMessage } from "../table/limits.ts";
import { formatNumber } from "../i18n/format.ts";

const refreshKader = (id?: string) => {
  revalidatePath("/kader");
  if (id) revalidatePath(`/kader/${id}`);
  revalidatePath("/posyandu", "layout");
};

export const createKaderAction = protectedAction("kader.manage", ZKaderCreate, async (viewer, input) => {
  const { id } = await createKader(viewer, input);
  refreshKader(id);
  return { redirectTo: `/kader/${id}?disimpan=1` };
});

export const updateKaderAction = protectedAction("kader.manage", ZId.and(ZKaderForm), async (viewer, { id, ...input }) => {
  await updateKader(viewer, id, input);
  refreshKader(id);
  return { redirectTo: `/kader/${id}?disimpan=1` };
});

export const updateTeleponSendiriAction = protectedAction("kader.phone.own", ZTeleponSendiri, async (viewer, input) => {
  const { id } = await updateTeleponSendiri(viewer, input);
  refreshKader(id);
  return { redirectTo: `/kader/${id}?disimpan=telepon` };
});

export const setKaderActiveAction = protectedAction("kader.manage", ZId.extend({ aktif: z.enum(["ya", "tidak"]) }), async (viewer, input) => {
  await setKaderActive(viewer, input.id, input.aktif === "ya");
  refreshKader(input.id);
  return { redirectTo: `/kader/${input.id}?disimpan=${input.aktif === "ya" ? "aktif" : "nonaktif"}` };
});

export const deleteKaderAction = protectedAction("kader.manage", ZId, async (viewer, input) => {
  const { posyanduId } = await deleteKader(viewer, input.id);
  refreshKader();
  return { redirectTo: `/posyandu/${posyanduId}/kader?dihapus=1` };
});

export const recordPenilaianAction = protectedAction("kader.manage", ZPenilaianForm, async (viewer, input) => {
  await recordPenilaian(viewer, input);
  refreshKader(input.kaderId);
  return { redirectTo: `/kader/${input.kaderId}?disimpan=penilaian` };
});

const refreshKatalog = () => {
  revalidatePath("/pengaturan/keterampilan");
  refreshKader();
};

export const rewordKeterampilanAction = protectedAction("katalog.manage", ZKeterampilanUbah, async (viewer, input) => {
  await rewordKeterampilan(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/keterampilan?disimpan=ubah" };
});

export const addKeterampilanAction = protectedAction("katalog.manage", ZKeterampilanBaru, async (viewer, input) => {
  await addKeterampilan(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/keterampilan?disimpan=tambah" };
});

export const saveAturanLevelAction = protectedAction("katalog.manage", ZAturanLevelForm, async (viewer, input) => {
  await saveAturanLevel(viewer, input);
  refreshKatalog();
  return { redirectTo: "/pengaturan/keterampilan?disimpan=aturan" };
});

export const resetAturanLevelAction = protectedAction("katalog.manage", z.object({}), async (viewer) => {
  await resetAturanLevel(viewer);
  refreshKatalog();
  return { redirectTo: "/pengaturan/keterampilan?disimpan=bawaan" };
});

/** Imports a kader file: every row checked first; a bad file lists every problem and writes nothing. */
export const importKaderAction = protectedAction("kader.manage", z.object({ posyanduId: optionalId("Posyandu") }), async (viewer, input, formData) => {
  const file = formData.get("berkas");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return { ok: false, message: "Pilih berkas CSV atau XLSX dulu.", fieldErrors: { berkas: ["Pilih berkas CSV atau XLSX."] } };
  if (file.size > IMPORT_LIMITS.maxBytes) return { ok: false, message: "Berkas tidak dapat diimpor. Belum ada data yang disimpan.", fieldErrors: { berkas: [tooLargeMessage(file.size, IMPORT_LIMITS)] } };
  const result = await importKader(viewer, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, input.posyanduId);
  if (!result.ok) return { ok: false, message: `Berkas tidak dapat diimpor: ${formatNumber(result.errors.length)} masalah ditemukan. Perbaiki lalu unggah lagi. Belum ada data yang disimpan.`, fieldErrors: { berkas: result.errors } };
  refreshKader();
  return { redirectTo: input.posyanduId ? `/posyandu/${input.posyanduId}/kader?diimpor=${result.count}` : `/kader?diimpor=${result.count}` };
});
