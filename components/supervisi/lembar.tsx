import type { Lembar } from "@/lib/supervisi/lembar";

function Tabel({ head, rows, empty, testId }: { head: string[]; rows: string[][]; empty: string; testId?: string }) {
  if (rows.length === 0) return <p className="text-sm italic text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <thead><tr>{head.map((h) => <th key={h} className="border border-slate-400 bg-slate-100 px-2 py-1 text-left">{h}</th>)}</tr></thead>
        <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} className="border border-slate-400 px-2 py-1 align-top">{c}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}

/** The feedback sheet as HTML: the same content as the PDF (lib/supervisi/pdf.ts), laid out for A4 print. */
export function LembarView({ l }: { l: Lembar }) {
  const h2 = "mt-5 mb-2 text-base font-bold print:break-after-avoid";
  return (
    <article className="lembar mx-auto w-full min-w-0 max-w-[210mm] bg-white p-4 text-slate-900 print:p-0" data-testid="lembar">
      <h1 className="text-xl font-bold">{l.judul}</h1>
      <p className="text-sm text-slate-700">{l.subjudul}</p>
      <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1 text-sm">
        {l.identitas.map(([k, v]) => <div key={k} className="contents"><dt className="font-semibold">{k}</dt><dd>{v}</dd></div>)}
      </dl>
      <h2 className={h2}>Hasil penilaian</h2>
      <p className="font-semibold" data-testid="lembar-skor">Skor total {l.skor.total} · Kategori: {l.skor.kategori}</p>
      {l.skor.penjelasan.map((p) => <p key={p} className="text-sm text-slate-700">{p}</p>)}
      <div className="mt-2"><Tabel head={["Domain", "Skor (0–100)"]} rows={l.skor.domain.map((d) => [d.nama, d.skor])} empty="Belum ada skor per domain." /></div>
      <h2 className={h2}>Tim supervisi</h2>
      <Tabel head={["Nama", "Peran", "Instansi"]} rows={l.tim.map((p) => [p.nama, p.peran, p.instansi])} empty="Tim tidak dicatat." />
      <h2 className={h2}>Daftar hadir</h2>
      <Tabel head={["Nama", "Peran", "Instansi"]} rows={l.hadir.map((p) => [p.nama, p.peran, p.instansi])} empty="Daftar hadir tidak dicatat." />
      {l.ringkasan ? <><h2 className={h2}>Ringkasan</h2><p className="text-sm">{l.ringkasan}</p></> : null}
      <h2 className={h2}>Temuan</h2>
      <Tabel head={["Butir", "Yang diperiksa", "Skor", "Catatan"]} rows={l.temuan.map((t) => [t.kode, `${t.pertanyaan}${t.kritis ? " (kritis)" : ""}`, t.skor, t.catatan])} empty="Tidak ada butir di bawah standar." />
      <h2 className={h2}>Rencana tindak lanjut yang disepakati</h2>
      <Tabel testId="lembar-tindak-lanjut" head={["No", "Masalah", "Tindakan", "Penanggung jawab", "Batas waktu", "Status"]} rows={l.tindakLanjut.map((t) => [String(t.no), t.masalah, t.tindakan, t.pemilik, t.batas, t.status])} empty="Tidak ada tindak lanjut." />
      <h2 className={h2}>Verifikasi tindak lanjut kunjungan sebelumnya</h2>
      <Tabel head={["Masalah", "Tindakan", "Disepakati", "Hasil", "Catatan"]} rows={l.verifikasi.map((v) => [v.masalah, v.tindakan, v.asal, v.hasil, v.catatan])} empty="Tidak ada tindak lanjut sebelumnya yang diverifikasi." />
      <h2 className={h2}>Tanda tangan</h2>
      <div className="grid grid-cols-3 gap-4 text-center text-sm print:break-inside-avoid">
        {l.tandaTangan.map((t) => (
          <div key={t.jabatan}>
            <p>{t.jabatan}</p>
            <div className="mx-auto mt-14 w-4/5 border-b border-slate-800" />
            <p className="mt-1">{t.nama || "(nama jelas)"}</p>
          </div>
        ))}
      </div>
    </article>
  );
}
