/** What every wilayah write shares: who may write, the "what is in the way" message, official names. */
import "server-only";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { DomainError, ForbiddenError } from "../errors.ts";
import { findReferensi } from "./referensi.ts";
import { BEDA_RESMI_LABEL } from "./schemas.ts";

/** Master data of the wilayah is the Dinkes admin's job; everyone else is refused before any read. */
export function assertManager(viewer: Viewer) {
  if (!can(viewer, "wilayah.manage")) throw new ForbiddenError();
}

/** "4 dusun, 4 posyandu, 1 pustu, dan 1 akun pengguna" from the non-zero counts; null when nothing is in the way. */
export function inTheWay(parts: [count: number, noun: string][]): string | null {
  const listed = parts.filter(([n]) => n > 0).map(([n, noun]) => `${n.toLocaleString("id-ID")} ${noun}`);
  if (listed.length === 0) return null;
  if (listed.length <= 2) return listed.join(" dan ");
  return `${listed.slice(0, -1).join(", ")}, dan ${listed[listed.length - 1]}`;
}

/** Refuses a delete while children remain, saying what they are. */
export function refuseDeleteIfChildren(what: string, parts: [number, string][], advice: string) {
  const list = inTheWay(parts);
  if (list) throw new DomainError(`${what} tidak dapat dihapus: masih ada ${list}. ${advice}`);
}

/**
 * Names of kecamatan and desa come from the official list (Kepmendagri 2025). A different name is
 * kept only when the user says so (a correction the list has not caught up with), never by accident.
 */
export function checkOfficialName(kode: string, nama: string, confirmed: boolean) {
  const ref = findReferensi(kode);
  if (!ref || confirmed) return;
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  if (norm(ref.nama) === norm(nama)) return;
  const message = `Menurut daftar resmi Kemendagri 2025, kode ${kode} bernama "${ref.nama}". Bila "${nama}" memang benar, centang "${BEDA_RESMI_LABEL}".`;
  throw new DomainError("Nama berbeda dari daftar resmi.", { nama: [message] });
}
