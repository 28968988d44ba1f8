/**
 * Demo supervision plans (issue 10, demo data): the Madiun Dinkes's plan with a visit of its team
 * (dinkes.madiun, staf.madiun and an outside member from the puskesmas) to Posyandu Melati 1 on its
 * next posyandu day, computed from its schedule and today (Asia/Jakarta); and Puskesmas Kaibon's plan
 * with planned visits to the posyandu of Desa Kaibon on their next posyandu days. Each plan is for the
 * quarter its first visit falls in. Names of outside members are illustrative.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../lib/prisma-client.ts";
import { todayInJakarta } from "../lib/i18n/format.ts";
import { offerDates, quarterLabel, quarterOf, type Triwulan } from "../lib/supervisi/jadwal-kunjungan.ts";
import { nextDates } from "../lib/posyandu/jadwal.ts";
import { ROLE_LABEL } from "../lib/access/permissions.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Anggota { username?: string; nama?: string; peran?: string; instansi?: string }

async function posyanduOf(db: Db, desaKode: string, nama: string) {
  return db.posyandu.findFirstOrThrow({ where: { nama, desa: { kode: desaKode } }, select: { id: true, nama: true, desaId: true, jadwalMingguKe: true, jadwalHari: true, desa: { select: { kabupatenId: true } } } });
}

async function team(db: Db, members: Anggota[]) {
  const out: { userId: string | null; nama: string; peran: string; instansi: string | null }[] = [];
  for (const m of members) {
    if (m.username) {
      const u = await db.user.findUniqueOrThrow({ where: { username: m.username }, select: { id: true, nama: true, role: true } });
      out.push({ userId: u.id, nama: u.nama, peran: ROLE_LABEL[u.role], instansi: null });
    } else out.push({ userId: null, nama: m.nama!, peran: m.peran!, instansi: m.instansi ?? null });
  }
  return out;
}

async function addVisit(db: Db, rencanaId: string, instrumenId: string, pos: Awaited<ReturnType<typeof posyanduOf>>, tanggal: string, members: Awaited<ReturnType<typeof team>>, dibuatOlehId: string) {
  const id = randomUUID();
  await db.kunjunganSupervisi.create({
    data: { id, kabupatenId: pos.desa.kabupatenId, rencanaId, sasaran: "POSYANDU", posyanduId: pos.id, desaId: pos.desaId, instrumenId, tanggal: d(tanggal), status: "DIRENCANAKAN", dibuatOlehId },
  });
  await db.pesertaKunjungan.createMany({ data: members.map((m, i) => ({ kunjunganId: id, ...m, tim: true, urutan: i })) });
}

export async function seedRencana(db: Db, log: (l: string) => void = console.log, today = todayInJakarta()): Promise<void> {
  const admin = await db.user.findUniqueOrThrow({ where: { username: "dinkes.madiun" }, select: { id: true, kabupatenId: true } });
  const instrumen = await db.instrumen.findFirstOrThrow({ where: { kabupatenId: admin.kabupatenId, kode: "ILP-POSYANDU", status: "TERBIT" }, select: { id: true } });

  // The Madiun Dinkes: Melati 1 (Dusun Balejurang, the ILP pilot) on its next posyandu day.
  const melati = await posyanduOf(db, "35.19.03.2002", "Melati 1");
  const [hariMelati] = nextDates({ mingguKe: melati.jadwalMingguKe, hari: melati.jadwalHari }, today, 1);
  const qDinkes = quarterOf(hariMelati);
  const dinkes = await db.rencanaSupervisi.create({
    data: {
      kabupatenId: admin.kabupatenId, tingkat: "KABUPATEN", nama: `Supervisi kesiapan ILP Dinkes ${quarterLabel(qDinkes.tahun, qDinkes.triwulan)}`, tahun: qDinkes.tahun, triwulan: qDinkes.triwulan,
      instrumenId: instrumen.id, catatan: "Data contoh: supervisi tim Kesmas Dinkes ke posyandu percontohan dan sasaran replikasinya.", dibuatOlehId: admin.id,
    },
    select: { id: true },
  });
  await addVisit(db, dinkes.id, instrumen.id, melati, hariMelati, await team(db, [{ username: "dinkes.madiun" }, { username: "staf.madiun" }, { nama: "Sri Wahyuni (ilustratif)", peran: "Promkes", instansi: "Puskesmas Geger" }]), admin.id);

  // Puskesmas Kaibon: the posyandu of Desa Kaibon on their next posyandu days, in the first quarter that holds two of them.
  const pkm = await db.user.findUniqueOrThrow({ where: { username: "pkm.kaibon" }, select: { id: true, puskesmasId: true } });
  const kaibon = await Promise.all(["Anggrek 1", "Anggrek 2", "Kenanga"].map((n) => posyanduOf(db, "35.19.03.2017", n)));
  const datesIn = (q: Triwulan) => kaibon.map((p) => ({ p, tanggal: offerDates({ mingguKe: p.jadwalMingguKe, hari: p.jadwalHari }, today, q, 1)[0] })).filter((x) => x.tanggal);
  const now = quarterOf(today);
  const next = now.triwulan === 4 ? { tahun: now.tahun + 1, triwulan: 1 } : { tahun: now.tahun, triwulan: now.triwulan + 1 };
  const qPkm = datesIn(now).length >= 2 ? now : next;
  const pkmPlan = await db.rencanaSupervisi.create({
    data: {
      kabupatenId: admin.kabupatenId, tingkat: "PUSKESMAS", puskesmasId: pkm.puskesmasId, nama: `Supervisi posyandu wilayah Puskesmas Kaibon ${quarterLabel(qPkm.tahun, qPkm.triwulan)}`, tahun: qPkm.tahun, triwulan: qPkm.triwulan,
      instrumenId: instrumen.id, catatan: "Data contoh: pembinaan posyandu Desa Kaibon oleh petugas puskesmas bersama bidan pustu.", dibuatOlehId: pkm.id,
    },
    select: { id: true },
  });
  const pkmTeam = await team(db, [{ username: "pkm.kaibon" }, { nama: "Bidan Pustu Kaibon (ilustratif)", peran: "Bidan", instansi: "Pustu Kaibon" }]);
  const visits = datesIn(qPkm);
  for (const v of visits) await addVisit(db, pkmPlan.id, instrumen.id, v.p, v.tanggal, pkmTeam, pkm.id);
  log(`Rencana supervisi: Dinkes Madiun (Melati 1, ${hariMelati}) dan Puskesmas Kaibon (${visits.length} kunjungan).`);
}
