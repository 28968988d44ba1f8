"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { protectedAction } from "../actions/protected-action.ts";
import { ZPenggunaCreate, ZPenggunaUpdate, type PenggunaPasswordState } from "./schemas.ts";
import { ZId } from "../dal/ids.ts";
import { createPengguna, resetPenggunaPassword, setPenggunaActive, unlockPengguna, updatePengguna } from "./dal.ts";

const create = protectedAction("user.manage", ZPenggunaCreate, async (viewer, input) => {
  const created = await createPengguna(viewer, input);
  revalidatePath("/pengguna");
  if (created.duplicateSubmit) {
    return { ok: false, message: `Akun ${created.username} sudah dibuat dari formulir ini. Kata sandi awal hanya ditampilkan sekali; bila belum tercatat, buka akun itu dan atur ulang kata sandinya.` };
  }
  const state: PenggunaPasswordState = { ok: true, message: `Akun ${created.username} sudah dibuat.`, oneTime: { id: created.id, username: created.username, nama: created.nama, password: created.password } };
  return state;
});

/** Creates an account; answers with its one-time password, once. */
export async function createPenggunaAction(prev: PenggunaPasswordState, formData: FormData): Promise<PenggunaPasswordState> {
  return create(prev, formData);
}

const reset = protectedAction("user.manage", ZId, async (viewer, input) => {
  const r = await resetPenggunaPassword(viewer, input.id);
  revalidatePath(`/pengguna/${r.id}`);
  const state: PenggunaPasswordState = { ok: true, message: `Kata sandi ${r.username} sudah diatur ulang.`, oneTime: r };
  return state;
});

/** Resets an account's password; answers with the new one-time password, once. */
export async function resetPenggunaPasswordAction(prev: PenggunaPasswordState, formData: FormData): Promise<PenggunaPasswordState> {
  return reset(prev, formData);
}

const ZSetActive = ZId.extend({ aktif: z.enum(["ya", "tidak"], { error: "Status tidak sah." }) });

export const setPenggunaActiveAction = protectedAction("user.manage", ZSetActive, async (viewer, input) => {
  await setPenggunaActive(viewer, input.id, input.aktif === "ya");
  revalidatePath("/pengguna");
  revalidatePath(`/pengguna/${input.id}`);
  return { redirectTo: `/pengguna/${input.id}?status=${input.aktif === "ya" ? "aktif" : "nonaktif"}` };
});

export const unlockPenggunaAction = protectedAction("user.manage", ZId, async (viewer, input) => {
  await unlockPengguna(viewer, input.id);
  revalidatePath("/pengguna");
  revalidatePath(`/pengguna/${input.id}`);
  return { redirectTo: `/pengguna/${input.id}?status=dibuka` };
});

export const updatePenggunaAction = protectedAction("user.manage", ZPenggunaUpdate, async (viewer, input) => {
  const { changed } = await updatePengguna(viewer, input);
  revalidatePath("/pengguna");
  revalidatePath(`/pengguna/${input.id}`);
  return { redirectTo: `/pengguna/${input.id}?status=${changed ? "diubah" : "tetap"}` };
});
