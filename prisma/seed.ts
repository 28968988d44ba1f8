/**
 * Demo data from the two seed articles: Kabupaten Madiun (Desa Klorogan, Kecamatan Geger) and
 * Kabupaten Demak (Desa Banyumeneng and Pundenarum). The areas, their codes and names are real
 * (Kemendagri 2025); dusun other than Balejurang, the puskesmas catchments in Demak, schedules,
 * places and people are illustrative.
 */
import { seedKesiapan } from "./seed-kesiapan.ts";
import type { Db } from "../lib/prisma-client.ts";
import { addKabupatenFromReferensi } from "../lib/provisioning/add-kabupaten.ts";
import { hashPassword } from "../lib/auth/password.ts";
import type { Role } from "../lib/generated/prisma/enums.ts";
import { seedSarana } from "./seed-sarana.ts";
import { seedPercontohan } from "./seed-percontohan.ts";
import { seedKader } from "./seed-kader.ts";
import { seedSupervisi } from "./seed-supervisi.ts";
import { seedRencana } from "./seed-rencana.ts";
import { seedHariPosyandu } from "./seed-hari-posyandu.ts";

export const DEMO_PASSWORD = "pantau-demo";

interface PosyanduSeed {
  nama: string;
  dusun?: string;
  tempat: string;
  mingguKe: number;
  hari: number;
  lat?: number;
  lng?: number;
}

async function desaByKode(db: Db, kode: string) {
  return db.desa.findUniqueOrThrow({ where: { kode }, select: { id: true, kecamatanId: true, kabupatenId: true, nama: true } });
}

async function addDesaDetail(db: Db, kode: string, dusun: string[], posyandu: PosyanduSeed[]) {
  const desa = await desaByKode(db, kode);
  const dusunIds = new Map<string, string>();
  for (const nama of dusun) {
    const d = await db.dusun.create({ data: { nama, desaId: desa.id } });
    dusunIds.set(nama, d.id);
  }
  const ids = new Map<string, string>();
  for (const p of posyandu) {
    const row = await db.posyandu.create({
      data: {
        nama: p.nama,
        desaId: desa.id,
        dusunId: p.dusun ? dusunIds.get(p.dusun) : undefined,
        tempat: p.tempat,
        jadwalMingguKe: p.mingguKe,
        jadwalHari: p.hari,
        latitude: p.lat,
        longitude: p.lng,
      },
    });
    ids.set(p.nama, row.id);
  }
  return { desa, posyandu: ids };
}

/** Seeds the demo kabupaten when the database has none. Returns false when data was already there. */
export async function seedDemo(db: Db, log: (l: string) => void = console.log): Promise<boolean> {
  if ((await db.kabupaten.count()) > 0) return false;

  const madiun = await addKabupatenFromReferensi(db, "35.19");
  const demak = await addKabupatenFromReferensi(db, "33.21");
  log(`Wilayah: ${madiun.nama} (${madiun.kecamatanAdded} kecamatan, ${madiun.desaAdded} desa), ${demak.nama} (${demak.kecamatanAdded} kecamatan, ${demak.desaAdded} desa)`);

  // Kecamatan Geger has two puskesmas: Geger in the south (Desa Klorogan) and Kaibon in the north (Desa Kaibon).
  const klorogan = await desaByKode(db, "35.19.03.2002");
  const kaibon = await desaByKode(db, "35.19.03.2017");
  const pkmGeger = await db.puskesmas.create({ data: { nama: "Puskesmas Geger", kabupatenId: madiun.kabupatenId, kecamatanId: klorogan.kecamatanId, desaId: klorogan.id, alamat: "Desa Klorogan, Kecamatan Geger" } });
  const pkmKaibon = await db.puskesmas.create({ data: { nama: "Puskesmas Kaibon", kabupatenId: madiun.kabupatenId, kecamatanId: kaibon.kecamatanId, desaId: kaibon.id, alamat: "Desa Kaibon, Kecamatan Geger" } });
  // Illustrative split of Geger's 19 desa between the two catchments.
  const south = ["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010"].map((d) => `35.19.03.${d}`);
  const north = ["2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"].map((d) => `35.19.03.${d}`);
  await db.desa.updateMany({ where: { kode: { in: south } }, data: { puskesmasId: pkmGeger.id } });
  await db.desa.updateMany({ where: { kode: { in: north } }, data: { puskesmasId: pkmKaibon.id } });
  await db.pustu.create({ data: { nama: "Pustu Klorogan", desaId: klorogan.id, puskesmasId: pkmGeger.id } });
  await db.pustu.create({ data: { nama: "Pustu Kaibon", desaId: kaibon.id, puskesmasId: pkmKaibon.id } });

  // Desa Klorogan: four dusun, four posyandu held at the Kepala Dusun's or a village officer's house.
  const klor = await addDesaDetail(db, "35.19.03.2002", ["Balejurang", "Klorogan", "Ngrowo", "Sumberjo"], [
    { nama: "Melati 1", dusun: "Balejurang", tempat: "Rumah Kepala Dusun Balejurang", mingguKe: 2, hari: 2, lat: -7.6745, lng: 111.5712 },
    { nama: "Melati 2", dusun: "Klorogan", tempat: "Rumah Kepala Dusun Klorogan", mingguKe: 2, hari: 3 },
    { nama: "Mawar 1", dusun: "Ngrowo", tempat: "Rumah perangkat desa (Kamituwo)", mingguKe: 3, hari: 2 },
    { nama: "Mawar 2", dusun: "Sumberjo", tempat: "Rumah Kepala Dusun Sumberjo", mingguKe: 3, hari: 4 },
  ]);
  await addDesaDetail(db, "35.19.03.2017", ["Kaibon", "Sidomulyo"], [
    { nama: "Anggrek 1", dusun: "Kaibon", tempat: "Balai Desa Kaibon", mingguKe: 1, hari: 3 },
    { nama: "Anggrek 2", dusun: "Sidomulyo", tempat: "Rumah Kepala Dusun Sidomulyo", mingguKe: 1, hari: 5 },
    { nama: "Kenanga", dusun: "Kaibon", tempat: "Rumah Ketua RT 03", mingguKe: 4, hari: 1 },
  ]);
  await addDesaDetail(db, "35.19.03.2004", ["Geger", "Bakalan"], [
    { nama: "Dahlia", dusun: "Geger", tempat: "Balai Desa Geger", mingguKe: 1, hari: 2 },
  ]);

  // Demak: Desa Banyumeneng (Kec. Mranggen) and Desa Pundenarum (Kec. Karangawen).
  const banyumeneng = await desaByKode(db, "33.21.01.2001");
  const pundenarum = await desaByKode(db, "33.21.02.2012");
  const pkmMranggen = await db.puskesmas.create({ data: { nama: "Puskesmas Mranggen III", kabupatenId: demak.kabupatenId, kecamatanId: banyumeneng.kecamatanId, desaId: banyumeneng.id } });
  const pkmKarangawen = await db.puskesmas.create({ data: { nama: "Puskesmas Karangawen II", kabupatenId: demak.kabupatenId, kecamatanId: pundenarum.kecamatanId, desaId: pundenarum.id } });
  await db.desa.updateMany({ where: { kode: { in: ["33.21.01.2001", "33.21.01.2002", "33.21.01.2017", "33.21.01.2018"] } }, data: { puskesmasId: pkmMranggen.id } });
  await db.desa.updateMany({ where: { kode: { in: ["33.21.02.2012", "33.21.02.2010", "33.21.02.2011"] } }, data: { puskesmasId: pkmKarangawen.id } });
  await db.pustu.create({ data: { nama: "Pustu Banyumeneng", desaId: banyumeneng.id, puskesmasId: pkmMranggen.id } });
  await db.pustu.create({ data: { nama: "Pustu Pundenarum", desaId: pundenarum.id, puskesmasId: pkmKarangawen.id } });
  await addDesaDetail(db, "33.21.01.2001", ["Banyumeneng", "Pucung", "Kayon"], [
    { nama: "Kenanga 1", dusun: "Banyumeneng", tempat: "Rumah Kepala Dusun Banyumeneng", mingguKe: 2, hari: 2 },
    { nama: "Kenanga 2", dusun: "Pucung", tempat: "Mushola Pucung", mingguKe: 2, hari: 4 },
    { nama: "Flamboyan", dusun: "Kayon", tempat: "Rumah Ketua RW 05", mingguKe: 3, hari: 1 },
  ]);
  await addDesaDetail(db, "33.21.02.2012", ["Pundenarum", "Ngasem"], [
    { nama: "Cempaka 1", dusun: "Pundenarum", tempat: "Balai Desa Pundenarum", mingguKe: 1, hari: 3 },
    { nama: "Cempaka 2", dusun: "Ngasem", tempat: "Rumah Kepala Dusun Ngasem", mingguKe: 4, hari: 5 },
  ]);

  const accounts: { username: string; nama: string; role: Role; kabupatenId: string; puskesmasId?: string; desaId?: string; posyanduId?: string }[] = [
    { username: "dinkes.madiun", nama: "Admin Dinkes Madiun", role: "DINKES_ADMIN", kabupatenId: madiun.kabupatenId },
    { username: "staf.madiun", nama: "Staf Kesmas Dinkes Madiun", role: "DINKES", kabupatenId: madiun.kabupatenId },
    { username: "dinkes.demak", nama: "Admin Dinkes Demak", role: "DINKES_ADMIN", kabupatenId: demak.kabupatenId },
    { username: "pkm.geger", nama: "Petugas Puskesmas Geger", role: "PUSKESMAS", kabupatenId: madiun.kabupatenId, puskesmasId: pkmGeger.id },
    { username: "pkm.kaibon", nama: "Petugas Puskesmas Kaibon", role: "PUSKESMAS", kabupatenId: madiun.kabupatenId, puskesmasId: pkmKaibon.id },
    { username: "bidan.klorogan", nama: "Bidan Desa Klorogan", role: "BIDAN_DESA", kabupatenId: madiun.kabupatenId, desaId: klorogan.id },
    { username: "kader.melati1", nama: "Kader Posyandu Melati 1", role: "KADER", kabupatenId: madiun.kabupatenId, posyanduId: klor.posyandu.get("Melati 1") },
    { username: "kader.mawar2", nama: "Kader Posyandu Mawar 2", role: "KADER", kabupatenId: madiun.kabupatenId, posyanduId: klor.posyandu.get("Mawar 2") },
  ];
  for (const a of accounts) {
    await db.user.create({ data: { ...a, passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false } });
  }
  log(`Data demo dibuat: ${accounts.length} akun (kata sandi "${DEMO_PASSWORD}").`);
  await seedSarana(db, log);
  await seedPercontohan(db, log);
  await seedKader(db, log);
  // Last: the readiness snapshots score everything added above.
  await seedKesiapan(db, log);
  // Supervision: the plans (a visit on Melati 1's next posyandu day), then the submitted visits of 2024.
  await seedRencana(db, log);
  await seedSupervisi(db, log);
  // Posyandu days of 2024 (people, sessions, entries with their stored results): after the kaders, who are on duty.
  await seedHariPosyandu(db, log);
  return true;
}
