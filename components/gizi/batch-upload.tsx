"use client";
import { useEffect, useRef, useState } from "react";
import { Field, TABLE_FILE_ACCEPT, fileInputClass } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { formatNumber, formatTime } from "@/lib/i18n/format";
import { downloadHref, GIZI_BERKAS_LIMITS, type DoneLine, type OutputFormat, type Phase, type StreamLine } from "@/lib/gizi-berkas/protocol";
import { fileSizeLabel as sizeLabel } from "@/lib/table/limits";

type Progress = { phase: "mengunggah"; done: number; total: number } | { phase: Phase; done: number; total: number };
type Status = { kind: "idle" } | { kind: "running"; progress: Progress } | { kind: "failed"; message: string; relogin?: boolean } | { kind: "done"; result: DoneLine; format: OutputFormat };

function checkFile(file: File): string | null {
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  if (!["csv", "xlsx"].includes(ext)) return "Jenis berkas tidak didukung: pilih berkas .csv atau .xlsx.";
  if (file.size === 0) return "Berkas kosong: pilih berkas yang berisi data anak.";
  if (file.size > GIZI_BERKAS_LIMITS.maxBytes) return `Berkas terlalu besar (${sizeLabel(file.size)}); paling besar ${sizeLabel(GIZI_BERKAS_LIMITS.maxBytes)}. Bagi menjadi beberapa berkas.`;
  return null;
}

function progressText(p: Progress): string {
  const pct = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
  switch (p.phase) {
    case "mengunggah": return `Mengunggah ${pct}%`;
    case "membaca": return "Membaca berkas…";
    case "menghitung": return `Menghitung baris ${formatNumber(p.done)} dari ${formatNumber(p.total)}`;
    case "menyiapkan": return "Menyiapkan hasil…";
  }
}

/** Upload a CSV/XLSX of children, watch the progress, then download the file with z-scores added. */
export function BatchUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [format, setFormat] = useState<OutputFormat>("xlsx");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [expired, setExpired] = useState(false);
  const xhrRef = useRef<XMLHttpRequest | null>(null);
  const running = status.kind === "running";

  // The server forgets results after 30 minutes: say so instead of offering links that would fail.
  useEffect(() => {
    if (status.kind !== "done") return;
    setExpired(false);
    const timer = setTimeout(() => setExpired(true), Math.max(0, status.result.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [status]);

  function onPick(e: React.ChangeEvent<HTMLInputElement>) {
    const picked = e.target.files?.[0] ?? null;
    setFile(picked);
    setProblem(picked ? checkFile(picked) : null);
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (running) return;
    if (!file) return setProblem("Pilih berkas CSV atau XLSX terlebih dahulu.");
    const bad = checkFile(file);
    if (bad) return setProblem(bad);
    const chosen = format;
    const body = new FormData();
    body.set("berkas", file);
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    let seen = 0;
    let finished = false;
    const handle = (line: StreamLine) => {
      if (line.t === "progress") setStatus({ kind: "running", progress: { phase: line.phase, done: line.done, total: line.total } });
      else if (line.t === "gagal") { finished = true; setStatus({ kind: "failed", message: line.message }); }
      else { finished = true; setStatus({ kind: "done", result: line, format: chosen }); }
    };
    // The answer is NDJSON that grows while the server works: read each complete line once.
    const consume = () => {
      const text = xhr.responseText;
      for (let nl = text.indexOf("\n", seen); nl >= 0; nl = text.indexOf("\n", seen)) {
        const raw = text.slice(seen, nl);
        seen = nl + 1;
        if (!raw.trim()) continue;
        try {
          handle(JSON.parse(raw) as StreamLine);
        } catch {
          // A broken line is reported by onload as an unfinished answer.
        }
      }
    };
    // A signed-out proxy redirect ends at the login page (HTML), not at our NDJSON.
    const isStream = () => (xhr.getResponseHeader("content-type") ?? "").includes("ndjson");
    xhr.open("POST", "/gizi/berkas/proses");
    xhr.upload.onprogress = (ev) => setStatus({ kind: "running", progress: { phase: "mengunggah", done: ev.loaded, total: ev.lengthComputable ? ev.total : file.size } });
    xhr.upload.onload = () => setStatus({ kind: "running", progress: { phase: "membaca", done: 0, total: 1 } });
    xhr.onprogress = () => { if (xhr.status === 200 && isStream()) consume(); };
    xhr.onload = () => {
      xhrRef.current = null;
      if (xhr.status === 200 && !isStream()) {
        const signedOut = new URL(xhr.responseURL || location.href).pathname.startsWith("/login");
        return setStatus({ kind: "failed", message: signedOut ? "Sesi berakhir, silakan masuk lagi." : "Jawaban server tidak dikenal. Coba unggah lagi.", relogin: signedOut });
      }
      if (xhr.status !== 200) {
        let message = "Berkas tidak dapat diproses. Coba lagi.";
        try { message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message; } catch { /* not JSON */ }
        return setStatus({ kind: "failed", message, relogin: xhr.status === 401 });
      }
      consume();
      if (!finished) setStatus({ kind: "failed", message: "Jawaban server terputus sebelum selesai. Coba unggah lagi." });
    };
    xhr.onerror = () => { xhrRef.current = null; setStatus({ kind: "failed", message: "Koneksi terputus saat mengunggah. Periksa jaringan lalu coba lagi." }); };
    xhr.onabort = () => { xhrRef.current = null; setStatus({ kind: "idle" }); };
    setStatus({ kind: "running", progress: { phase: "mengunggah", done: 0, total: file.size } });
    xhr.send(body);
  }

  const progress = status.kind === "running" ? status.progress : null;
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <Field
          name="berkas"
          id="berkas-gizi"
          label="Berkas CSV atau XLSX"
          required
          errors={problem ? [problem] : undefined}
          hint={<>
            Paling besar {sizeLabel(GIZI_BERKAS_LIMITS.maxBytes)} atau {formatNumber(GIZI_BERKAS_LIMITS.maxRows)} baris. Baris pertama berisi judul kolom.
            {file && !problem ? <span className="block" data-testid="berkas-gizi-info">Dipilih: {file.name} ({sizeLabel(file.size)})</span> : null}
          </>}
        >
          {(c) => (
            <input
              {...c}
              type="file"
              accept={TABLE_FILE_ACCEPT}
              onChange={onPick}
              disabled={running}
              className={fileInputClass}
            />
          )}
        </Field>
        <fieldset className="flex flex-col gap-2" disabled={running}>
          <legend className="text-sm font-medium text-slate-800">Format hasil</legend>
          <div className="flex flex-wrap gap-4">
            {(["xlsx", "csv"] as const).map((f) => (
              <label key={f} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} className="h-5 w-5" />
                {f === "xlsx" ? "XLSX (Excel)" : "CSV"}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={running} aria-disabled={running}>{running ? "Memproses…" : "Hitung z-score"}</Button>
          {running ? <Button type="button" variant="secondary" onClick={() => xhrRef.current?.abort()}>Batalkan</Button> : null}
        </div>
      </form>

      <div role="status" aria-live="polite" className="flex flex-col gap-1" data-testid="gizi-berkas-progress">
        {progress ? (
          <>
            <p id="gizi-berkas-progress-label" className="text-sm text-slate-800">{progressText(progress)}</p>
            <progress
              aria-labelledby="gizi-berkas-progress-label"
              className="h-3 w-full accent-brand-700"
              max={progress.total || 1}
              value={progress.phase === "membaca" && progress.done === 0 ? undefined : progress.done}
            />
          </>
        ) : null}
      </div>

      {status.kind === "failed" ? (
        <Alert tone="error" title="Berkas tidak dapat diproses" testId="gizi-berkas-gagal">
          <p>{status.message}</p>
          {status.relogin ? <p className="mt-1"><a className="font-semibold underline" href="/login?ke=/gizi/berkas">Masuk lagi</a></p> : null}
        </Alert>
      ) : null}

      {status.kind === "done" ? <BatchResult result={status.result} format={status.format} expired={expired} /> : null}
    </div>
  );
}

function BatchResult({ result, format, expired }: { result: DoneLine; format: OutputFormat; expired: boolean }) {
  const s = result.summary;
  const other: OutputFormat = format === "xlsx" ? "csv" : "xlsx";
  const stats: [string, number][] = [
    ["Baris dibaca", s.rowsRead],
    ["Dihitung", s.rowsComputed],
    ["Dengan keterangan", s.rowsWithProblems],
    ["Ditandai tidak wajar (flag WHO)", s.rowsFlagged],
  ];
  if (s.blankRowsSkipped) stats.push(["Baris kosong dilewati", s.blankRowsSkipped]);
  return (
    <section className="flex flex-col gap-4" aria-labelledby="gizi-berkas-hasil" data-testid="gizi-berkas-hasil">
      <h3 id="gizi-berkas-hasil" className="text-base font-semibold text-slate-900">Hasil: {result.fileBaseName}</h3>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="gizi-berkas-ringkasan">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-xl font-bold text-slate-900">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {result.headerProblems.length ? (
        <Alert tone="warning" title="Catatan tentang judul kolom" testId="gizi-berkas-judul">
          <ul className="list-disc pl-5">{result.headerProblems.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </Alert>
      ) : null}
      {expired ? (
        <Alert tone="warning" title="Hasil sudah dihapus">Hasil hanya disimpan 30 menit. Unggah berkas lagi untuk mengunduhnya.</Alert>
      ) : (
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap gap-2">
            {/* Plain links with `download`, not next/link: a client navigation to a file route breaks later submits. */}
            <a className={buttonClass("primary")} href={downloadHref(result.id, format)} download>Unduh hasil {format.toUpperCase()}</a>
            <a className={buttonClass("secondary")} href={downloadHref(result.id, other)} download>Unduh hasil {other.toUpperCase()}</a>
          </div>
          <p className="text-xs text-slate-600">Hasil disimpan sementara sampai pukul {formatTime(new Date(result.expiresAt))} WIB (30 menit), hanya untuk Anda.</p>
        </div>
      )}
      {result.preview.length ? (
        <div className="flex flex-col gap-2">
          <h4 className="text-sm font-semibold text-slate-900">
            Baris dengan keterangan{s.rowsWithProblems > result.preview.length ? ` (${formatNumber(result.preview.length)} pertama dari ${formatNumber(s.rowsWithProblems)}; semuanya ada di berkas hasil)` : ""}
          </h4>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Baris dengan keterangan">
            <table className="w-full border-collapse text-sm" data-testid="gizi-berkas-keterangan">
              <thead>
                <tr>
                  <th scope="col" className="border-b border-slate-200 px-2 py-2 text-left font-semibold">Baris</th>
                  <th scope="col" className="border-b border-slate-200 px-2 py-2 text-left font-semibold">Keterangan</th>
                </tr>
              </thead>
              <tbody>
                {result.preview.map((r) => (
                  <tr key={r.baris}>
                    <td className="border-b border-slate-100 px-2 py-2 align-top tabular-nums">{formatNumber(r.baris)}</td>
                    <td className="border-b border-slate-100 px-2 py-2">{r.keterangan}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-700">Semua baris dihitung tanpa keterangan.</p>
      )}
    </section>
  );
}
