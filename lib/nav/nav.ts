import { can, type Permission } from "../access/permissions.ts";
import type { Viewer } from "../access/viewer-type.ts";

export interface NavItem { href: string; label: string; permission: Permission }

/** The navigation, filtered per role by `can`. */
export const NAV: NavItem[] = [
  { href: "/", label: "Beranda", permission: "beranda.view" },
  { href: "/wilayah", label: "Wilayah", permission: "wilayah.read" },
  { href: "/posyandu", label: "Posyandu", permission: "posyandu.read" },
  { href: "/kesiapan", label: "Kesiapan", permission: "kesiapan.read" },
  { href: "/sarana", label: "Sarana", permission: "kesiapan.read" },
  { href: "/percontohan", label: "Percontohan", permission: "kesiapan.read" },
  { href: "/supervisi", label: "Supervisi", permission: "supervisi.read" },
  { href: "/supervisi/tindak-lanjut", label: "Tindak Lanjut", permission: "supervisi.read" },
  { href: "/kader", label: "Kader", permission: "kesiapan.read" },
  { href: "/laporan", label: "Laporan", permission: "laporan.read" },
  { href: "/gizi", label: "Status Gizi", permission: "gizi.calc" },
  { href: "/ambang", label: "Ambang & Rujukan", permission: "laporan.read" },
  { href: "/impor", label: "Impor", permission: "import.run" },
  { href: "/pengguna", label: "Pengguna", permission: "user.manage" },
  { href: "/pengaturan/keterampilan", label: "Keterampilan Kader", permission: "katalog.manage" },
];

export function navFor(viewer: Viewer): NavItem[] {
  return NAV.filter((item) => can(viewer, item.permission));
}
