/**
 * The feedback sheet as a PDF (A4, Bahasa, page numbers), made on the server with pdfkit: its
 * built-in Helvetica (no font files to ship), text flow, and tables drawn by hand. Draws exactly
 * the content of `buildLembar` (lib/supervisi/lembar.ts), as the printable page does.
 */
import "server-only";
import PDFDocument from "pdfkit";
import type { Lembar } from "./lembar.ts";

const MARGIN = 50;
const A4_W = 595.28;
const WIDTH = A4_W - 2 * MARGIN;
const FOOTER_H = 30;

/**
 * The built-in fonts speak WinAnsi: a few signs from our texts that it lacks are written the way
 * people type them, and anything else outside it becomes "?" rather than a wrong glyph.
 */
export function winAnsi(s: string): string {
  return s
    .replace(/≥/g, ">=").replace(/≤/g, "<=").replace(/[‐‑‒]/g, "-").replace(/→/g, "->").replace(/×/g, "x")
    .replace(/[^\u0009\u000A\u000D\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]/g, "?");
}

type Doc = InstanceType<typeof PDFDocument>;

function ensureSpace(doc: Doc, h: number) {
  if (doc.y + h > doc.page.height - MARGIN - FOOTER_H) doc.addPage();
}

function heading(doc: Doc, text: string) {
  ensureSpace(doc, 40);
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11.5).fillColor("#0f172a").text(winAnsi(text), MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.25).font("Helvetica").fontSize(9.5);
}

/** A table: header row in bold, each row as tall as its tallest cell, a new page (with the header) when full. */
function table(doc: Doc, cols: { label: string; width: number }[], rows: string[][], empty: string) {
  if (rows.length === 0) {
    doc.font("Helvetica-Oblique").fontSize(9.5).fillColor("#475569").text(winAnsi(empty), MARGIN, doc.y, { width: WIDTH }).fillColor("#0f172a").font("Helvetica");
    return;
  }
  const total = cols.reduce((s, c) => s + c.width, 0);
  const widths = cols.map((c) => (c.width / total) * WIDTH);
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const texts = cells.map(winAnsi);
    const h = Math.max(...texts.map((t, i) => doc.heightOfString(t || " ", { width: widths[i] - 2 * pad }))) + 2 * pad;
    if (doc.y + h > doc.page.height - MARGIN - FOOTER_H) {
      doc.addPage();
      if (!bold) drawRow(cols.map((c) => c.label), true);
    }
    const y = doc.y;
    let x = MARGIN;
    if (bold) doc.rect(MARGIN, y, WIDTH, h).fill("#e2e8f0").fillColor("#0f172a");
    texts.forEach((t, i) => {
      doc.rect(x, y, widths[i], h).lineWidth(0.5).strokeColor("#94a3b8").stroke();
      doc.text(t, x + pad, y + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(cols.map((c) => c.label), true);
  for (const r of rows) drawRow(r, false);
  doc.font("Helvetica").fontSize(9.5);
}

/** The sheet as PDF bytes. */
export async function lembarPdf(l: Lembar): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: winAnsi(`${l.judul}: ${l.identitas[0]?.[1] ?? ""}`), Author: "Pantau ILP", Subject: winAnsi(l.subjudul) }, lang: "id-ID" } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(16).fillColor("#0f172a").text(winAnsi(l.judul), { width: WIDTH });
  doc.font("Helvetica").fontSize(10).fillColor("#334155").text(winAnsi(l.subjudul), { width: WIDTH }).fillColor("#0f172a");
  doc.moveDown(0.5);
  for (const [k, v] of l.identitas) {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(9.5).text(winAnsi(k), MARGIN, y, { width: 130 });
    const h1 = doc.y - y;
    doc.font("Helvetica").text(winAnsi(v), MARGIN + 135, y, { width: WIDTH - 135 });
    doc.y = Math.max(doc.y, y + h1);
  }

  heading(doc, "Hasil penilaian");
  doc.font("Helvetica-Bold").fontSize(12).text(winAnsi(`Skor total ${l.skor.total} · Kategori: ${l.skor.kategori}`), MARGIN, doc.y, { width: WIDTH });
  doc.font("Helvetica").fontSize(9);
  for (const p of l.skor.penjelasan) doc.text(winAnsi(p), { width: WIDTH });
  doc.moveDown(0.3);
  table(doc, [{ label: "Domain", width: 4 }, { label: "Skor (0–100)", width: 1.3 }], l.skor.domain.map((d) => [d.nama, d.skor]), "Belum ada skor per domain.");

  heading(doc, "Tim supervisi");
  table(doc, [{ label: "Nama", width: 3 }, { label: "Peran", width: 2 }, { label: "Instansi", width: 3 }], l.tim.map((p) => [p.nama, p.peran, p.instansi]), "Tim tidak dicatat.");
  heading(doc, "Daftar hadir");
  table(doc, [{ label: "Nama", width: 3 }, { label: "Peran", width: 2 }, { label: "Instansi", width: 3 }], l.hadir.map((p) => [p.nama, p.peran, p.instansi]), "Daftar hadir tidak dicatat.");

  if (l.ringkasan) {
    heading(doc, "Ringkasan");
    doc.text(winAnsi(l.ringkasan), { width: WIDTH });
  }
  heading(doc, "Temuan");
  table(doc, [{ label: "Butir", width: 0.9 }, { label: "Yang diperiksa", width: 4 }, { label: "Skor", width: 0.7 }, { label: "Catatan", width: 3 }], l.temuan.map((t) => [t.kode, `${t.pertanyaan}${t.kritis ? " (kritis)" : ""}`, t.skor, t.catatan]), "Tidak ada butir di bawah standar.");

  heading(doc, "Rencana tindak lanjut yang disepakati");
  table(doc, [{ label: "No", width: 0.45 }, { label: "Masalah", width: 3 }, { label: "Tindakan", width: 3 }, { label: "Penanggung jawab", width: 2.2 }, { label: "Batas waktu", width: 1.6 }, { label: "Status", width: 1 }],
    l.tindakLanjut.map((t) => [String(t.no), t.masalah, t.tindakan, t.pemilik, t.batas, t.status]), "Tidak ada tindak lanjut.");

  heading(doc, "Verifikasi tindak lanjut kunjungan sebelumnya");
  table(doc, [{ label: "Masalah", width: 3 }, { label: "Tindakan", width: 3 }, { label: "Disepakati", width: 2.2 }, { label: "Hasil", width: 1 }, { label: "Catatan", width: 2.5 }],
    l.verifikasi.map((v) => [v.masalah, v.tindakan, v.asal, v.hasil, v.catatan]), "Tidak ada tindak lanjut sebelumnya yang diverifikasi.");

  heading(doc, "Tanda tangan");
  ensureSpace(doc, 90);
  const colW = WIDTH / l.tandaTangan.length;
  const y = doc.y + 4;
  l.tandaTangan.forEach((t, i) => {
    const x = MARGIN + i * colW;
    doc.font("Helvetica").fontSize(9.5).text(winAnsi(t.jabatan), x, y, { width: colW - 10, align: "center" });
    doc.moveTo(x + 10, y + 60).lineTo(x + colW - 20, y + 60).lineWidth(0.5).strokeColor("#0f172a").stroke();
    doc.text(winAnsi(t.nama || "(nama jelas)"), x, y + 64, { width: colW - 10, align: "center" });
  });
  doc.x = MARGIN;
  doc.y = y + 84;

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor("#475569").text(winAnsi(`${l.identitas[0]?.[1] ?? ""} · Halaman ${i + 1} dari ${range.count}`), MARGIN, doc.page.height - MARGIN + 10, { width: WIDTH, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
