/** The roles an admin can give, with their labels and what each may do, for the forms. */
import { ROLE_LABEL } from "../access/permissions.ts";
import { ROLES, type TRole } from "./schemas.ts";

export const ROLE_HINT: Record<TRole, string> = {
  DINKES_ADMIN: "Mengelola seluruh data dan akun di kabupaten ini.",
  DINKES: "Melihat data seluruh kabupaten, tanpa mengubah.",
  PUSKESMAS: "Melihat desa dan posyandu di wilayah kerja satu puskesmas; dapat mengubah jadwal posyandu.",
  BIDAN_DESA: "Melihat data satu desa.",
  KADER: "Melihat data satu posyandu.",
};

export function roleChoices(): { value: TRole; label: string; hint: string }[] {
  return ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r], hint: ROLE_HINT[r] }));
}
