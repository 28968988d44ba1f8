/**
 * The steps of `npm run demo:skala`, in order. Each is one function that adds one kind of data at
 * national density and returns a summary line. To extend the generator (posyandu days, readiness,
 * supervision…), write one more function and add it to STEPS; it gets its own seeded random stream.
 */
import { addKabupatenListFromReferensi } from "../../lib/provisioning/add-kabupaten.ts";
import { allKabupatenReferensi } from "../../lib/wilayah/referensi.ts";
import { formatNumber } from "../../lib/i18n/format.ts";
import type { Role } from "../../lib/generated/prisma/client.ts";
import { insertRows, int, newId, pick, shuffled, type SkalaContext, type SkalaDesa, type SkalaPosyandu, type SkalaStep } from "./context.ts";
import { DUSUN, NAMA_BELAKANG, NAMA_DEPAN, POSYANDU, TEMPAT } from "./names.ts";
import { sarana } from "./step-sarana.ts";
import { kesiapan } from "./step-kesiapan.ts";
import { supervisi } from "./step-supervisi.ts";
import { hariPosyandu } from "./step-hari-posyandu.ts";
import { ATURAN_LEVEL } from "../../lib/kader/aturan.ts";
import { storeLevels } from "../../lib/kader/level-store.ts";

const n = formatNumber;

/** Every kabupaten/kota of the official list with all kecamatan and desa; then read back in code order. */
async function wilayah(ctx: SkalaContext): Promise<string> {
  const results = await addKabupatenListFromReferensi(ctx.tx, allKabupatenReferensi().map((r) => r.kode));
  const kab = await ctx.tx.kabupaten.findMany({ select: { id: true, kode: true, nama: true }, orderBy: { kode: "asc" } });
  for (const k of kab) ctx.kabupaten.set(k.id, k);
  const kec = await ctx.tx.kecamatan.findMany({ select: { id: true, kode: true, nama: true, kabupatenId: true }, orderBy: { kode: "asc" } });
  const byId = new Map(kec.map((k) => [k.id, { ...k, desa: [] as SkalaDesa[] }]));
  ctx.kecamatan = [...byId.values()];
  ctx.desa = await ctx.tx.desa.findMany({ select: { id: true, kode: true, nama: true, isKelurahan: true, kecamatanId: true, kabupatenId: true, puskesmasId: true }, orderBy: { kode: "asc" } });
  for (const d of ctx.desa) byId.get(d.kecamatanId)!.desa.push(d);
  return `${n(results.filter((r) => !r.skipped).length)} kabupaten/kota dimuat (${n(kec.length)} kecamatan, ${n(ctx.desa.length)} desa/kelurahan)`;
}

/**
 * One puskesmas per kecamatan, two in about a third of those with four desa or more (≈ 10,000
 * nationally); each covers a contiguous part of its kecamatan's desa, so every desa has one.
 */
async function puskesmas(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const taken = new Map<string, Set<string>>();
  const rows: unknown[][] = [];
  const catchment: [string, string][] = [];
  for (const kec of ctx.kecamatan) {
    if (!kec.desa.length) continue;
    const names = taken.get(kec.kabupatenId) ?? new Set<string>();
    taken.set(kec.kabupatenId, names);
    const count = kec.desa.length >= 4 && rand() < 0.37 ? 2 : 1;
    const cut = count === 1 ? kec.desa.length : Math.round(kec.desa.length * (0.4 + 0.2 * rand()));
    const groups = count === 1 ? [kec.desa] : [kec.desa.slice(0, cut), kec.desa.slice(cut)];
    groups.forEach((group, i) => {
      const lokasi = pick(rand, group);
      let nama = i === 0 ? `Puskesmas ${kec.nama}` : `Puskesmas ${lokasi.nama}`;
      if (names.has(nama.toLowerCase())) nama = `${nama} ${kec.nama}`;
      for (let k = 2; names.has(nama.toLowerCase()); k++) nama = `${nama.replace(/ \d+$/, "")} ${k}`;
      names.add(nama.toLowerCase());
      const id = newId();
      rows.push([id, nama.slice(0, 120), kec.kabupatenId, kec.id, lokasi.id, `${lokasi.isKelurahan ? "Kelurahan" : "Desa"} ${lokasi.nama}, Kecamatan ${kec.nama}`]);
      ctx.puskesmas.push({ id, nama, kabupatenId: kec.kabupatenId, kecamatanId: kec.id, desaIds: group.map((d) => d.id) });
      for (const d of group) {
        d.puskesmasId = id;
        catchment.push([d.id, id]);
      }
    });
  }
  await insertRows(ctx.tx, "puskesmas", { id: "uuid", nama: "citext", kabupaten_id: "uuid", kecamatan_id: "uuid", desa_id: "uuid", alamat: "varchar" }, rows);
  await ctx.tx.$executeRawUnsafe(
    `UPDATE "desa" SET "puskesmas_id" = v.p, "updated_at" = now() FROM unnest($1::uuid[], $2::uuid[]) AS v(d, p) WHERE "desa"."id" = v.d`,
    catchment.map((c) => c[0]),
    catchment.map((c) => c[1]),
  );
  return `${n(rows.length)} puskesmas, wilayah kerjanya ${n(catchment.length)} desa`;
}

/** A pustu in about a third of the desa, under the desa's puskesmas. */
async function pustu(ctx: SkalaContext): Promise<string> {
  const rows = ctx.desa.filter((d) => d.puskesmasId && ctx.rand() < 1 / 3).map((d) => [newId(), `Pustu ${d.nama}`.slice(0, 120), d.id, d.puskesmasId, `${d.isKelurahan ? "Kelurahan" : "Desa"} ${d.nama}`]);
  await insertRows(ctx.tx, "pustu", { id: "uuid", nama: "citext", desa_id: "uuid", puskesmas_id: "uuid", alamat: "varchar" }, rows);
  return `${n(rows.length)} pustu`;
}

/** 1–5 dusun per desa (about 3); a kelurahan has RW instead. */
async function dusun(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const rows: unknown[][] = [];
  for (const d of ctx.desa) {
    const count = int(rand, 1, 5);
    const names = d.isKelurahan ? Array.from({ length: count }, (_, i) => `RW ${String(i + 1).padStart(2, "0")}`) : shuffled(rand, DUSUN).slice(0, count);
    const list = names.map((nama) => ({ id: newId(), nama }));
    ctx.dusunByDesa.set(d.id, list);
    for (const x of list) rows.push([x.id, x.nama, d.id]);
  }
  await insertRows(ctx.tx, "dusun", { id: "uuid", nama: "citext", desa_id: "uuid" }, rows);
  return `${n(rows.length)} dusun`;
}

/** 2–6 posyandu per desa (about 4), spread over its dusun; schedules minggu ke 1–4, hari 1–6; ~90 % active. */
async function posyandu(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const rows: unknown[][] = [];
  let active = 0;
  let noSchedule = 0;
  for (const d of ctx.desa) {
    const count = int(rand, 2, 6);
    const dusunList = ctx.dusunByDesa.get(d.id) ?? [];
    const first = int(rand, 0, POSYANDU.length - 1);
    const list: SkalaPosyandu[] = [];
    for (let i = 0; i < count; i++) {
      // "Melati 1", "Melati 2", "Mawar 1"…: two posyandu per name, as villages often number them.
      const nama = `${POSYANDU[(first + Math.floor(i / 2)) % POSYANDU.length]} ${(i % 2) + 1}`;
      const du = dusunList.length ? dusunList[i % dusunList.length] : null;
      const scheduled = rand() >= 0.03;
      const isActive = rand() < 0.9;
      if (isActive) active++;
      if (!scheduled) noSchedule++;
      const tempat = pick(rand, TEMPAT)(du?.nama ?? d.nama, int(rand, 1, 9));
      const id = newId();
      list.push({ id, nama, desaId: d.id });
      rows.push([id, nama, d.id, du?.id ?? null, tempat, scheduled ? int(rand, 1, 4) : null, scheduled ? int(rand, 1, 6) : null, isActive]);
    }
    ctx.posyanduByDesa.set(d.id, list);
  }
  await insertRows(ctx.tx, "posyandu", { id: "uuid", nama: "citext", desa_id: "uuid", dusun_id: "uuid", tempat: "varchar", jadwal_minggu_ke: "smallint", jadwal_hari: "smallint", is_active: "boolean" }, rows);
  return `${n(rows.length)} posyandu (${n(active)} aktif, ${n(noSchedule)} tanpa jadwal)`;
}

/** The kabupaten whose five accounts the benchmark signs in with. */
export const SKALA_KABUPATEN = ["32.01", "35.19"] as const;
export const SKALA_PASSWORD = "pantau-skala";
const KADER_BOGOR = 300;

/**
 * For each of SKALA_KABUPATEN (e.g. 32.01): dinkes.3201, staf.3201, pkm.3201 (the puskesmas with the
 * most desa), bidan.3201 (a desa of it), kader.3201 (a posyandu of that desa); then a few hundred
 * kader across Bogor's posyandu. All with SKALA_PASSWORD, no forced change.
 */
async function akun(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const rows: unknown[][] = [];
  const add = (username: string, nama: string, role: Role, kabupatenId: string, scope: { puskesmasId?: string; desaId?: string; posyanduId?: string } = {}) =>
    rows.push([newId(), username, nama, role, kabupatenId, scope.puskesmasId ?? null, scope.desaId ?? null, scope.posyanduId ?? null, ctx.passwordHash, false]);
  const desaById = new Map(ctx.desa.map((d) => [d.id, d]));
  let bogorPosyandu: SkalaPosyandu[] = [];
  for (const kode of SKALA_KABUPATEN) {
    const kab = [...ctx.kabupaten.values()].find((k) => k.kode === kode);
    if (!kab) throw new Error(`Kabupaten ${kode} tidak ada di data.`);
    const tag = kode.replace(".", "");
    const pkm = ctx.puskesmas.filter((p) => p.kabupatenId === kab.id).reduce((a, b) => (b.desaIds.length > a.desaIds.length ? b : a));
    const desa = desaById.get(pkm.desaIds[0])!;
    const pos = ctx.posyanduByDesa.get(desa.id)![0];
    const jenis = desa.isKelurahan ? "Kelurahan" : "Desa";
    add(`dinkes.${tag}`, `Admin Dinkes ${kab.nama}`, "DINKES_ADMIN", kab.id);
    add(`staf.${tag}`, `Staf Dinkes ${kab.nama}`, "DINKES", kab.id);
    add(`pkm.${tag}`, `Petugas ${pkm.nama}`, "PUSKESMAS", kab.id, { puskesmasId: pkm.id });
    add(`bidan.${tag}`, `Bidan ${jenis} ${desa.nama}`, "BIDAN_DESA", kab.id, { desaId: desa.id });
    add(`kader.${tag}`, `Kader Posyandu ${pos.nama}, ${jenis} ${desa.nama}`, "KADER", kab.id, { posyanduId: pos.id });
    if (kode === "32.01") bogorPosyandu = ctx.desa.filter((d) => d.kabupatenId === kab.id).flatMap((d) => ctx.posyanduByDesa.get(d.id) ?? []);
  }
  const bogor = [...ctx.kabupaten.values()].find((k) => k.kode === "32.01")!;
  const spread = shuffled(rand, bogorPosyandu).slice(0, KADER_BOGOR);
  spread.forEach((p, i) => add(`kader.3201.${String(i + 1).padStart(3, "0")}`, `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}`, "KADER", bogor.id, { posyanduId: p.id }));
  await insertRows(ctx.tx, "app_user", { id: "uuid", username: "varchar", nama: "varchar", role: '"Role"', kabupaten_id: "uuid", puskesmas_id: "uuid", desa_id: "uuid", posyandu_id: "uuid", password_hash: "text", must_change_password: "boolean" }, rows);
  return `${n(rows.length)} akun (${SKALA_KABUPATEN.length * 5} akun tetap + ${n(spread.length)} kader Bogor)`;
}

const TAHAP = ["DIUSULKAN", "DITETAPKAN", "ASESMEN_AWAL", "SIAP", "BERJALAN", "DIREPLIKASI"] as const;
const isoPlus = (iso: string, days: number) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + days); return d.toISOString().slice(0, 10); };

/**
 * Pilots in SKALA_KABUPATEN: for each puskesmas one pilot desa per year 2023–2025 (angkatan 1–3, the
 * default limit of one per puskesmas and one posyandu per desa), its first posyandu the pilot, the
 * older waves further along (with a dated history row per stage), the desa's other posyandu as
 * roll-out targets, and a study visit to a third of the running pilots.
 */
async function percontohan(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const kabIds = new Set([...ctx.kabupaten.values()].filter((k) => (SKALA_KABUPATEN as readonly string[]).includes(k.kode)).map((k) => k.id));
  const admin = await ctx.tx.user.findMany({ where: { role: "DINKES_ADMIN", kabupatenId: { in: [...kabIds] } }, select: { id: true, nama: true, kabupatenId: true } });
  const adminOf = new Map(admin.map((a) => [a.kabupatenId, a]));
  const pilots: unknown[][] = [], riwayat: unknown[][] = [], replikasi: unknown[][] = [], studi: unknown[][] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const pkm of ctx.puskesmas.filter((p) => kabIds.has(p.kabupatenId))) {
    const desaIds = shuffled(rand, pkm.desaIds);
    for (let w = 0; w < 3 && w < desaIds.length; w++) {
      const [pos, ...others] = ctx.posyanduByDesa.get(desaIds[w]) ?? [];
      if (!pos) continue;
      const tahun = 2023 + w;
      const sk = `${tahun}-01-${String(int(rand, 10, 28)).padStart(2, "0")}`;
      // Older waves are further along; "direplikasi" only with a running target (the app's rule).
      let last = Math.min(int(rand, 1, 5 - w), others.length ? 5 : 4);
      const id = newId();
      const by = adminOf.get(pkm.kabupatenId);
      let tanggal = sk;
      for (let i = 0; i <= last; i++) {
        if (i > 0) tanggal = isoPlus(tanggal, i === 1 ? 0 : int(rand, 20, 90));
        if (tanggal > today) { last = i - 1; break; }
        riwayat.push([newId(), id, i === 0 ? null : TAHAP[i - 1], TAHAP[i], tanggal, by?.id ?? null, by?.nama ?? "Admin Dinkes"]);
      }
      pilots.push([id, pos.id, pos.desaId, pkm.id, pkm.kabupatenId, tahun, `440/${int(rand, 10, 999)}/${tahun}`, sk, w + 1, isoPlus(sk, int(rand, 7, 30)), isoPlus(sk, int(rand, 150, 300)), TAHAP[last]]);
      others.forEach((o, i) => {
        const tahap = last === 5 && i === 0 ? 4 : int(rand, 0, Math.min(4, last));
        replikasi.push([newId(), id, o.id, isoPlus(sk, int(rand, 300, 900)), TAHAP[tahap]]);
      });
      if (last >= 4 && rand() < 1 / 3) {
        const visit = isoPlus(tanggal, int(rand, 10, 120));
        studi.push([newId(), id, pkm.kabupatenId, visit > today ? today : visit, `Dinas Kesehatan ${pick(rand, NAMA_BELAKANG)}`, int(rand, 8, 40), "Studi banding pelaksanaan Posyandu ILP"]);
      }
    }
  }
  await insertRows(ctx.tx, "percontohan", { id: "uuid", posyandu_id: "uuid", desa_id: "uuid", puskesmas_id: "uuid", kabupaten_id: "uuid", tahun: "smallint", nomor_sk: "varchar", tanggal_sk: "date", angkatan: "smallint", tanggal_mulai: "date", tanggal_target: "date", tahap: '"TahapPercontohan"' }, pilots);
  await insertRows(ctx.tx, "riwayat_tahap", { id: "uuid", percontohan_id: "uuid", dari: '"TahapPercontohan"', ke: '"TahapPercontohan"', tanggal: "date", oleh_id: "uuid", oleh_nama: "varchar" }, riwayat, { updatedAt: false });
  await insertRows(ctx.tx, "replikasi_percontohan", { id: "uuid", percontohan_id: "uuid", posyandu_id: "uuid", tanggal_target: "date", tahap: '"TahapPercontohan"' }, replikasi);
  await insertRows(ctx.tx, "studi_banding", { id: "uuid", percontohan_id: "uuid", kabupaten_id: "uuid", tanggal: "date", asal: "varchar", jumlah_peserta: "smallint", tujuan: "varchar" }, studi, { updatedAt: false });
  return `${n(pilots.length)} percontohan (${n(riwayat.length)} riwayat tahap), ${n(replikasi.length)} sasaran replikasi, ${n(studi.length)} studi banding`;
}

/**
 * Bogor (32.01) at its real size: 5–10 kaders per posyandu (~12,000), ~300,000 skill assessments
 * (packages assessed with a few "belum kompeten" re-assessed later, and yearly refreshers) by the
 * puskesmas officer and the bidan accounts, then every kader's stored level (lib/kader/level-store.ts).
 */
async function kader(ctx: SkalaContext): Promise<string> {
  const { rand } = ctx;
  const bogor = [...ctx.kabupaten.values()].find((k) => k.kode === "32.01");
  if (!bogor) throw new Error("Kabupaten 32.01 tidak ada di data.");
  const assessors = (await ctx.tx.user.findMany({ where: { username: { in: ["pkm.3201", "bidan.3201"] } }, select: { id: true } })).map((u) => u.id);
  const paket = await ctx.tx.paketKeterampilan.findMany({ where: { kabupatenId: bogor.id }, orderBy: { urutan: "asc" }, select: { keterampilan: { where: { retiredAt: null }, select: { id: true } } } });
  const jabatan = ["KETUA", "SEKRETARIS", "BENDAHARA"];
  const kaderRows: unknown[][] = [];
  const penilaian: { kaderId: string; keterampilanId: string; tanggal: Date; penilaiId: string; metode: "OBSERVASI" | "TES_TERTULIS" | "PRAKTIK"; hasil: "KOMPETEN" | "BELUM_KOMPETEN" }[] = [];
  const day = (y: number) => new Date(Date.UTC(y, int(rand, 0, 11), int(rand, 1, 28)));
  let serial = 0;
  for (const d of ctx.desa) {
    if (d.kabupatenId !== bogor.id) continue;
    for (const pos of ctx.posyanduByDesa.get(d.id) ?? []) {
      const count = int(rand, 5, 10);
      for (let i = 0; i < count; i++) {
        const id = newId();
        const lahir = new Date(Date.UTC(int(rand, 1965, 2000), int(rand, 0, 11), int(rand, 1, 28)));
        const mulai = int(rand, 2005, 2024);
        const nik = `3201${d.kode.slice(6, 8)}${String(lahir.getUTCDate() + 40).padStart(2, "0")}${String(lahir.getUTCMonth() + 1).padStart(2, "0")}${String(lahir.getUTCFullYear()).slice(2)}${String(++serial % 10000).padStart(4, "0")}`;
        kaderRows.push([id, pos.id, `${pick(rand, NAMA_DEPAN)} ${pick(rand, NAMA_BELAKANG)}`, nik, "P", lahir, i < 3 ? jabatan[i] : "ANGGOTA", mulai, rand() < 0.93]);
        // 0–5 packages assessed, most kaders 3–5 (Brebes 2025: mostly "Purwa–Madya").
        const r = rand();
        const packages = r < 0.05 ? 0 : r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.4 ? 3 : r < 0.65 ? 4 : 5;
        for (const p of paket.slice(0, packages)) {
          const year = Math.max(mulai, int(rand, 2023, 2025));
          const tanggal = day(year);
          const penilaiId = pick(rand, assessors);
          const metode = pick(rand, ["OBSERVASI", "PRAKTIK", "TES_TERTULIS"] as const);
          for (const s of p.keterampilan) {
            const belum = rand() < 0.15;
            penilaian.push({ kaderId: id, keterampilanId: s.id, tanggal, penilaiId, metode, hasil: belum ? "BELUM_KOMPETEN" : "KOMPETEN" });
            if ((belum && rand() < 0.7) || (!belum && rand() < 0.2)) penilaian.push({ kaderId: id, keterampilanId: s.id, tanggal: day(2026 - (rand() < 0.5 ? 1 : 0)), penilaiId, metode, hasil: "KOMPETEN" });
          }
        }
      }
    }
  }
  await insertRows(ctx.tx, "kader", { id: "uuid", posyandu_id: "uuid", nama: "varchar", nik: "varchar", jenis_kelamin: '"JenisKelamin"', tanggal_lahir: "date", jabatan: '"JabatanKader"', tahun_mulai: "smallint", is_active: "boolean" }, kaderRows);
  // No updated_at on assessments, so not insertRows: createMany in chunks.
  for (let i = 0; i < penilaian.length; i += 20_000) await ctx.tx.penilaianKeterampilan.createMany({ data: penilaian.slice(i, i + 20_000) });
  await storeLevels(ctx.tx, bogor.id, ATURAN_LEVEL.bawaan);
  return `${n(kaderRows.length)} kader Bogor, ${n(penilaian.length)} penilaian keterampilan, tingkat dihitung`;
}

export const STEPS: SkalaStep[] = [
  { name: "wilayah", run: wilayah },
  { name: "puskesmas", run: puskesmas },
  { name: "pustu", run: pustu },
  { name: "dusun", run: dusun },
  { name: "posyandu", run: posyandu },
  { name: "akun", run: akun },
  { name: "sarana", run: sarana },
  { name: "percontohan", run: percontohan },
  { name: "kader", run: kader },
  { name: "supervisi", run: supervisi },
  { name: "hari-posyandu", run: hariPosyandu },
  // Last: the readiness snapshots score what the steps above generated.
  { name: "kesiapan", run: kesiapan },
];
