import type { Role } from "../generated/prisma/enums.ts";

/** Who is asking: loaded from the database once per request, passed to every query and action. */
export interface Viewer {
  id: string;
  username: string;
  nama: string;
  role: Role;
  kabupatenId: string;
  kabupatenNama: string;
  puskesmasId: string | null;
  desaId: string | null;
  posyanduId: string | null;
  /** e.g. "Puskesmas Geger, Kabupaten Madiun". */
  areaLabel: string;
  mustChangePassword: boolean;
}
