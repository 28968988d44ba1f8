import { describe, expect, it } from "vitest";
import { buildLembar, slug, type LembarSumber } from "../../../lib/supervisi/lembar.ts";
import { winAnsi } from "../../../lib/supervisi/pdf.ts";

const base: LembarSumber = {
  id: "v1", tanggal: "2024-02-06", sasaran: "POSYANDU", revisi: 0, skor: 72.5, skorDomain: { KEL: 80, SDM: 50 }, kategori: "BELUM_SIAP", kritisGagal: true, ringkasan: "Ringkas.",
  posyandu: "Melati 1", desa: "Klorogan", kecamatan: "Geger", puskesmas: "Puskesmas Geger", kabupaten: "Kabupaten Madiun",
  instrumen: { kode: "ILP-POSYANDU", nama: "Kesiapan ILP Posyandu", versi: 2 },
  domain: [{ kode: "KEL", nama: "Kelembagaan" }, { kode: "SDM", nama: "SDM" }, { kode: "DAT", nama: "Data" }],
  peserta: [
    { nama: "Supervisor A", peran: "Promkes", instansi: "Puskesmas Geger", tim: true, hadir: true },
    { nama: "Bidan B", peran: "Bidan", instansi: "Pustu", tim: true, hadir: true },
    { nama: "Ketua C", peran: "Ketua Posyandu", instansi: null, tim: false, hadir: true },
    { nama: "Absen D", peran: "Kader", instansi: null, tim: false, hadir: false },
  ],
  jawaban: [
    { kode: "KEL-04", pertanyaan: "Jadwal hari buka tetap", domainKode: "KEL", kritis: true, skor: 0, na: false, catatan: "Belum ada jadwal" },
    { kode: "SDM-03", pertanyaan: "Penguasaan keterampilan", domainKode: "SDM", kritis: false, skor: 1 / 3, na: false, catatan: null },
    { kode: "SDM-04", pertanyaan: "Bidan hadir", domainKode: "SDM", kritis: false, skor: 0.5, na: false, catatan: null },
    { kode: "SAR-02", pertanyaan: "Alat POCT", domainKode: "SAR", kritis: false, skor: null, na: true, catatan: null },
  ],
  tindakLanjut: [{ masalah: "Jadwal belum tetap", tindakan: "Tetapkan jadwal", tingkatPemilik: "KADER", pemilikNama: "Kader Melati", batasWaktu: "2024-03-05", status: "BELUM" }],
  verifikasi: [{ masalah: "Lama", tindakan: "T", pemilikNama: "Pkm", tanggalAsal: "2023-11-14", hasil: "SEBAGIAN", catatan: null }],
  ambang: { siap: 80, siapBersyarat: 60, batasKritis: "BELUM_SIAP", lulusKritis: 0.5 },
};

describe("buildLembar: one content for the page and the PDF", () => {
  const l = buildLembar(base);
  it("names the file after the site and the date", () => {
    expect(l.namaBerkas).toBe("lembar-supervisi-melati-1-2024-02-06.pdf");
    expect(buildLembar({ ...base, posyandu: null, sasaran: "DESA", desa: "Banyumeneng" }).namaBerkas).toBe("lembar-supervisi-desa-banyumeneng-2024-02-06.pdf");
  });
  it("holds the site, the date in Bahasa, the instrument and its version", () => {
    expect(l.identitas).toContainEqual(["Sasaran", "Posyandu Melati 1"]);
    expect(l.identitas).toContainEqual(["Tanggal kunjungan", "6 Februari 2024"]);
    expect(l.subjudul).toBe("Kesiapan ILP Posyandu (ILP-POSYANDU versi 2)");
  });
  it("scores with a decimal comma, each domain (no score: –), and the category", () => {
    expect(l.skor.total).toBe("72,5");
    expect(l.skor.kategori).toBe("Belum siap");
    expect(l.skor.domain).toEqual([{ nama: "Kelembagaan", skor: "80,0" }, { nama: "SDM", skor: "50,0" }, { nama: "Data", skor: "–" }]);
  });
  it("explains the critical cap: which item failed and what the score alone would give", () => {
    expect(l.skor.penjelasan[1]).toMatch(/KEL-04 Jadwal hari buka tetap/);
    expect(l.skor.penjelasan[1]).toMatch(/tanpa batas ini skor memberi "siap bersyarat"/);
    expect(buildLembar({ ...base, kritisGagal: false }).skor.penjelasan).toHaveLength(1);
  });
  it("findings are the answers below half marks, N/A left out", () => {
    expect(l.temuan.map((t) => t.kode)).toEqual(["KEL-04", "SDM-03"]);
    expect(l.temuan[0]).toMatchObject({ kritis: true, skor: "0", catatan: "Belum ada jadwal" });
  });
  it("team, attendance (present only), follow-ups with owner level and due date, verifications", () => {
    expect(l.tim.map((p) => p.nama)).toEqual(["Supervisor A", "Bidan B"]);
    expect(l.hadir.map((p) => p.nama)).toEqual(["Supervisor A", "Bidan B", "Ketua C"]);
    expect(l.tindakLanjut[0]).toEqual({ no: 1, masalah: "Jadwal belum tetap", tindakan: "Tetapkan jadwal", pemilik: "Kader Melati (Kader)", batas: "5 Maret 2024", status: "Belum" });
    expect(l.verifikasi[0]).toMatchObject({ hasil: "Sebagian", asal: "14 November 2023, Pkm" });
  });
  it("signatures: supervisor, Ketua Pustu/bidan, and the posyandu lead (desa: kepala desa)", () => {
    expect(l.tandaTangan).toEqual([{ jabatan: "Supervisor", nama: "Supervisor A" }, { jabatan: "Ketua Pustu / Bidan desa", nama: "Bidan B" }, { jabatan: "Ketua Posyandu", nama: "Ketua C" }]);
    expect(buildLembar({ ...base, sasaran: "DESA", posyandu: null }).tandaTangan[2]).toEqual({ jabatan: "Kepala Desa", nama: "" });
  });
  it("a revised visit says which revision", () => {
    expect(buildLembar({ ...base, revisi: 2 }).identitas).toContainEqual(["Revisi", "Revisi ke-2"]);
  });
});

describe("slug and the PDF's character set", () => {
  it("slug", () => {
    expect(slug("Melati 1")).toBe("melati-1");
    expect(slug("  Désa  Ñ / 3 ")).toBe("desa-n-3");
    expect(slug("!!!")).toBe("situs");
  });
  it("winAnsi keeps Indonesian text and en dashes, writes ≥ as >=, replaces what the built-in font lacks", () => {
    expect(winAnsi("Skor ≥ 80 – siap")).toBe("Skor >= 80 – siap");
    expect(winAnsi("Kader ✓ 😀")).toBe("Kader ? ??");
  });
});
