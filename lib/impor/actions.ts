"use server";
import { revalidatePath } from "next/cache";
import { protectedAction } from "../actions/protected-action.ts";
import { formatNumber } from "../i18n/format.ts";
import { ZApplyImport, ZCheckImport } from "./schemas.ts";
import { applyImport, checkImportFile } from "./dal.ts";
import { tooLargeMessage } from "../table/limits.ts";
import { IMPORT_LIMITS } from "./limits.ts";

/** Checks the whole uploaded file; a clean file becomes a job to confirm, a bad one lists every problem. */
export const checkImportAction = protectedAction("import.run", ZCheckImport, async (viewer, _input, formData) => {
  const file = formData.get("berkas");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) {
    return { ok: false, message: "Pilih berkas CSV atau XLSX dulu.", fieldErrors: { berkas: ["Pilih berkas CSV atau XLSX."] } };
  }
  // Refused before reading it into memory.
  if (file.size > IMPORT_LIMITS.maxBytes) {
    return { ok: false, message: "Berkas tidak dapat diimpor. Belum ada data yang disimpan.", fieldErrors: { berkas: [tooLargeMessage(file.size, IMPORT_LIMITS)] } };
  }
  const result = await checkImportFile(viewer, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) {
    const n = result.errors.length;
    return { ok: false, message: `Berkas tidak dapat diimpor: ${formatNumber(n)} masalah ditemukan. Perbaiki lalu unggah lagi. Belum ada data yang disimpan.`, fieldErrors: { berkas: result.errors } };
  }
  return { redirectTo: `/impor/${result.jobId}` };
});

/** Writes a checked file (one transaction; a second submit of the same job writes nothing). */
export const applyImportAction = protectedAction("import.run", ZApplyImport, async (viewer, input) => {
  await applyImport(viewer, input.jobId);
  revalidatePath("/posyandu");
  revalidatePath("/wilayah");
  revalidatePath("/impor");
  return { redirectTo: `/impor/${input.jobId}?disimpan=1` };
});
