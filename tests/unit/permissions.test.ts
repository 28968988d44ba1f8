/** The role → permission table (lib/access/permissions.ts), written out in full so that any change is deliberate. */
import { describe, expect, it } from "vitest";
import { can, permissionsOf, PERMISSIONS, ROLE_LABEL, type Permission } from "../../lib/access/permissions.ts";

const EXPECTED: Record<string, Permission[]> = {
  DINKES_ADMIN: ["beranda.view", "wilayah.read", "wilayah.manage", "posyandu.read", "posyandu.create", "posyandu.edit", "posyandu.delete", "user.manage", "import.run", "audit.read", "gizi.calc",
    "kesiapan.read", "kader.manage", "kader.nik.full", "sarana.manage", "percontohan.manage", "katalog.manage",
    "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update", "laporan.read"],
  DINKES: ["beranda.view", "wilayah.read", "posyandu.read", "audit.read", "gizi.calc", "kesiapan.read", "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update", "laporan.read"],
  PUSKESMAS: ["beranda.view", "wilayah.read", "posyandu.read", "posyandu.edit", "audit.read", "gizi.calc", "kesiapan.read", "kader.manage", "sarana.manage", "supervisi.read", "supervisi.plan", "supervisi.conduct", "tindaklanjut.update",
    "laporan.read", "sasaran.read", "sasaran.manage", "sasaran.merge", "pemeriksaan.correct"],
  BIDAN_DESA: ["beranda.view", "wilayah.read", "posyandu.read", "audit.read", "gizi.calc", "kesiapan.read", "kader.manage", "sarana.manage", "supervisi.read", "supervisi.conduct", "tindaklanjut.update",
    "laporan.read", "sasaran.read", "sasaran.manage", "sasaran.merge", "haribuka.record", "pemeriksaan.correct"],
  KADER: ["beranda.view", "posyandu.read", "gizi.calc", "kesiapan.read", "kader.phone.own", "supervisi.read", "tindaklanjut.update",
    "laporan.read", "sasaran.read", "sasaran.manage", "haribuka.record"],
};

describe("permissions", () => {
  it("the table covers every role there is", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(ROLE_LABEL).sort());
  });

  const rows = Object.entries(EXPECTED).flatMap(([role, allowed]) => PERMISSIONS.map((p) => [role, p, allowed.includes(p)] as const));
  it.each(rows)("%s may %s: %s", (role, permission, expected) => {
    expect(can({ role }, permission)).toBe(expected);
  });

  it.each(Object.entries(EXPECTED))("%s has exactly its permissions", (role, allowed) => {
    expect([...permissionsOf(role)].sort()).toEqual([...allowed].sort());
  });

  it.each(["", "ADMIN", "dinkes_admin", "SUPERUSER", "__proto__", "constructor", "toString"])("an unknown role (%j) gets nothing", (role) => {
    expect(permissionsOf(role)).toEqual([]);
    for (const p of PERMISSIONS) expect(can({ role }, p)).toBe(false);
  });

  it("no viewer may do nothing", () => {
    for (const p of PERMISSIONS) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
    }
  });
});
