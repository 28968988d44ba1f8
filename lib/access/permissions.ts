/**
 * What each role may do: one table, one `can()`. The navigation, the pages and the actions all ask it.
 * A role that is not in the table may do nothing.
 */
import type { Role } from "../generated/prisma/enums.ts";

export const PERMISSIONS = [
  "beranda.view",
  "wilayah.read",
  "wilayah.manage",
  "posyandu.read",
  "posyandu.create",
  "posyandu.edit",
  "posyandu.delete",
  "user.manage",
  "import.run",
  "audit.read",
  "gizi.calc",
  // Kesiapan ILP
  "kesiapan.read",
  "kader.manage",
  "kader.nik.full",
  "kader.phone.own",
  "sarana.manage",
  "percontohan.manage",
  "katalog.manage",
  // Supervisi
  "supervisi.read",
  "supervisi.plan",
  "supervisi.conduct",
  "tindaklanjut.update",
  // Hari posyandu
  "laporan.read",
  "sasaran.read",
  "sasaran.manage",
  "sasaran.merge",
  "haribuka.record",
  "pemeriksaan.correct",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  DINKES_ADMIN: ["beranda.view", "wilayah.read", "wilayah.manage", "posyandu.read", "posyandu.create", "posyandu.edit", "posyandu.delete", "user.manage", "import.run", "audit.read", "gizi.calc",
    // Designates pilots and moves their stages, corrects the catalogues and the rules; sees NIK in full on the kader form.
    "kesiapan.read", "kader.manage", "kader.nik.full", "sarana.manage", "percontohan.manage", "katalog.manage",
    // Plans and conducts kabupaten-level supervision; writes and versions the instruments (katalog.manage).
    "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update",
    // Reads the posyandu-day reports (counts, no names) and sets the thresholds (katalog.manage).
    "laporan.read"],
  // Dinkes staff read, and plan and conduct the kabupaten's supervision.
  DINKES: ["beranda.view", "wilayah.read", "posyandu.read", "audit.read", "gizi.calc", "kesiapan.read", "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update", "laporan.read"],
  // A puskesmas officer keeps the posyandu of its catchment up to date: place, schedule, active; and
  // records their kaders, skill assessments and kit.
  // It plans and conducts supervision in its catchment and closes the follow-ups it owns.
  PUSKESMAS: ["beranda.view", "wilayah.read", "posyandu.read", "posyandu.edit", "audit.read", "gizi.calc", "kesiapan.read", "kader.manage", "sarana.manage",
    "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update",
    // It reads and corrects the posyandu-day data of its catchment (names too: it follows up referrals) and merges duplicates.
    "laporan.read", "sasaran.read", "sasaran.manage", "sasaran.merge", "pemeriksaan.correct"],
  // A bidan desa conducts visits in its desa and updates their follow-ups.
  BIDAN_DESA: ["beranda.view", "wilayah.read", "posyandu.read", "audit.read", "gizi.calc", "kesiapan.read", "kader.manage", "sarana.manage",
    "supervisi.read", "supervisi.conduct", "tindaklanjut.update",
    // It records the posyandu day of its desa's posyandu, corrects entries and merges duplicates.
    "laporan.read", "sasaran.read", "sasaran.manage", "sasaran.merge", "haribuka.record", "pemeriksaan.correct"],
  // A kader reads its own posyandu's kaders, kit and score, and edits nothing but its own phone number.
  // It reads its posyandu's supervision sheets and follow-ups, and marks its own follow-ups done.
  // On the posyandu day it registers people and records their entries, for its own posyandu only.
  KADER: ["beranda.view", "posyandu.read", "gizi.calc", "kesiapan.read", "kader.phone.own", "supervisi.read", "tindaklanjut.update",
    "laporan.read", "sasaran.read", "sasaran.manage", "haribuka.record"],
};

export function permissionsOf(role: Role | string): readonly Permission[] {
  // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
  return Object.hasOwn(TABLE, role) ? (TABLE as Record<string, readonly Permission[]>)[role] : [];
}

export function can(viewer: { role: Role | string } | null | undefined, permission: Permission): boolean {
  return !!viewer && permissionsOf(viewer.role).includes(permission);
}

export const ROLE_LABEL: Record<Role, string> = {
  DINKES_ADMIN: "Admin Dinkes",
  DINKES: "Staf Dinkes",
  PUSKESMAS: "Petugas Puskesmas",
  BIDAN_DESA: "Bidan Desa",
  KADER: "Kader",
};
