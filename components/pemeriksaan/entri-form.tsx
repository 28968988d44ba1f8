"use client";
/**
 * One person's entry on the posyandu day, on a 360-px phone: only the fields of the person's group,
 * and the feedback (z-scores with categories, N/T/O/B with the numbers, BP/IMT/waist/KEK/anemia,
 * screenings) live as values are typed, from the same function the server runs. Refused values block
 * saving with the message on the field; odd values need their box ticked. Saving puts the entry in
 * the device's queue (the caller sends it); what was typed stays on the screen.
 */
import { useMemo, useState } from "react";
import { AKS_BUTIR, PHQ4_BUTIR, PHQ4_OPSI, PUMA_BUTIR, MEROKOK, MEROKOK_LABEL, SKILAS_DOMAIN, SRQ_BUTIR, TES_BISIK, type Skrining } from "@/lib/skrining/index";
import type { Ambang } from "@/lib/ambang/nilai";
import type { HitungGizi, Riwayat } from "@/lib/pemeriksaan/nilai";
import { alasanTolak, kelompokHari, nilaiEntri, type OrangPadaHari } from "@/lib/pemeriksaan/masukan";
import { IMUNISASI, PERKEMBANGAN, PERKEMBANGAN_LABEL, type Layanan } from "@/lib/pemeriksaan/layanan";
import { KELOMPOK_LABEL } from "@/lib/sasaran/kelompok";
import { UmpanBalik } from "./umpan-balik";

export interface EntriDraf {
  id: string;
  sasaranId: string;
  teks: Record<string, string>;
  caraUkur: "TELENTANG" | "BERDIRI" | null;
  layanan: Layanan;
  skrining: Skrining;
  diukurOleh: "KADER" | "NAKES" | null;
  catatan: string;
  dikonfirmasi: string[];
}

const UKURAN: Record<string, { label: string; unit: string; desimal: boolean }> = {
  beratKg: { label: "Berat badan", unit: "kg", desimal: true },
  tinggiCm: { label: "Panjang/tinggi badan", unit: "cm", desimal: true },
  lilaCm: { label: "LiLA", unit: "cm", desimal: true },
  lingkarKepalaCm: { label: "Lingkar kepala", unit: "cm", desimal: true },
  lingkarPerutCm: { label: "Lingkar perut", unit: "cm", desimal: true },
  sistolik: { label: "Tekanan darah sistolik", unit: "mmHg", desimal: false },
  diastolik: { label: "Tekanan darah diastolik", unit: "mmHg", desimal: false },
  gulaDarah: { label: "Gula darah sewaktu", unit: "mg/dL", desimal: false },
  hb: { label: "Hb", unit: "g/dL", desimal: true },
};

const LAYANAN_LABEL: Record<string, string> = {
  asiEksklusif: "ASI eksklusif (hanya ASI sejak lahir)",
  vitaminA: "Vitamin A diberikan (Februari/Agustus)",
  obatCacing: "Obat cacing diberikan",
  ttd: "Tablet tambah darah (TTD) diberikan",
  kelasIbuHamil: "Ikut kelas ibu hamil",
  pmt: "PMT diberikan",
};

/** "8,5" or "8.5" → 8.5; empty → null; anything else → NaN (refused on the field). */
export function angka(text: string | undefined): number | null {
  const t = (text ?? "").trim().replace(",", ".");
  if (t === "") return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

export function ukuranDari(d: EntriDraf) {
  const n = (k: string) => {
    const v = angka(d.teks[k]);
    return v === null || Number.isNaN(v) ? null : v;
  };
  return {
    beratKg: n("beratKg"), tinggiCm: n("tinggiCm"), caraUkur: d.caraUkur, lilaCm: n("lilaCm"), lingkarKepalaCm: n("lingkarKepalaCm"), lingkarPerutCm: n("lingkarPerutCm"),
    sistolik: n("sistolik"), diastolik: n("diastolik"), gulaDarah: n("gulaDarah"), hb: n("hb"), skrining: d.skrining,
  };
}

/** The JSON body of POST /api/pemeriksaan for a draft (ZPemeriksaanInput). */
export function bodyDari(d: EntriDraf, hariBukaId: string) {
  return { id: d.id, hariBukaId, sasaranId: d.sasaranId, ...ukuranDari(d), layanan: d.layanan, skrining: d.skrining, diukurOleh: d.diukurOleh, catatan: d.catatan.trim() || null, dikonfirmasi: d.dikonfirmasi };
}

/** Questionnaires started but not finished (PUMA, AKS, SRQ-20, PHQ-4 need every item). */
function skriningBelumLengkap(s: Skrining): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const p = s.puma as Record<string, unknown> | undefined;
  if (p && ["merokok", "napasPendek", "dahak", "batuk", "spirometri"].some((k) => p[k] === undefined)) out["skrining.puma"] = ["PUMA belum lengkap: jawab semua butir, atau kosongkan."];
  const a = s.aks as Record<string, unknown> | undefined;
  if (a && AKS_BUTIR.some((b) => a[b.kode] === undefined)) out["skrining.aks"] = ["AKS belum lengkap: jawab semua butir, atau kosongkan."];
  if (s.srq && s.srq.jawaban.some((x) => x === undefined || x === null)) out["skrining.jiwa"] = ["SRQ-20 belum lengkap: jawab semua 20 butir, atau kosongkan."];
  if (s.phq4 && s.phq4.jawaban.some((x) => x === undefined || x === null)) out["skrining.jiwa"] = ["Skrining jiwa belum lengkap: jawab keempat butir, atau kosongkan."];
  return out;
}

export function EntriForm({ orang, nama, tanggal, riwayat, ambang, hitungGizi, draf, onChange, onSimpan, tolakServer, pesanServer, bolehSimpan }: {
  orang: OrangPadaHari; nama: string; tanggal: string; riwayat: Riwayat; ambang: Ambang; hitungGizi: HitungGizi | null;
  draf: EntriDraf; onChange: (d: EntriDraf) => void; onSimpan: (d: EntriDraf) => void;
  tolakServer?: Record<string, string[]>; pesanServer?: string; bolehSimpan: boolean;
}) {
  const [dicoba, setDicoba] = useState(false);
  const { kelompok, umurBulan, fields } = kelompokHari(orang, tanggal);
  const umurTahun = Math.floor(umurBulan / 12);
  const bulan = Number(tanggal.slice(5, 7));
  const tampil = (f: string) => {
    if (!fields.includes(f)) return false;
    if (f === "layanan.vitaminA") return bulan === 2 || bulan === 8;
    if (f === "layanan.ttd" && kelompok === "USIA_SEKOLAH_REMAJA") return orang.jenisKelamin === "P";
    if (f === "skrining.puma") return umurTahun >= 40;
    if (f === "caraUkur") return umurBulan < 60;
    return true;
  };
  const p = useMemo(() => nilaiEntri(orang, tanggal, ukuranDari(draf), riwayat, ambang, hitungGizi), [orang, tanggal, draf, riwayat, ambang, hitungGizi]);
  const lokal: Record<string, string[]> = {};
  for (const [k, t] of Object.entries(draf.teks)) if (Number.isNaN(angka(t))) lokal[k] = [`${UKURAN[k]?.label ?? k} harus berupa angka (mis. 8,5).`];
  Object.assign(lokal, skriningBelumLengkap(draf.skrining));
  const tolak = { ...alasanTolak(p, draf.dikonfirmasi), ...lokal };
  const galatField = (f: string) => [...(p.galat[f] ? [p.galat[f]] : []), ...(lokal[f] ?? []), ...(tolakServer?.[f] ?? [])];
  const set = (patch: Partial<EntriDraf>) => onChange({ ...draf, ...patch });
  const setTeks = (k: string, v: string) => set({ teks: { ...draf.teks, [k]: v } });
  const setLayanan = (patch: Partial<Layanan>) => set({ layanan: { ...draf.layanan, ...patch } });
  const setSkrining = (patch: Partial<Skrining>) => set({ skrining: { ...draf.skrining, ...patch } });
  const jiwa = ambang.jiwa.instrumen === "PHQ4" ? "phq4" : "srq";

  const simpan = () => {
    setDicoba(true);
    if (Object.keys(tolak).length > 0) return;
    onSimpan(draf);
  };

  const angkaField = (k: string) =>
    tampil(k) ? (
      <label key={k} className="grid gap-1 text-sm">
        <span className="font-semibold">{UKURAN[k].label} ({UKURAN[k].unit})</span>
        <input name={k} id={`e-${k}`} type="text" inputMode={UKURAN[k].desimal ? "decimal" : "numeric"} autoComplete="off" value={draf.teks[k] ?? ""} onChange={(e) => setTeks(k, e.target.value)}
          aria-invalid={galatField(k).length > 0 || undefined} aria-describedby={`e-${k}-error`}
          className="min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600" />
        <span id={`e-${k}-error`} className="text-sm text-red-700" role={galatField(k).length ? "alert" : undefined}>{galatField(k).join(" ")}</span>
      </label>
    ) : null;

  const cek = (k: keyof Layanan, label: string) =>
    tampil(`layanan.${k}`) ? (
      <label key={k} className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="h-5 w-5" name={`layanan.${k}`} checked={draf.layanan[k] === true} onChange={(e) => setLayanan({ [k]: e.target.checked })} />
        {label}
      </label>
    ) : null;

  const yaTidak = (name: string, value: boolean | null | undefined, onPick: (v: boolean) => void, ya = "Ya", tidak = "Tidak") => (
    <span className="flex gap-3">
      <label className="flex min-h-11 items-center gap-1"><input type="radio" name={name} checked={value === true} onChange={() => onPick(true)} className="h-5 w-5" />{ya}</label>
      <label className="flex min-h-11 items-center gap-1"><input type="radio" name={name} checked={value === false} onChange={() => onPick(false)} className="h-5 w-5" />{tidak}</label>
    </span>
  );

  return (
    <div className="grid gap-4" data-testid="entri-form">
      <div className="rounded-md bg-brand-50 p-3 text-sm">
        <p className="text-base font-semibold">{nama}</p>
        <p>{KELOMPOK_LABEL[kelompok]}{orang.statusIbu ? ` · ${orang.statusIbu === "HAMIL" ? "Ibu hamil" : orang.statusIbu === "NIFAS" ? "Nifas" : "Menyusui"}` : ""} · umur {umurBulan < 24 ? `${umurBulan} bulan` : `${umurTahun} tahun`} · {orang.jenisKelamin === "L" ? "laki-laki" : "perempuan"}</p>
      </div>

      <section id="pengukuran" className="grid gap-3" aria-labelledby="h-pengukuran">
        <h3 id="h-pengukuran" className="font-semibold">2. Pengukuran</h3>
        <div className="grid grid-cols-2 gap-3">
          {["beratKg", "tinggiCm", "lilaCm", "lingkarKepalaCm", "lingkarPerutCm", "sistolik", "diastolik", "gulaDarah", "hb"].map(angkaField)}
        </div>
        {tampil("caraUkur") ? (
          <fieldset className="text-sm">
            <legend className="font-semibold">Cara ukur panjang/tinggi</legend>
            <span className="flex gap-4">
              {(["TELENTANG", "BERDIRI"] as const).map((c) => (
                <label key={c} className="flex min-h-11 items-center gap-1"><input type="radio" name="caraUkur" className="h-5 w-5" checked={draf.caraUkur === c} onChange={() => set({ caraUkur: c })} />{c === "TELENTANG" ? "Telentang" : "Berdiri"}</label>
              ))}
            </span>
            <span className="text-red-700">{galatField("caraUkur").join(" ")}</span>
          </fieldset>
        ) : null}
        {tampil("diukurOleh") ? (
          <fieldset className="text-sm">
            <legend className="font-semibold">Diukur oleh</legend>
            <span className="flex gap-4">
              {(["KADER", "NAKES"] as const).map((c) => (
                <label key={c} className="flex min-h-11 items-center gap-1"><input type="radio" name="diukurOleh" className="h-5 w-5" checked={draf.diukurOleh === c} onChange={() => set({ diukurOleh: c })} />{c === "KADER" ? "Kader" : "Tenaga kesehatan"}</label>
              ))}
            </span>
          </fieldset>
        ) : null}
      </section>

      <section id="pencatatan" aria-labelledby="h-pencatatan" className="grid gap-2">
        <h3 id="h-pencatatan" className="font-semibold">3. Pencatatan: hasil</h3>
        <UmpanBalik p={p} />
        {p.konfirmasi.length > 0 ? (
          <div className="grid gap-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="konfirmasi">
            <p className="font-semibold">Nilai tidak biasa: periksa lagi</p>
            {p.konfirmasi.map((k) => (
              <label key={k.kode} className="flex min-h-11 items-start gap-2">
                <input type="checkbox" className="mt-1 h-5 w-5" name={`konfirmasi.${k.kode}`} checked={draf.dikonfirmasi.includes(k.kode)}
                  onChange={(e) => set({ dikonfirmasi: e.target.checked ? [...draf.dikonfirmasi, k.kode] : draf.dikonfirmasi.filter((x) => x !== k.kode) })} />
                <span>{k.pesan} <strong>Sudah diperiksa, nilainya benar.</strong></span>
              </label>
            ))}
          </div>
        ) : null}
      </section>

      <section id="pelayanan" aria-labelledby="h-pelayanan" className="grid gap-2">
        <h3 id="h-pelayanan" className="font-semibold">4. Pelayanan</h3>
        {Object.entries(LAYANAN_LABEL).map(([k, label]) => cek(k as keyof Layanan, label))}
        {tampil("layanan.imunisasi") ? (
          <details className="text-sm">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">Imunisasi hari ini{draf.layanan.imunisasi?.length ? ` (${draf.layanan.imunisasi.length})` : ""}</summary>
            <div className="grid grid-cols-2 gap-x-3">
              {IMUNISASI.map(([kode, label]) => (
                <label key={kode} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" className="h-5 w-5" checked={draf.layanan.imunisasi?.includes(kode) ?? false}
                    onChange={(e) => setLayanan({ imunisasi: e.target.checked ? [...(draf.layanan.imunisasi ?? []), kode] : (draf.layanan.imunisasi ?? []).filter((x) => x !== kode) })} />
                  {label}
                </label>
              ))}
            </div>
          </details>
        ) : null}
        {tampil("layanan.perkembangan") ? (
          <label className="grid gap-1 text-sm">
            <span className="font-semibold">Cek perkembangan (bila jadwalnya)</span>
            <select className="min-h-11 rounded-md border border-slate-300 px-2 text-base" value={draf.layanan.perkembangan ?? ""} onChange={(e) => setLayanan({ perkembangan: (e.target.value || undefined) as Layanan["perkembangan"] })}>
              <option value="">Tidak diperiksa</option>
              {PERKEMBANGAN.map((k) => <option key={k} value={k}>{PERKEMBANGAN_LABEL[k]}</option>)}
            </select>
          </label>
        ) : null}

        {tampil("skrining.puma") ? (
          <details className="rounded-md border border-slate-200 p-2 text-sm" open={!!draf.skrining.puma}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">Skrining PUMA (PPOK, umur 40 tahun ke atas)</summary>
            <label className="grid gap-1">{PUMA_BUTIR[2].label}
              <select className="min-h-11 rounded-md border border-slate-300 px-2 text-base" value={draf.skrining.puma?.merokok ?? ""} onChange={(e) => setSkrining({ puma: { ...(draf.skrining.puma ?? {}), merokok: e.target.value } as Skrining["puma"] })}>
                <option value="">Pilih…</option>
                {MEROKOK.map((m) => <option key={m} value={m}>{MEROKOK_LABEL[m]}</option>)}
              </select>
            </label>
            {PUMA_BUTIR.slice(3).map((b) => (
              <div key={b.kode} className="border-t border-slate-100 py-1">
                <p>{b.label}</p>
                {yaTidak(`puma.${b.kode}`, (draf.skrining.puma as Record<string, boolean> | undefined)?.[b.kode], (v) => setSkrining({ puma: { ...(draf.skrining.puma ?? {}), [b.kode]: v } as Skrining["puma"] }))}
              </div>
            ))}
            <p className="text-red-700">{galatField("skrining.puma").join(" ")}</p>
          </details>
        ) : null}

        {tampil("skrining.skilas") ? (
          <details className="rounded-md border border-slate-200 p-2 text-sm" open={!!draf.skrining.skilas}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">SKILAS (skrining lansia sederhana)</summary>
            {SKILAS_DOMAIN.map((d) => (
              <fieldset key={d.kode} className="border-t border-slate-100 py-1">
                <legend className="font-semibold">{d.label}</legend>
                {d.butir.filter((b) => b.kode !== "lilaCm").map((b) => (
                  <div key={b.kode}>
                    <p>{b.label}</p>
                    {b.kode === "tesBisik" ? (
                      <select className="min-h-11 rounded-md border border-slate-300 px-2 text-base" value={draf.skrining.skilas?.tesBisik ?? ""} onChange={(e) => setSkrining({ skilas: { ...(draf.skrining.skilas ?? {}), tesBisik: (e.target.value || null) as (typeof TES_BISIK)[number] | null } })}>
                        <option value="">Pilih…</option>
                        <option value="DENGAR">Mendengar</option>
                        <option value="TIDAK_DENGAR">Tidak mendengar</option>
                        <option value="TIDAK_BISA">Tidak dapat dites</option>
                      </select>
                    ) : yaTidak(`skilas.${b.kode}`, (draf.skrining.skilas as Record<string, boolean | null> | undefined)?.[b.kode], (v) => setSkrining({ skilas: { ...(draf.skrining.skilas ?? {}), [b.kode]: v } }))}
                  </div>
                ))}
              </fieldset>
            ))}
          </details>
        ) : null}

        {tampil("skrining.aks") ? (
          <details className="rounded-md border border-slate-200 p-2 text-sm" open={!!draf.skrining.aks}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">AKS (aktivitas kehidupan sehari-hari)</summary>
            {AKS_BUTIR.map((b) => (
              <label key={b.kode} className="grid gap-1 border-t border-slate-100 py-1">{b.label}
                <select className="min-h-11 rounded-md border border-slate-300 px-2 text-base" value={(draf.skrining.aks as Record<string, number> | undefined)?.[b.kode] ?? ""} onChange={(e) => setSkrining({ aks: { ...(draf.skrining.aks ?? {}), [b.kode]: e.target.value === "" ? undefined : Number(e.target.value) } as Skrining["aks"] })}>
                  <option value="">Pilih…</option>
                  {b.opsi.map((o, i) => <option key={i} value={i}>{i}: {o}</option>)}
                </select>
              </label>
            ))}
            <p className="text-red-700">{galatField("skrining.aks").join(" ")}</p>
          </details>
        ) : null}

        {tampil("skrining.jiwa") ? (
          <details className="rounded-md border border-slate-200 p-2 text-sm" open={!!draf.skrining[jiwa]}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">{jiwa === "srq" ? "SRQ-20 (kesehatan jiwa, bila dilakukan)" : "Skrining kesehatan jiwa (4 butir, bila dilakukan)"}</summary>
            {jiwa === "srq"
              ? SRQ_BUTIR.map((q, i) => (
                  <div key={i} className="border-t border-slate-100 py-1">
                    <p>{i + 1}. {q}</p>
                    {yaTidak(`srq.${i}`, draf.skrining.srq?.jawaban[i], (v) => { const j = [...(draf.skrining.srq?.jawaban ?? Array(20).fill(null))]; j[i] = v; setSkrining({ srq: { jawaban: j } }); })}
                  </div>
                ))
              : PHQ4_BUTIR.map((q, i) => (
                  <label key={i} className="grid gap-1 border-t border-slate-100 py-1">{i + 1}. {typeof q === "string" ? q : (q as { label: string }).label}
                    <select className="min-h-11 rounded-md border border-slate-300 px-2 text-base" value={draf.skrining.phq4?.jawaban[i] ?? ""} onChange={(e) => { const j = [...(draf.skrining.phq4?.jawaban ?? Array(4).fill(null))]; j[i] = e.target.value === "" ? null : Number(e.target.value); setSkrining({ phq4: { jawaban: j } }); }}>
                      <option value="">Pilih…</option>
                      {PHQ4_OPSI.map((o, k) => <option key={k} value={k}>{o}</option>)}
                    </select>
                  </label>
                ))}
            <p className="text-red-700">{galatField("skrining.jiwa").join(" ")}</p>
          </details>
        ) : null}

        <label className="grid gap-1 text-sm">
          <span className="font-semibold">Catatan</span>
          <textarea name="catatan" rows={2} maxLength={500} value={draf.catatan} onChange={(e) => set({ catatan: e.target.value })} className="rounded-md border border-slate-300 p-2 text-base" />
        </label>
      </section>

      {pesanServer ? <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{pesanServer}</p> : null}
      {dicoba && Object.keys(tolak).length > 0 ? <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="entri-tolak">Belum dapat disimpan: {Object.values(tolak).flat().join(" ")}</p> : null}
      <div className="sticky bottom-0 flex gap-2 bg-white py-2">
        <button type="button" onClick={simpan} disabled={!bolehSimpan} className="min-h-11 flex-1 rounded-md bg-brand-700 px-4 font-semibold text-white disabled:opacity-50" data-testid="simpan-entri">Simpan</button>
      </div>
    </div>
  );
}
