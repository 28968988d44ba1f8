/**
 * Signing in as each bench user (Auth.js credentials endpoint, as a form post with its CSRF token)
 * and picking ids inside that user's scope straight from the database.
 */
import type pg from "pg";
import type { ScopeIds } from "./pages.ts";
import type { BenchDay } from "./pemeriksaan.ts";

export interface BenchUser {
  username: string;
  role: string | null;
  /** "authjs.session-token=…" (empty for the signed-out visitor). */
  cookie: string;
  ids: ScopeIds;
  /** The bench-only posyandu day the save rows write on (roles that record). */
  benchDay?: BenchDay;
}

export const ANONYMOUS = "tamu";

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(base: string, username: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // A browser's form post carries its Origin; the proxy refuses a state-changing request without one.
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; "), Origin: base },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/` }),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).filter((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?=./.test(c));
  if (!session.length) throw new Error(`Gagal masuk sebagai ${username} (HTTP ${res.status}, ${res.headers.get("location") ?? "tanpa Location"}). Periksa nama pengguna dan kata sandi.`);
  const cookie = session.join("; ");
  // A first login that must change its password sees only /ganti-password: the numbers would be wrong.
  const home = await fetch(`${base}/gizi`, { redirect: "manual", headers: { Cookie: cookie } });
  await home.arrayBuffer();
  if (home.status !== 200) throw new Error(`${username} masuk, tetapi /gizi menjawab HTTP ${home.status} ${home.headers.get("location") ?? ""} (wajib ganti kata sandi?).`);
  return cookie;
}

interface UserRow {
  id: string;
  role: string;
  kabupaten_id: string;
  puskesmas_id: string | null;
  desa_id: string | null;
  posyandu_id: string | null;
}

/** Ids within the user's scope (lib/access/scope.ts), preferring the record with the most children. */
export async function scopeIds(db: pg.Client, username: string): Promise<{ role: string; ids: ScopeIds }> {
  const { rows } = await db.query<UserRow>("SELECT id, role::text AS role, kabupaten_id, puskesmas_id, desa_id, posyandu_id FROM app_user WHERE username = $1", [username]);
  const u = rows[0];
  if (!u) throw new Error(`Pengguna ${username} tidak ada di basis data ini.`);
  const dinkes = u.role === "DINKES_ADMIN" || u.role === "DINKES";
  const desaWhere =
    dinkes ? "d.kabupaten_id = $1"
    : u.role === "PUSKESMAS" ? "d.kabupaten_id = $1 AND d.puskesmas_id = $2"
    : u.role === "BIDAN_DESA" ? "d.kabupaten_id = $1 AND d.id = $3"
    : u.role === "KADER" ? "d.kabupaten_id = $1 AND d.id = (SELECT desa_id FROM posyandu WHERE id = $4)"
    : "false";
  const params = [u.kabupaten_id, u.puskesmas_id, u.desa_id, u.posyandu_id];
  const one = async (sql: string) => {
    // _p names all four parameters, so that every query may use any of them.
    const r = await db.query<{ id: string }>(`WITH _p AS (SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid), scope_desa AS (SELECT d.id, d.kecamatan_id, d.puskesmas_id FROM desa d WHERE ${desaWhere}) ${sql}`, params);
    return r.rows[0]?.id;
  };
  const ids: ScopeIds = {};
  ids.desa = await one("SELECT s.id FROM scope_desa s LEFT JOIN posyandu p ON p.desa_id = s.id GROUP BY s.id ORDER BY count(p.id) DESC, s.id LIMIT 1");
  ids.kecamatan = await one("SELECT s.kecamatan_id AS id FROM scope_desa s GROUP BY s.kecamatan_id ORDER BY count(*) DESC, s.kecamatan_id LIMIT 1");
  ids.dusun = await one("SELECT du.id FROM dusun du JOIN scope_desa s ON s.id = du.desa_id LEFT JOIN posyandu p ON p.dusun_id = du.id GROUP BY du.id ORDER BY count(p.id) DESC, du.id LIMIT 1");
  ids.posyandu =
    u.role === "KADER" ? (u.posyandu_id ?? undefined)
    : await one("SELECT p.id FROM posyandu p JOIN scope_desa s ON s.id = p.desa_id ORDER BY p.nama, p.id LIMIT 1");
  ids.puskesmas =
    dinkes ? await one("SELECT p.id FROM puskesmas p LEFT JOIN desa d ON d.puskesmas_id = p.id WHERE p.kabupaten_id = $1 GROUP BY p.id ORDER BY count(d.id) DESC, p.id LIMIT 1")
    : u.role === "PUSKESMAS" ? (u.puskesmas_id ?? undefined)
    : u.role === "BIDAN_DESA" ? await one("SELECT s.puskesmas_id AS id FROM scope_desa s WHERE s.puskesmas_id IS NOT NULL LIMIT 1")
    : undefined;
  ids.kader = await one("SELECT k.id FROM kader k JOIN posyandu p ON p.id = k.posyandu_id JOIN scope_desa s ON s.id = p.desa_id WHERE ($4::uuid IS NULL OR p.id = $4::uuid) ORDER BY (SELECT count(*) FROM penilaian_keterampilan pk WHERE pk.kader_id = k.id) DESC, k.id LIMIT 1");
  ids.pustu = u.role === "KADER" ? undefined : await one("SELECT t.id FROM pustu t JOIN scope_desa s ON s.id = t.desa_id ORDER BY t.nama, t.id LIMIT 1");
  ids.jenisSarana = await one("SELECT j.id FROM jenis_sarana j WHERE j.kabupaten_id = $1 ORDER BY j.urutan, j.id LIMIT 1");
  // The pilot with the most roll-out targets the user may see, one of those targets, and a study visit to it.
  const pilot = await db.query<{ id: string; replikasi: string | null; studi: string | null }>(
    `WITH _p AS (SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid), scope_desa AS (SELECT d.id FROM desa d WHERE ${desaWhere})
     SELECT c.id,
            (SELECT r.id FROM replikasi_percontohan r JOIN posyandu rp ON rp.id = r.posyandu_id JOIN scope_desa s ON s.id = rp.desa_id WHERE r.percontohan_id = c.id${u.role === "KADER" ? " AND rp.id = $4" : ""} ORDER BY r.id LIMIT 1) AS replikasi,
            (SELECT sb.id FROM studi_banding sb WHERE sb.percontohan_id = c.id ORDER BY sb.tanggal DESC, sb.id LIMIT 1) AS studi
     FROM percontohan c JOIN posyandu p ON p.id = c.posyandu_id JOIN scope_desa s ON s.id = p.desa_id
     ${u.role === "KADER" ? "WHERE p.id = $4" : ""}
     ORDER BY (SELECT count(*) FROM replikasi_percontohan r WHERE r.percontohan_id = c.id) DESC, c.id LIMIT 1`,
    params,
  );
  ids.percontohan = pilot.rows[0]?.id;
  ids.replikasi = pilot.rows[0]?.replikasi ?? undefined;
  ids.studiBanding = pilot.rows[0]?.studi ?? undefined;
  // The published posyandu instrument of the kabupaten and its first item; the posyandu with the most submitted visits.
  ids.instrumen = await one("SELECT i.id FROM instrumen i WHERE i.kabupaten_id = $1 AND i.status = 'TERBIT' ORDER BY (i.sasaran = 'POSYANDU') DESC, i.kode LIMIT 1");
  if (ids.instrumen) ids.butirInstrumen = (await db.query<{ id: string }>("SELECT id FROM butir_instrumen WHERE instrumen_id = $1 ORDER BY urutan LIMIT 1", [ids.instrumen])).rows[0]?.id;
  ids.posyanduKunjungan =
    u.role === "KADER" ? (u.posyandu_id ?? undefined)
    : await one("SELECT k.posyandu_id AS id FROM kunjungan_supervisi k JOIN scope_desa s ON s.id = k.desa_id WHERE k.status = 'SELESAI' AND k.posyandu_id IS NOT NULL GROUP BY k.posyandu_id ORDER BY count(*) DESC, k.posyandu_id LIMIT 1") ?? ids.posyandu;
  // A submitted visit in scope with the most follow-ups (a kader: its own posyandu's), and its first follow-up.
  const visit = await db.query<{ id: string; tl: string | null }>(
    `WITH _p AS (SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid), scope_desa AS (SELECT d.id FROM desa d WHERE ${desaWhere})
     SELECT k.id, (SELECT t.id FROM tindak_lanjut t WHERE t.kunjungan_id = k.id ORDER BY t.batas_waktu, t.id LIMIT 1) AS tl
     FROM kunjungan_supervisi k JOIN scope_desa s ON s.id = k.desa_id
     WHERE k.status = 'SELESAI' AND k.kabupaten_id = $1${u.role === "KADER" ? " AND k.posyandu_id = $4" : ""}
     ORDER BY (SELECT count(*) FROM tindak_lanjut t WHERE t.kunjungan_id = k.id) DESC, k.tanggal DESC, k.id LIMIT 1`,
    params,
  );
  ids.kunjunganSelesai = visit.rows[0]?.id;
  ids.tindakLanjut = visit.rows[0]?.tl ?? undefined;
  // A supervision visit being conducted in the user's scope (a kader sees only its posyandu's
  // submitted visits, so gets no draft).
  const visitOf = (status: string) =>
    one(`SELECT k.id FROM kunjungan_supervisi k JOIN scope_desa s ON s.id = k.desa_id WHERE k.status = '${status}'${u.role === "KADER" ? " AND k.posyandu_id = $4" : ""} ORDER BY k.tanggal DESC, k.id LIMIT 1`);
  ids.kunjunganDraf = u.role === "KADER" ? undefined : await visitOf("BERLANGSUNG");
  // A live person served in scope (a kader: its posyandu's) with the most entries.
  ids.sasaran = await one("SELECT sa.id FROM sasaran sa JOIN posyandu p ON p.id = sa.posyandu_id JOIN scope_desa s ON s.id = p.desa_id WHERE sa.digabung_ke_id IS NULL AND ($4::uuid IS NULL OR p.id = $4::uuid) ORDER BY (SELECT count(*) FROM pemeriksaan pe WHERE pe.sasaran_id = sa.id) DESC, sa.id LIMIT 1");
  // The latest posyandu day in scope (the session screen and its referral list).
  ids.hariBuka = await one(`SELECT h.id FROM hari_buka h JOIN scope_desa s ON s.id = h.desa_id WHERE h.kabupaten_id = $1${u.role === "KADER" ? " AND h.posyandu_id = $4" : ""} ORDER BY h.tanggal DESC, h.id LIMIT 1`);
  // Supervision plans: one the user may read (most visits in its scope), one it may change, and a planned visit of that one.
  if (u.role !== "KADER") {
    ids.rencana = await one(`SELECT r.id FROM rencana_supervisi r WHERE r.kabupaten_id = $1 AND (${dinkes ? "TRUE" : "r.puskesmas_id = $2 OR EXISTS (SELECT 1 FROM kunjungan_supervisi k JOIN scope_desa s ON s.id = k.desa_id WHERE k.rencana_id = r.id)"})
      ORDER BY (SELECT count(*) FROM kunjungan_supervisi k JOIN scope_desa s ON s.id = k.desa_id WHERE k.rencana_id = r.id) DESC, r.id LIMIT 1`);
  }
  if (dinkes || u.role === "PUSKESMAS") {
    ids.rencanaKelola = await one(`SELECT r.id FROM rencana_supervisi r WHERE r.kabupaten_id = $1 AND ${dinkes ? "r.tingkat = 'KABUPATEN'" : "r.tingkat = 'PUSKESMAS' AND r.puskesmas_id = $2"}
      ORDER BY (SELECT count(*) FROM kunjungan_supervisi k WHERE k.rencana_id = r.id AND k.status = 'DIRENCANAKAN') DESC, r.id LIMIT 1`);
    if (ids.rencanaKelola) {
      const k = await db.query<{ id: string }>("SELECT id FROM kunjungan_supervisi WHERE rencana_id = $1 AND status = 'DIRENCANAKAN' ORDER BY tanggal, id LIMIT 1", [ids.rencanaKelola]);
      ids.kunjunganRencana = k.rows[0]?.id;
    }
  }
  if (u.role === "DINKES_ADMIN") {
    const other = await db.query<{ id: string }>("SELECT id FROM app_user WHERE kabupaten_id = $1 AND id <> $2 ORDER BY (role = 'KADER') DESC, username LIMIT 1", [u.kabupaten_id, u.id]);
    ids.user = other.rows[0]?.id ?? u.id;
    const job = await db.query<{ id: string }>("SELECT id FROM import_job WHERE created_by_id = $1 ORDER BY created_at DESC LIMIT 1", [u.id]);
    ids.importJob = job.rows[0]?.id;
  }
  for (const k of Object.keys(ids) as (keyof ScopeIds)[]) if (!ids[k]) delete ids[k];
  return { role: u.role, ids };
}

/** Uploads the batch template once so that /gizi/berkas/unduh/[id] has a result to serve. */
export async function uploadGiziBerkas(base: string, cookie: string): Promise<string | undefined> {
  const tpl = await fetch(`${base}/gizi/berkas/templat`, { headers: { Cookie: cookie } });
  if (tpl.status !== 200) return undefined;
  const form = new FormData();
  form.set("berkas", new Blob([await tpl.arrayBuffer()], { type: "text/csv" }), "bench.csv");
  const res = await fetch(`${base}/gizi/berkas/proses`, { method: "POST", headers: { Cookie: cookie, Origin: base }, body: form });
  const text = await res.text();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const msg = JSON.parse(line) as { t: string; id?: string };
    if (msg.t === "selesai") return msg.id;
  }
  return undefined;
}
