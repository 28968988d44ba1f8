"use client";
import { Suspense, lazy, useId, useMemo, useRef, useState } from "react";
import { scoreVisit, type AmbangSupervisi } from "@/lib/supervisi/score";
import type { FaktaKey, NilaiFakta } from "@/lib/supervisi/fakta";
import { jawabanMap, jawabanLabel, type ButirTampil, type DomainTampil } from "@/lib/kunjungan/butir";
import { setJawaban, syncLabel, type Draf } from "@/lib/kunjungan/draf";
import { formatDate } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ButirJawaban } from "./butir-jawaban";
import type { TemuanAwal } from "./temuan";
import type { TindakLanjutTerbuka } from "./verifikasi";
import { forgetOfflinePage, useDrafSync, useOfflinePage } from "./use-draf-sync";

/**
 * The sections with their own forms or below the items (attendance with its user search, the score
 * panel, follow-ups to verify, findings with their form and check) load after the first paint: the
 * server's HTML shows them at once and they come alive when their script is here.
 * The page waits for them before handing its files to the worker (offline use). Keeps the visit
 * screen's first-load JavaScript within the 150 kB gzip budget (docs/bench-js.md).
 */
const muatBawah = () => Promise.all([import("./kehadiran"), import("./skor-langsung"), import("./temuan"), import("./verifikasi")]);
const Kehadiran = lazy(() => import("./kehadiran").then((m) => ({ default: m.Kehadiran })));
const SkorPanel = lazy(() => import("./skor-langsung").then((m) => ({ default: m.SkorPanel })));
const TemuanList = lazy(() => import("./temuan").then((m) => ({ default: m.TemuanList })));
const VerifikasiList = lazy(() => import("./verifikasi").then((m) => ({ default: m.VerifikasiList })));
const memuat = <p className="text-sm text-slate-600">Memuat…</p>;

export interface IsiKunjunganData {
  id: string;
  site: string;
  kecamatan: string;
  versi: string;
  rencana: { nama: string; mulai: string } | null;
  instrumen: { nama: string; versi: number };
  domain: DomainTampil[];
  butir: ButirTampil[];
  fakta: Record<FaktaKey, NilaiFakta>;
  ambang: AmbangSupervisi;
  draf: Draf;
  timIds: string[];
  terbuka: TindakLanjutTerbuka[];
  today: string;
}

const tgl = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * Conducting a visit on a phone (mode "isi"): attendance, the items by domain with the system facts,
 * the live score, the open follow-ups to verify, the findings, and submit. Every change is kept on the
 * device and sent to the server as a draft (use-draf-sync.ts); the page opens again offline
 * (public/sw-offline.js). Mode "koreksi": the same form over a submitted visit, kept in memory, sent
 * once with a reason as a new revision.
 */
export function IsiKunjungan({ data, mode }: { data: IsiKunjunganData; mode: "isi" | "koreksi" }) {
  const isi = mode === "isi";
  const uid = useId();
  const { draf, edit, state, forget } = useDrafSync(data.id, { draf: data.draf, versi: data.versi }, isi);
  useOfflinePage(isi, muatBawah);
  const [awalTemuan, setAwalTemuan] = useState<TemuanAwal | null>(null);
  const [alasan, setAlasan] = useState("");
  const [kirim, setKirim] = useState<{ busy: boolean; message: string | null; list: string[] }>({ busy: false, message: null, list: [] });
  const busy = useRef(false);
  const temuanRef = useRef<HTMLDivElement>(null);

  const jMap = useMemo(() => new Map(draf.jawaban.map((j) => [j.butirId, j])), [draf.jawaban]);
  const hasil = useMemo(() => scoreVisit(data.butir, jawabanMap(draf.jawaban), data.ambang), [data.butir, data.ambang, draf.jawaban]);
  const byDomain = useMemo(() => data.domain.map((d) => ({ ...d, butir: data.butir.filter((b) => b.domainKode === d.kode) })), [data.domain, data.butir]);

  async function send() {
    if (busy.current) return;
    const byId = new Map(data.butir.map((b) => [b.id, b]));
    const missing = [...hasil.tidakSah.map((id) => `${byId.get(id)!.kode}: jawaban tidak sah`), ...hasil.belumDijawab.map((id) => `${byId.get(id)!.kode}: belum dijawab${byId.get(id)!.kritis ? " (kritis)" : ""}`)];
    if (missing.length) return setKirim({ busy: false, message: `Kunjungan belum dapat dikirim. Lengkapi dulu ${missing.length} butir:`, list: missing });
    if (!isi && alasan.trim().length < 5) return setKirim({ busy: false, message: "Alasan koreksi wajib diisi: tulis apa yang dikoreksi dan mengapa.", list: [] });
    busy.current = true;
    setKirim({ busy: true, message: null, list: [] });
    try {
      const res = await fetch(`/api/kunjungan/${data.id}/${isi ? "kirim" : "koreksi"}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(isi ? draf : { ...draf, alasan }) });
      const body = (await res.json().catch(() => ({}))) as { message?: string; fieldErrors?: Record<string, string[]> };
      if (res.ok) {
        forget();
        await forgetOfflinePage(`/supervisi/kunjungan/${data.id}/isi`);
        window.location.assign(`/supervisi/kunjungan/${data.id}?${isi ? "dikirim" : "dikoreksi"}=1`);
        return;
      }
      busy.current = false;
      setKirim({ busy: false, message: body.message ?? "Tidak dapat dikirim.", list: Object.values(body.fieldErrors ?? {}).flat() });
    } catch {
      busy.current = false;
      setKirim({ busy: false, message: "Tidak ada sinyal: hasil belum terkirim. Isian tetap tersimpan di perangkat; kirim lagi saat ada sinyal.", list: [] });
    }
  }

  const tone = state.error ? "bg-red-50 text-red-900 border-red-300" : state.pending === 0 ? "bg-emerald-50 text-emerald-900 border-emerald-300" : "bg-amber-50 text-amber-900 border-amber-300";
  return (
    <div className="flex flex-col gap-4 pb-24">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md border bg-white px-3 py-2 text-sm shadow-sm">
        {isi ? (
          <span className={`rounded border px-2 py-1 ${tone}`} data-testid="status-simpan" role="status" aria-live="polite">
            {syncLabel(state)}
          </span>
        ) : (
          <span className="font-semibold">Koreksi kunjungan</span>
        )}
        <span>Skor <strong data-testid="skor-atas">{hasil.total.skor === null ? "–" : hasil.total.skor.toLocaleString("id-ID")}</strong></span>
      </div>

      <Card title="Kunjungan">
        <p className="text-sm">{data.site}, Kec. {data.kecamatan}</p>
        <p className="text-sm text-slate-600">Instrumen: {data.instrumen.nama} (versi {data.instrumen.versi}){data.rencana ? ` · Rencana: ${data.rencana.nama}` : " · Di luar rencana"}</p>
        <div className="mt-2 flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-1`}>Tanggal kunjungan</label>
          <input id={`${uid}-1`} type="date" className={inputClass} value={draf.tanggal} max={data.today} min={data.rencana?.mulai} onChange={(e) => e.target.value && edit((d) => ({ ...d, tanggal: e.target.value }))} />
        </div>
        {data.rencana ? <p className="mt-1 text-xs text-slate-600">Tidak boleh sebelum {tgl(data.rencana.mulai)} (awal triwulan rencana) dan tidak boleh setelah hari ini.</p> : null}
      </Card>

      <Card title="Daftar hadir">
        <Suspense fallback={memuat}>
          <Kehadiran peserta={draf.peserta} timIds={data.timIds} onChange={(peserta) => edit((d) => ({ ...d, peserta }))} />
        </Suspense>
      </Card>

      {byDomain.map((d) => (
        <Card key={d.kode} title={`${d.nama}${hasil.domain[d.kode]?.skor != null ? ` · skor ${hasil.domain[d.kode].skor!.toLocaleString("id-ID")}` : ""}`}>
          {d.butir.map((b) => (
            <ButirJawaban
              key={b.id}
              b={b}
              j={jMap.get(b.id)}
              fakta={b.fakta ? data.fakta[b.fakta] ?? null : null}
              serverError={state.fieldErrors[`jawaban.${b.kode}`]}
              onChange={(patch) => edit((x) => setJawaban(x, b.id, patch))}
              onTemuan={() => {
                setAwalTemuan({ butirId: b.id, masalah: `${b.pertanyaan}: ${jawabanLabel(b, jMap.get(b.id)).toLowerCase()}` });
                temuanRef.current?.scrollIntoView({ behavior: "smooth" });
              }}
            />
          ))}
        </Card>
      ))}

      <Card title="Skor sementara">
        <Suspense fallback={memuat}>
          <SkorPanel hasil={hasil} domain={data.domain} butir={data.butir} testId="skor-langsung" />
        </Suspense>
        <p className="mt-2 text-xs text-slate-600">Dihitung di perangkat dari jawaban di atas; saat dikirim, server menghitung ulang dari jawaban yang tersimpan. Butir &quot;tidak berlaku&quot; tidak ikut dihitung.</p>
      </Card>

      {isi ? (
        <Card title="Verifikasi tindak lanjut sebelumnya">
          <Suspense fallback={memuat}>
            <VerifikasiList terbuka={data.terbuka} verifikasi={draf.verifikasi} onChange={(verifikasi) => edit((d) => ({ ...d, verifikasi }))} />
          </Suspense>
        </Card>
      ) : null}

      <div ref={temuanRef}>
        <Card title="Temuan dan rencana tindak lanjut">
          <Suspense fallback={memuat}>
            <TemuanList temuan={draf.temuan} butir={data.butir} tanggal={draf.tanggal} awal={awalTemuan} onAwalUsed={() => setAwalTemuan(null)} onChange={(temuan) => edit((d) => ({ ...d, temuan }))} />
          </Suspense>
        </Card>
      </div>

      <Card title={isi ? "Kirim hasil" : "Simpan koreksi"}>
        {!isi ? (
          <div className="mb-3 flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-2`}>Alasan koreksi (wajib)</label>
            <textarea id={`${uid}-2`} className={inputClass} rows={2} maxLength={500} value={alasan} onChange={(e) => setAlasan(e.target.value)} />
          </div>
        ) : (
          <p className="mb-3 text-sm text-slate-600">Setelah dikirim, kunjungan dikunci; perubahan berikutnya hanya lewat koreksi dengan alasan. Butir bernilai yang belum dijawab: {hasil.belumDijawab.length}.</p>
        )}
        {kirim.message ? (
          <div className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" role="alert" data-testid="kirim-gagal">
            <p>{kirim.message}</p>
            {kirim.list.length ? <ul className="mt-1 list-disc pl-5">{kirim.list.map((m) => <li key={m}>{m}</li>)}</ul> : null}
          </div>
        ) : null}
        <Button type="button" onClick={send} disabled={kirim.busy} className="w-full">
          {kirim.busy ? "Mengirim…" : isi ? "Kirim hasil kunjungan" : "Simpan koreksi"}
        </Button>
      </Card>
    </div>
  );
}

