/** The Pengguna list: scoped to the admin's kabupaten; search, filters, sort and paging in SQL. */
import { describe, expect, it } from "vitest";
import { testDb, viewer } from "../support/db.ts";
import { listPengguna, penggunaScopeOptions, searchScopeChoices, wilayahLabel } from "../../lib/pengguna/queries.ts";
import { ZPenggunaListParams } from "../../lib/pengguna/schemas.ts";
import { NotFoundError } from "../../lib/errors.ts";

const params = (raw: Record<string, string> = {}) => ZPenggunaListParams.parse({ size: "100", ...raw });

describe("pengguna list", () => {
  it("dinkes.madiun sees Madiun's accounts only, with their area", async () => {
    const { rows } = await listPengguna(await viewer("dinkes.madiun"), params());
    const byName = new Map(rows.map((r) => [r.username, wilayahLabel(r)]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(["dinkes.madiun", "staf.madiun", "pkm.geger", "pkm.kaibon", "bidan.klorogan", "kader.melati1", "kader.mawar2"]));
    expect(byName.has("dinkes.demak")).toBe(false);
    expect(byName.get("kader.melati1")).toBe("Posyandu Melati 1 (Desa Klorogan)");
    expect(byName.get("pkm.geger")).toBe("Puskesmas Geger");
    expect(byName.get("bidan.klorogan")).toBe("Desa Klorogan (Kec. Geger)");
    expect(rows[0]).not.toHaveProperty("passwordHash");
  });

  it("search matches username or name, case-insensitively", async () => {
    const v = await viewer("dinkes.madiun");
    const { rows } = await listPengguna(v, params({ q: "KADER.M" }));
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(["kader.melati1", "kader.mawar2"]));
    expect(rows.every((r) => r.username.includes("kader.m") || r.nama.toLowerCase().includes("kader.m"))).toBe(true);
    const nama = await testDb.user.findUniqueOrThrow({ where: { username: "bidan.klorogan" }, select: { nama: true } });
    const byNama = await listPengguna(v, params({ q: nama.nama.slice(0, 6) }));
    expect(byNama.rows.map((r) => r.username)).toContain("bidan.klorogan");
  });

  it("filters by role and by active", async () => {
    const v = await viewer("dinkes.madiun");
    const pkm = await listPengguna(v, params({ role: "PUSKESMAS" }));
    expect(pkm.rows.length).toBeGreaterThanOrEqual(2);
    expect(pkm.rows.every((r) => r.role === "PUSKESMAS")).toBe(true);
    const inactive = await listPengguna(v, params({ aktif: "tidak" }));
    expect(inactive.rows.every((r) => !r.isActive)).toBe(true);
    const active = await listPengguna(v, params({ aktif: "ya" }));
    expect(active.total + inactive.total).toBe((await listPengguna(v, params())).total);
  });

  it("sorts and pages in SQL", async () => {
    const v = await viewer("dinkes.madiun");
    const all = await listPengguna(v, params({ sort: "username", dir: "desc" }));
    // The database's collation decides the order; compare with it rather than with JS sorting.
    const expected = await testDb.user.findMany({ where: { kabupatenId: v.kabupatenId }, orderBy: { username: "desc" }, select: { username: true }, take: 100 });
    expect(all.rows.map((r) => r.username)).toEqual(expected.map((r) => r.username));
    const byLogin = await listPengguna(v, params({ sort: "login", dir: "desc" }));
    const seen = byLogin.rows.map((r) => r.lastLoginAt);
    expect(seen.findIndex((d) => d === null) === -1 || seen.slice(seen.findIndex((d) => d === null)).every((d) => d === null)).toBe(true);
    const page2 = await listPengguna(v, ZPenggunaListParams.parse({ sort: "username", dir: "desc", size: "10", page: "2" }));
    expect(page2.rows.map((r) => r.id)).toEqual(all.rows.slice(10, 20).map((r) => r.id));
    expect(page2.total).toBe(all.total);
  });

  it("unknown URL values fall back to defaults instead of failing", () => {
    expect(ZPenggunaListParams.parse({ sort: "passwordHash", dir: "x", page: "-3", size: "7", role: "ROOT", aktif: "mungkin" })).toEqual({ sort: "username", dir: "asc", page: 1, size: 25, q: undefined, role: undefined, aktif: undefined });
  });

  it("other roles do not see the list at all", async () => {
    for (const username of ["staf.madiun", "pkm.geger", "kader.melati1"] as const) {
      await expect(listPengguna(await viewer(username), params())).rejects.toBeInstanceOf(NotFoundError);
      await expect(penggunaScopeOptions(await viewer(username))).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("the scope choices of dinkes.madiun are all in Madiun: the puskesmas with the page, every desa and posyandu by search", async () => {
    const v = await viewer("dinkes.madiun");
    const o = await penggunaScopeOptions(v);
    expect(o.puskesmas.map((p) => p.label)).toEqual(expect.arrayContaining(["Puskesmas Geger", "Puskesmas Kaibon"]));
    expect(o.puskesmas.map((p) => p.label)).not.toContain("Puskesmas Mranggen III");
    // Nothing chosen yet: no desa or posyandu travel with the page.
    expect(o.desa).toEqual([]);
    expect(o.posyandu).toEqual([]);
    // Each of Madiun's 206 desa is found by its code, and only it.
    const madiun = await testDb.desa.findMany({ where: { kabupatenId: v.kabupatenId }, select: { id: true, kode: true } });
    expect(madiun).toHaveLength(206);
    for (const d of madiun) expect((await searchScopeChoices(v, "desa", d.kode)).map((c) => c.id)).toEqual([d.id]);
    expect((await searchScopeChoices(v, "desa", "klorogan")).find((d) => d.label.startsWith("Desa Klorogan"))?.group).toBe("Kec. Geger");
    expect((await searchScopeChoices(v, "posyandu", "melati 2")).map((p) => `${p.label} / ${p.group}`)).toContain("Posyandu Melati 2 / Desa Klorogan, Kec. Geger");
    expect((await searchScopeChoices(v, "posyandu", "banyumeneng"))).toEqual([]);
  });
});
