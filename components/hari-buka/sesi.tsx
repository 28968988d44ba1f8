"use client";
/**
 * The posyandu day on the kader's phone: the 5 steps (pendaftaran → pengukuran → pencatatan →
 * pelayanan → penyuluhan), attendance by name (search on the device, "daftarkan orang baru"), one
 * entry per person with live feedback, and the device's queue: what is saved goes to IndexedDB first
 * and leaves it only when the server confirms it; the count of what waits is always visible. Works
 * without a signal once opened (the page is kept by public/sw-offline.js).
 */
import Link from "next/link";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { Ambang } from "@/lib/ambang/nilai";
import type { EntriLayar, HariBukaDetail, OrangLayar } from "@/lib/hari-buka/queries";
import { cariOrang } from "@/lib/hari-buka/cari";
import { KELOMPOK_LABEL, kelompokPada } from "@/lib/sasaran/kelompok";
import type { EntriDraf } from "@/components/pemeriksaan/entri-form";
import { useAntrian, type Terkirim } from "./use-antrian";
import { useHitungGizi } from "./use-gizi";
import { useOfflineHariBuka } from "./use-offline";
import { muatDaftar, muatEntri, muatSemua } from "./muat";

// Not needed for the first paint: loaded right after it (./muat.ts), kept by the worker for offline use.
const EntriForm = lazy(() => muatEntri().then((m) => ({ default: m.EntriForm })));
const DaftarBaru = lazy(() => muatDaftar().then((m) => ({ default: m.DaftarBaru })));
const memuat = <p className="text-sm text-slate-600">Memuat…</p>;

type Langkah = "pendaftaran" | "entri" | "penyuluhan";

interface EntriState { id: string; terkirim: boolean; dirujuk: boolean; temuan: { kode: string; label: string; rujuk: boolean }[]; draf: EntriDraf }

const uuid = () => crypto.randomUUID();

function drafDariServer(e: EntriLayar): EntriDraf {
  const m = e.masukan;
  const teks: Record<string, string> = {};
  for (const k of ["beratKg", "tinggiCm", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb"]) if (typeof m[k] === "number") teks[k] = String(m[k]).replace(".", ",");
  return {
    id: e.id, sasaranId: e.sasaranId, teks, caraUkur: (m.caraUkur as EntriDraf["caraUkur"]) ?? null, layanan: (m.layanan as EntriDraf["layanan"]) ?? {}, skrining: (m.skrining as EntriDraf["skrining"]) ?? {},
    diukurOleh: (m.diukurOleh as EntriDraf["diukurOleh"]) ?? null, catatan: (m.catatan as string) ?? "", dikonfirmasi: (m.dikonfirmasi as string[]) ?? [],
  };
}

function drafDariBody(b: Record<string, unknown>): EntriDraf {
  const teks: Record<string, string> = {};
  for (const k of ["beratKg", "tinggiCm", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb"]) if (typeof b[k] === "number") teks[k] = String(b[k]).replace(".", ",");
  return {
    id: String(b.id), sasaranId: String(b.sasaranId), teks, caraUkur: (b.caraUkur as EntriDraf["caraUkur"]) ?? null, layanan: (b.layanan as EntriDraf["layanan"]) ?? {}, skrining: (b.skrining as EntriDraf["skrining"]) ?? {},
    diukurOleh: (b.diukurOleh as EntriDraf["diukurOleh"]) ?? null, catatan: (b.catatan as string) ?? "", dikonfirmasi: (b.dikonfirmasi as string[]) ?? [],
  };
}

const orangDariBody = (id: string, b: Record<string, unknown>): OrangLayar => ({
  id, nama: String(b.nama), jenisKelamin: b.jenisKelamin as "L" | "P", tanggalLahir: String(b.tanggalLahir), namaIbu: (b.namaIbu as string) || null, alamat: (b.alamat as string) || null, statusIbu: null, riwayat: { timbangan: [], tinggiTerakhir: null },
});

const drafBaru = (sasaranId: string): EntriDraf => ({ id: uuid(), sasaranId, teks: {}, caraUkur: null, layanan: {}, skrining: {}, diukurOleh: "KADER", catatan: "", dikonfirmasi: [] });

export function SesiHariBuka({ hari, orang: orangServer, entri: entriServer, ambang, userId, bolehCatat, bolehKoreksi, dusun }: {
  hari: HariBukaDetail; orang: OrangLayar[]; entri: EntriLayar[]; ambang: Ambang; userId: string; bolehCatat: boolean; bolehKoreksi: boolean; dusun: { id: string; nama: string }[];
}) {
  useEffect(() => void muatSemua().catch(() => {}), []);
  useOfflineHariBuka(muatSemua);
  const hitungGizi = useHitungGizi();
  const [terkirim, setTerkirim] = useState<Record<string, EntriState>>(() =>
    Object.fromEntries(entriServer.map((e) => [e.sasaranId, { id: e.id, terkirim: true, dirujuk: e.dirujuk, temuan: e.temuan, draf: drafDariServer(e) }])),
  );
  const onTerkirim = useCallback((t: Terkirim) => {
    if (t.jenis !== "pemeriksaan" || !t.sasaranId) return;
    setTerkirim((s) => {
      const prev = s[t.sasaranId!];
      const draf = prev ? { ...prev.draf, id: t.id } : { ...drafDariBody(t.body), id: t.id };
      return { ...s, [t.sasaranId!]: { id: t.id, terkirim: true, dirujuk: t.dirujuk ?? false, temuan: t.temuan ?? [], draf } };
    });
  }, []);
  const antrian = useAntrian(userId, hari.id, onTerkirim);
  const [langkah, setLangkah] = useState<Langkah>("pendaftaran");
  const [dipilih, setDipilih] = useState<string | null>(null);
  const [draf, setDraf] = useState<EntriDraf | null>(null);
  const [q, setQ] = useState("");
  const [baru, setBaru] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);

  // People registered on this device and still waiting, shown with the others.
  const orangBaru: OrangLayar[] = useMemo(
    () => antrian.items.filter((i) => i.jenis === "sasaran").map((i) => orangDariBody(i.id, i.body)),
    [antrian.items],
  );
  const orang = useMemo(() => {
    const ada = new Set(orangServer.map((o) => o.id));
    const out = [...orangServer];
    for (const b of orangBaru) if (!ada.has(b.id)) { ada.add(b.id); out.push(b); }
    return out;
  }, [orangServer, orangBaru]);
  const byId = useMemo(() => new Map(orang.map((o) => [o.id, o])), [orang]);

  // The day's entries: the server's, overlaid with what waits on this device.
  const entri = useMemo(() => {
    const out: Record<string, EntriState & { menunggu: boolean; ditolak?: string; fieldErrors?: Record<string, string[]> }> = {};
    for (const [sid, e] of Object.entries(terkirim)) out[sid] = { ...e, menunggu: false };
    for (const i of antrian.items) {
      if (i.jenis !== "pemeriksaan") continue;
      const sid = String(i.body.sasaranId);
      if (i.status === "terkirim") {
        // Confirmed: the device's copy counts unless the page already knows a later state of it.
        if (!out[sid] || !terkirim[sid]) out[sid] = { id: i.serverId ?? i.id, terkirim: true, dirujuk: i.dirujuk ?? false, temuan: i.temuan ?? [], draf: { ...drafDariBody(i.body), id: i.serverId ?? i.id }, menunggu: false };
        continue;
      }
      out[sid] = { id: i.id, terkirim: false, dirujuk: out[sid]?.dirujuk ?? false, temuan: out[sid]?.temuan ?? [], draf: drafDariBody(i.body), menunggu: i.status === "menunggu", ditolak: i.status === "ditolak" ? i.pesan : undefined, fieldErrors: i.fieldErrors };
    }
    return out;
  }, [terkirim, antrian.items]);

  const menunggu = antrian.items.filter((i) => i.status === "menunggu" && i.jenis === "pemeriksaan").length;
  const orangMenunggu = antrian.items.filter((i) => i.status === "menunggu" && i.jenis === "sasaran").length;
  const ditolak = antrian.items.filter((i) => i.status === "ditolak").length;
  const bolehUbah = (bolehCatat && !hari.ditutup) || bolehKoreksi;
  const hadir = orang.filter((o) => entri[o.id]).sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  const hasil = q.trim() ? cariOrang(orang, q) : [];

  const buka = (sasaranId: string) => {
    const e = entri[sasaranId];
    setDipilih(sasaranId);
    setDraf(e ? e.draf : drafBaru(sasaranId));
    setLangkah("entri");
    setPesan(null);
    window.scrollTo({ top: 0 });
  };

  const simpan = async (d: EntriDraf) => {
    const o = byId.get(d.sasaranId);
    const { bodyDari } = await muatEntri();
    await antrian.tambah({ id: d.id, jenis: "pemeriksaan", body: bodyDari(d, hari.id) });
    setPesan(`${o?.nama ?? "Isian"} tersimpan di perangkat${navigator.onLine ? " dan sedang dikirim" : "; dikirim otomatis saat ada sinyal"}.`);
    setLangkah("pendaftaran");
    setDipilih(null);
    setDraf(null);
    setQ("");
  };

  const daftarkan = async (body: Record<string, string>) => {
    await antrian.tambah({ id: body.id, jenis: "sasaran", body });
    setBaru(null);
    buka(body.id);
  };

  const o = dipilih ? byId.get(dipilih) : null;
  const e = dipilih ? entri[dipilih] : null;
  const langkahAktif = langkah === "pendaftaran" ? 1 : langkah === "penyuluhan" ? 5 : 2;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      {/* minmax(0, 1fr): a grid column otherwise grows to the steps' full width and the page scrolls sideways at 360 px. */}
      <div className="sticky top-0 z-10 -mx-4 grid grid-cols-[minmax(0,1fr)] gap-2 border-b border-slate-200 bg-white px-4 py-2">
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="status-kirim">
          <span className={`rounded px-2 py-1 font-semibold ${menunggu > 0 ? "bg-amber-100 text-amber-900" : "bg-emerald-100 text-emerald-900"}`} data-testid="jumlah-menunggu" data-jumlah={menunggu}>
            {menunggu > 0 ? `${menunggu} isian menunggu dikirim` : orangMenunggu > 0 ? "Isian terkirim" : "Semua isian terkirim"}
          </span>
          {orangMenunggu > 0 ? <span className="rounded bg-amber-100 px-2 py-1 text-amber-900">{orangMenunggu} orang baru menunggu dikirim</span> : null}
          {ditolak > 0 ? <span className="rounded bg-red-100 px-2 py-1 font-semibold text-red-900">{ditolak} ditolak: perbaiki</span> : null}
          <span className="text-slate-600">{antrian.online ? (antrian.sending ? "Mengirim…" : "Ada sinyal") : "Tanpa sinyal: isian disimpan di perangkat"}</span>
          {antrian.sesiBerakhir ? <span className="text-red-700">Sesi berakhir: masuk lagi di tab lain; isian tetap di perangkat.</span> : null}
        </div>
        <nav aria-label="Langkah hari posyandu" className="min-w-0">
          <ol className="flex gap-1 overflow-x-auto text-xs">
            {["Pendaftaran", "Pengukuran", "Pencatatan", "Pelayanan", "Penyuluhan"].map((l, i) => {
              const n = i + 1;
              const aktif = n === langkahAktif || (langkah === "entri" && n >= 2 && n <= 4);
              const go = () => {
                if (n === 1) { setLangkah("pendaftaran"); setDipilih(null); }
                else if (n === 5) { setLangkah("penyuluhan"); setDipilih(null); }
                else if (langkah === "entri") document.getElementById(["", "", "pengukuran", "pencatatan", "pelayanan"][n])?.scrollIntoView();
              };
              return (
                <li key={l}>
                  <button type="button" onClick={go} aria-current={aktif ? "step" : undefined} className={`min-h-11 whitespace-nowrap rounded px-2 ${aktif ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-700"}`}>{n}. {l}</button>
                </li>
              );
            })}
          </ol>
        </nav>
      </div>

      {pesan ? <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="pesan-simpan">{pesan}</p> : null}
      {!bolehUbah ? <p className="rounded-md bg-slate-100 p-3 text-sm">{hari.ditutup ? "Hari posyandu ini sudah ditutup: isian hanya dapat dikoreksi bidan desa atau petugas puskesmas." : "Anda dapat membaca isian hari ini."}</p> : null}

      {langkah === "pendaftaran" ? (
        <section aria-labelledby="h-daftar" className="grid gap-3">
          <h2 id="h-daftar" className="text-lg font-semibold">1. Pendaftaran</h2>
          <label className="grid gap-1 text-sm">
            <span className="font-semibold">Cari nama yang datang</span>
            <input type="search" value={q} onChange={(ev) => setQ(ev.target.value)} placeholder="Ketik nama (ejaan lama/keliru tetap ketemu)…" className="min-h-11 rounded-md border border-slate-300 px-3 text-base" data-testid="cari-orang" autoComplete="off" />
          </label>
          {q.trim() ? (
            <ul className="grid gap-1" data-testid="hasil-cari">
              {hasil.length === 0 ? <li className="text-sm text-slate-600">Tidak ada yang cocok. Periksa ejaan, atau daftarkan orang baru.</li> : null}
              {hasil.map((x) => {
                const kelompok = kelompokPada(x.tanggalLahir, hari.tanggal);
                return (
                  <li key={x.id}>
                    <button type="button" onClick={() => buka(x.id)} disabled={!bolehUbah && !entri[x.id]} className="flex min-h-11 w-full flex-col rounded-md border border-slate-200 bg-white px-3 py-2 text-left hover:bg-brand-50">
                      <span className="font-semibold">{x.nama}{entri[x.id] ? " · sudah dicatat" : ""}</span>
                      <span className="text-xs text-slate-600">{KELOMPOK_LABEL[kelompok]} · lahir {x.tanggalLahir}{x.namaIbu ? ` · ibu ${x.namaIbu}` : ""}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          {bolehCatat && bolehUbah ? (
            baru ? (
              <Suspense fallback={memuat}>
                <DaftarBaru id={baru} posyanduId={hari.posyanduId} nama={q} dusun={dusun} onDaftar={daftarkan} onBatal={() => setBaru(null)} />
              </Suspense>
            ) : (
              <button type="button" onClick={() => setBaru(uuid())} className="min-h-11 justify-self-start rounded-md border border-brand-700 px-4 font-semibold text-brand-700" data-testid="tombol-daftar-baru">+ Daftarkan orang baru</button>
            )
          ) : null}

          <h3 className="mt-2 font-semibold">Hadir hari ini ({hadir.length})</h3>
          {hadir.length === 0 ? <p className="text-sm text-slate-600">Belum ada yang dicatat. Cari nama orang yang datang di atas, lalu isi ukurannya.</p> : (
            <ul className="grid gap-1" data-testid="daftar-hadir">
              {hadir.map((x) => {
                const en = entri[x.id];
                return (
                  <li key={x.id}>
                    <button type="button" onClick={() => buka(x.id)} className="flex min-h-11 w-full flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-left" data-sasaran={x.id}>
                      <span className="font-semibold">{x.nama}</span>
                      {en.ditolak ? <span className="rounded bg-red-100 px-2 text-xs text-red-900">Ditolak: {en.ditolak}</span> : en.menunggu ? <span className="rounded bg-amber-100 px-2 text-xs text-amber-900">Menunggu dikirim</span> : <span className="rounded bg-emerald-100 px-2 text-xs text-emerald-900">Terkirim</span>}
                      {en.dirujuk ? <span className="rounded bg-red-700 px-2 text-xs text-white">Rujuk</span> : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={`/hari-buka/${hari.id}/rujukan`} className="text-brand-700 underline" data-testid="link-rujukan">Daftar rujukan hari ini</Link>
          </div>
        </section>
      ) : null}

      {langkah === "entri" && o && draf ? (
        <section aria-label={`Isian ${o.nama}`}>
          <button type="button" onClick={() => { setLangkah("pendaftaran"); setDipilih(null); }} className="mb-2 min-h-11 text-sm text-brand-700 underline">‹ Kembali ke pendaftaran</button>
          <Suspense fallback={memuat}>
            <EntriForm
              orang={o} nama={o.nama} tanggal={hari.tanggal} riwayat={o.riwayat} ambang={ambang} hitungGizi={hitungGizi}
              draf={draf} onChange={setDraf} onSimpan={(d) => void simpan(d)} bolehSimpan={bolehUbah}
              tolakServer={e?.fieldErrors} pesanServer={e?.ditolak}
            />
          </Suspense>
        </section>
      ) : null}

      {langkah === "penyuluhan" ? (
        <section aria-labelledby="h-penyuluhan" className="grid gap-2">
          <h2 id="h-penyuluhan" className="text-lg font-semibold">5. Penyuluhan</h2>
          <p className="text-sm text-slate-600">Sampaikan hasil kepada setiap orang atau pengantarnya; yang dirujuk diantar ke daftar rujukan.</p>
          <ul className="grid gap-2">
            {hadir.map((x) => {
              const en = entri[x.id];
              return (
                <li key={x.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
                  <p className="font-semibold">{x.nama}{en.dirujuk ? " · Rujuk" : ""}</p>
                  {en.temuan.length ? <ul className="list-disc pl-5">{en.temuan.map((t) => <li key={t.kode}>{t.label}</li>)}</ul> : <p className="text-slate-600">{en.terkirim ? "Tidak ada temuan." : "Hasil lengkap tampil setelah terkirim."}</p>}
                </li>
              );
            })}
          </ul>
          <Link href={`/hari-buka/${hari.id}/rujukan`} className="text-brand-700 underline">Daftar rujukan (bisa dicetak)</Link>
        </section>
      ) : null}
    </div>
  );
}
