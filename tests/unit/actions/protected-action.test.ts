/**
 * protectedAction's own logic, with the viewer mocked: who may run an action, how bad input and
 * thrown errors are answered (in Bahasa), and that nothing unexpected leaks to the browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "../../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer() }));

const { protectedAction, publicAction, SIGNED_IN, SERVER_ERROR_MESSAGE } = await import("../../../lib/actions/protected-action.ts");
const { DomainError, NotFoundError } = await import("../../../lib/errors.ts");

const base: Viewer = {
  id: "0b5c6a58-0000-4000-8000-000000000001", username: "pkm.geger", nama: "Petugas Geger", role: "PUSKESMAS",
  kabupatenId: "0b5c6a58-0000-4000-8000-000000000002", kabupatenNama: "Kabupaten Madiun", puskesmasId: null, desaId: null, posyanduId: null,
  areaLabel: "Puskesmas Geger, Kabupaten Madiun", mustChangePassword: false,
};
const as = (extra: Partial<Viewer> = {}): Viewer => ({ ...base, ...extra });

const ZNama = z.object({ nama: z.string().trim().min(1, "Nama wajib diisi."), jumlah: z.coerce.number({ error: "Jumlah harus angka." }).int("Jumlah harus bilangan bulat.") });
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
};
const ok = form({ nama: "Melati 1", jumlah: "3" });

/** Runs an action and returns either its state or where it redirected to. */
async function run(action: (prev: { ok: boolean }, f: FormData) => Promise<unknown>, f: FormData) {
  try {
    return { state: await action({ ok: false }, f) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  getViewer.mockReset();
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe("protectedAction", () => {
  const fn = vi.fn(async () => ({ ok: true, message: "Tersimpan." }));
  const action = protectedAction("posyandu.edit", ZNama, fn);
  beforeEach(() => fn.mockClear());

  it("not signed in: redirects to /login and calls nothing", async () => {
    getViewer.mockResolvedValue(null);
    expect(await run(action, ok)).toEqual({ redirect: "/login" });
    expect(fn).not.toHaveBeenCalled();
  });

  it("must change password: redirects to /ganti-password", async () => {
    getViewer.mockResolvedValue(as({ mustChangePassword: true }));
    expect(await run(action, ok)).toEqual({ redirect: "/ganti-password" });
    expect(fn).not.toHaveBeenCalled();
  });

  it("must change password, on the one action that allows it: runs", async () => {
    getViewer.mockResolvedValue(as({ mustChangePassword: true }));
    const own = protectedAction(SIGNED_IN, ZNama, fn, { allowPasswordChange: true });
    expect(await run(own, ok)).toEqual({ state: { ok: true, message: "Tersimpan." } });
  });

  it("a role without the permission is refused, input untouched", async () => {
    getViewer.mockResolvedValue(as({ role: "KADER" }));
    expect(await run(action, ok)).toEqual({ state: { ok: false, message: "Anda tidak berwenang melakukan tindakan ini.", values: { nama: "Melati 1", jumlah: "3" } } });
    expect(fn).not.toHaveBeenCalled();
  });

  it("SIGNED_IN lets every role through", async () => {
    getViewer.mockResolvedValue(as({ role: "KADER" }));
    expect(await run(protectedAction(SIGNED_IN, ZNama, fn), ok)).toEqual({ state: { ok: true, message: "Tersimpan." } });
  });

  it("invalid input: every field's error in Bahasa, the typed values back, no call", async () => {
    getViewer.mockResolvedValue(as());
    expect(await run(action, form({ nama: "  ", jumlah: "1,5" }))).toEqual({
      state: { ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: { nama: ["Nama wajib diisi."], jumlah: ["Jumlah harus angka."] }, values: { nama: "  ", jumlah: "1,5" } },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it("the schema may depend on the viewer", async () => {
    const strict = ZNama.extend({ kode: z.string({ error: "Kode wajib diisi." }).min(1, "Kode wajib diisi.") });
    const per = protectedAction("posyandu.edit", (v) => (v.role === "DINKES_ADMIN" ? strict : ZNama), fn);
    getViewer.mockResolvedValue(as({ role: "DINKES_ADMIN" }));
    expect((await run(per, ok)).state).toMatchObject({ ok: false, fieldErrors: { kode: ["Kode wajib diisi."] } });
    getViewer.mockResolvedValue(as());
    expect((await run(per, ok)).state).toEqual({ ok: true, message: "Tersimpan." });
    expect(fn).toHaveBeenLastCalledWith(expect.objectContaining({ role: "PUSKESMAS" }), { nama: "Melati 1", jumlah: 3 }, ok);
  });

  it("passwords are never echoed back", async () => {
    getViewer.mockResolvedValue(as());
    const r = await run(action, form({ nama: "", jumlah: "1", password: "rahasia-1", current: "rahasia-2", next: "rahasia-3", confirm: "rahasia-3", kataSandi: "x" }));
    expect(JSON.stringify(r)).not.toMatch(/rahasia|"x"/);
  });

  it("a DomainError shows its message and field errors", async () => {
    getViewer.mockResolvedValue(as());
    const failing = protectedAction("posyandu.edit", ZNama, async () => {
      throw new DomainError("Nama sudah dipakai di desa ini.", { nama: ["Nama sudah dipakai."] });
    });
    expect((await run(failing, ok)).state).toEqual({ ok: false, message: "Nama sudah dipakai di desa ini.", fieldErrors: { nama: ["Nama sudah dipakai."] }, values: { nama: "Melati 1", jumlah: "3" } });
  });

  it("a NotFoundError answers 'tidak ditemukan'", async () => {
    getViewer.mockResolvedValue(as());
    const failing = protectedAction("posyandu.edit", ZNama, async () => {
      throw new NotFoundError();
    });
    expect((await run(failing, ok)).state).toMatchObject({ ok: false, message: "Data tidak ditemukan." });
  });

  it("a unique violation (client code or driver code) answers in Bahasa", async () => {
    getViewer.mockResolvedValue(as());
    for (const error of [Object.assign(new Error("Unique constraint failed on the fields: (`nama`)"), { code: "P2002" }), Object.assign(new Error("x"), { cause: { code: "23505" } })]) {
      const failing = protectedAction("posyandu.edit", ZNama, async () => {
        throw error;
      });
      expect((await run(failing, ok)).state).toEqual({ ok: false, message: "Data dengan nama atau kode yang sama sudah ada.", values: { nama: "Melati 1", jumlah: "3" } });
    }
  });

  it("an unexpected error: a generic Bahasa message, nothing of the error leaks, the error is logged", async () => {
    getViewer.mockResolvedValue(as());
    const failing = protectedAction("posyandu.edit", ZNama, async () => {
      throw new Error('relation "app_user" password_hash = $argon2id$v=19$secret at /srv/app/lib/posyandu/dal.ts:42');
    });
    const r = await run(failing, ok);
    expect(r.state).toEqual({ ok: false, message: SERVER_ERROR_MESSAGE, values: { nama: "Melati 1", jumlah: "3" } });
    expect(SERVER_ERROR_MESSAGE).toBe("Terjadi kesalahan di server; tidak ada yang disimpan. Coba lagi.");
    expect(JSON.stringify(r)).not.toMatch(/app_user|argon|secret|dal\.ts/);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it("redirectTo redirects (outside the try: Next's redirect is not swallowed)", async () => {
    getViewer.mockResolvedValue(as());
    const moving = protectedAction("posyandu.edit", ZNama, async () => ({ redirectTo: "/posyandu/1?disimpan=1" }));
    expect(await run(moving, ok)).toEqual({ redirect: "/posyandu/1?disimpan=1" });
  });
});

describe("publicAction", () => {
  it("validates without asking for a viewer, with the same Bahasa answers", async () => {
    const fn = vi.fn(async () => ({ ok: true }));
    const action = publicAction(ZNama, fn);
    expect((await run(action, form({ nama: "", jumlah: "2" }))).state).toEqual({ ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: { nama: ["Nama wajib diisi."] }, values: { nama: "", jumlah: "2" } });
    expect(getViewer).not.toHaveBeenCalled();
    expect(fn).not.toHaveBeenCalled();
    const failing = publicAction(ZNama, async () => {
      throw new Error("boom: secret");
    });
    expect((await run(failing, ok)).state).toEqual({ ok: false, message: SERVER_ERROR_MESSAGE, values: { nama: "Melati 1", jumlah: "3" } });
  });
});
