/**
 * Route handlers (downloads and the batch upload) apply the same rules as pages and actions, through
 * lib/http/route-guard.ts: signed in, password changed, permitted, and for a POST same-origin. The
 * session is mocked (getViewer); the viewers themselves are loaded from the real database.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testDb, viewer } from "../support/db.ts";
import type { Viewer } from "../../lib/access/viewer-type.ts";

const getViewer = vi.fn<() => Promise<Viewer | null>>();
vi.mock("../../lib/auth/viewer.ts", () => ({ getViewer: () => getViewer() }));

const posyanduUnduh = await import("../../app/(app)/posyandu/unduh/route.ts");
const imporTemplat = await import("../../app/(app)/impor/templat/route.ts");
const giziTemplat = await import("../../app/(app)/gizi/berkas/templat/route.ts");
const giziUnduh = await import("../../app/(app)/gizi/berkas/unduh/[id]/route.ts");
const giziProses = await import("../../app/(app)/gizi/berkas/proses/route.ts");
const penggunaPilihan = await import("../../app/(app)/pengguna/pilihan/route.ts");
const wilayahPilihan = await import("../../app/(app)/wilayah/pilihan/route.ts");

// Behind the reverse proxy: Next sees localhost, the browser used pantau.dinkes.example over https.
const PROXY = { "x-forwarded-host": "pantau.dinkes.example", "x-forwarded-proto": "https", host: "localhost:3000" };
const get = (path: string) => new Request(`http://localhost:3000${path}`, { headers: PROXY });
const params = { params: Promise.resolve({ id: "0b5c6a58-0000-4000-8000-000000000001" }) };

const GETS: [string, (r: Request) => Promise<Response>][] = [
  ["/posyandu/unduh?q=Melati", (r) => posyanduUnduh.GET(r)],
  ["/impor/templat?format=csv", (r) => imporTemplat.GET(r)],
  ["/gizi/berkas/templat", (r) => giziTemplat.GET(r)],
  ["/gizi/berkas/unduh/0b5c6a58-0000-4000-8000-000000000001?format=xlsx", (r) => giziUnduh.GET(r, params)],
  ["/pengguna/pilihan?jenis=desa&q=klorogan", (r) => penggunaPilihan.GET(r)],
  ["/wilayah/pilihan?jenis=desa&q=klorogan", (r) => wilayahPilihan.GET(r)],
];

function upload(headers: Record<string, string>) {
  const body = new FormData();
  body.append("berkas", new File(["sex,age_days,weight_kg\n1,400,9.5\n"], "anak.csv", { type: "text/csv" }));
  return new Request("http://localhost:3000/gizi/berkas/proses", { method: "POST", headers: { ...PROXY, ...headers }, body });
}

beforeEach(() => getViewer.mockReset());

describe("route handlers: signed out", () => {
  it.each(GETS)("%s redirects to the login page on the public host, with ke=", async (path, handler) => {
    getViewer.mockResolvedValue(null);
    const r = await handler(get(path));
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe(`https://pantau.dinkes.example/login?ke=${encodeURIComponent(path)}`);
  });
});

describe("route handlers: an account that must change its password", () => {
  it.each(GETS)("%s redirects to /ganti-password and sends no data", async (path, handler) => {
    const admin = await viewer("dinkes.madiun");
    getViewer.mockResolvedValue({ ...admin, mustChangePassword: true });
    const r = await handler(get(path));
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("https://pantau.dinkes.example/ganti-password");
  });
});

describe("route handlers: permission", () => {
  it("a kader may not download the import template (not found)", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const r = await imporTemplat.GET(get("/impor/templat"));
    expect(r.status).toBe(404);
    expect(await r.text()).toBe("Tidak ditemukan.");
  });

  it("only an account manager searches the account form's choices, within its kabupaten", async () => {
    getViewer.mockResolvedValue(await viewer("pkm.geger"));
    expect((await penggunaPilihan.GET(get("/pengguna/pilihan?jenis=desa&q=klorogan"))).status).toBe(404);
    getViewer.mockResolvedValue(await viewer("dinkes.demak"));
    expect(await (await penggunaPilihan.GET(get("/pengguna/pilihan?jenis=desa&q=klorogan"))).json()).toEqual([]);
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    const found = await (await penggunaPilihan.GET(get("/pengguna/pilihan?jenis=posyandu&q=melati%202"))).json();
    expect(found.map((o: { label: string }) => o.label)).toEqual(["Posyandu Melati 2"]);
    const bad = await penggunaPilihan.GET(get("/pengguna/pilihan?jenis=kabupaten"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toBe("Jenis pilihan tidak dikenal.");
  });

  it("only a wilayah manager gets the puskesmas and pustu forms' desa, of its own kabupaten only", async () => {
    const geger = (await testDb.kecamatan.findUniqueOrThrow({ where: { kode: "35.19.03" }, select: { id: true } })).id;
    const byKecamatan = `/wilayah/pilihan?jenis=desa&kecamatanId=${geger}`;
    // Without wilayah.manage (a puskesmas officer, read-only Dinkes staff, a kader): not found, nothing sent.
    for (const username of ["pkm.geger", "staf.madiun", "kader.melati1"] as const) {
      getViewer.mockResolvedValue(await viewer(username));
      for (const path of [byKecamatan, "/wilayah/pilihan?jenis=desa&q=klorogan"]) {
        const r = await wilayahPilihan.GET(get(path));
        expect(r.status, `${username} ${path}`).toBe(404);
        expect(await r.text()).toBe("Tidak ditemukan.");
      }
    }
    // The admin of another kabupaten: nothing of Madiun, by kecamatan or by name.
    getViewer.mockResolvedValue(await viewer("dinkes.demak"));
    expect(await (await wilayahPilihan.GET(get(byKecamatan))).json()).toEqual([]);
    expect(await (await wilayahPilihan.GET(get("/wilayah/pilihan?jenis=desa&q=klorogan"))).json()).toEqual([]);
    // Madiun's admin: every desa of Geger, each with its puskesmas; a search, at most 30.
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    const r = await wilayahPilihan.GET(get(byKecamatan));
    expect(r.headers.get("cache-control")).toBe("no-store");
    const desa = await r.json();
    expect(desa.length).toBe(await testDb.desa.count({ where: { kecamatanId: geger } }));
    expect(desa.find((d: { nama: string }) => d.nama === "Klorogan")).toMatchObject({ label: "Klorogan — Kec. Geger", group: "Kec. Geger", puskesmasNama: "Puskesmas Geger" });
    const found = await (await wilayahPilihan.GET(get("/wilayah/pilihan?jenis=desa&q=klorogan"))).json();
    expect(found.map((d: { label: string }) => d.label)).toEqual(["Klorogan — Kec. Geger"]);
    expect((await (await wilayahPilihan.GET(get("/wilayah/pilihan?jenis=desa&q="))).json()).length).toBe(30);
    expect(await (await wilayahPilihan.GET(get("/wilayah/pilihan?jenis=desa&kecamatanId=bukan-id"))).json()).toEqual([]);
    const bad = await wilayahPilihan.GET(get("/wilayah/pilihan?jenis=posyandu&q=mel"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toBe("Jenis pilihan tidak dikenal.");
  });

  it("the admin downloads the posyandu list", async () => {
    getViewer.mockResolvedValue(await viewer("dinkes.madiun"));
    const r = await posyanduUnduh.GET(get("/posyandu/unduh?q=Melati"));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("Melati 1");
  });
});

describe("POST /gizi/berkas/proses", () => {
  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["a look-alike host", { origin: "https://pantau.dinkes.example.evil.example" }],
    ["the right host on another port", { origin: "https://pantau.dinkes.example:8443" }],
    ["an opaque origin", { origin: "null" }],
    ["no Origin at all", {}],
  ])("from %s: 403 with a Bahasa message, nothing processed", async (_label, headers) => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const r = await giziProses.POST(upload(headers));
    expect(r.status).toBe(403);
    expect(await r.json()).toEqual({ message: "Permintaan ditolak: permintaan ini tidak berasal dari halaman Pantau ILP." });
  });

  it("same origin, signed out: 401 (the page offers to sign in again)", async () => {
    getViewer.mockResolvedValue(null);
    const r = await giziProses.POST(upload({ origin: "https://pantau.dinkes.example" }));
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ message: "Sesi berakhir, silakan masuk lagi." });
  });

  it("same origin, must change password: 403, nothing processed", async () => {
    getViewer.mockResolvedValue({ ...(await viewer("kader.melati1")), mustChangePassword: true });
    const r = await giziProses.POST(upload({ origin: "https://pantau.dinkes.example" }));
    expect(r.status).toBe(403);
    expect(await r.json()).toEqual({ message: "Ganti kata sandi Anda dulu di halaman Ganti kata sandi." });
  });

  it("same origin, signed in: processed", async () => {
    getViewer.mockResolvedValue(await viewer("kader.melati1"));
    const r = await giziProses.POST(upload({ origin: "https://pantau.dinkes.example" }));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("ndjson");
    await r.text();
  });
});

void testDb;
