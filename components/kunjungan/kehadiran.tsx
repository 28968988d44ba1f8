"use client";
import { useId, useState } from "react";
import { PERAN_PESERTA } from "@/lib/kunjungan/cek";
import type { Draf } from "@/lib/kunjungan/draf";
import { inputClass } from "@/components/ui/field";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { Button } from "@/components/ui/button";

type Peserta = Draf["peserta"][number];
export type PilihanPengguna = { id: string; label: string; group: string; instansi?: string };

/**
 * Attendance: the planned team first (tick who came), then everyone else who attended, each with a
 * role from the list and an institution; a user of the kabupaten is picked, anyone else typed.
 */
export function Kehadiran({ peserta, timIds, onChange }: { peserta: Peserta[]; timIds: string[]; onChange: (list: Peserta[]) => void }) {
  const uid = useId();
  const [nama, setNama] = useState("");
  const [userId, setUserId] = useState<string | null>(null);
  const [peran, setPeran] = useState<string>("");
  const [instansi, setInstansi] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const tim = new Set(timIds);
  const sorted = [...peserta].sort((a, b) => Number(tim.has(b.id)) - Number(tim.has(a.id)));

  function tambah() {
    if (!nama.trim()) return setError("Nama peserta wajib diisi: pilih pengguna atau ketik namanya.");
    if (!peran) return setError("Pilih peran peserta.");
    onChange([...peserta, { id: crypto.randomUUID(), userId, nama: nama.trim(), peran, instansi: instansi.trim() || null, hadir: true }]);
    setNama("");
    setUserId(null);
    setPeran("");
    setInstansi("");
    setError(null);
    setPickerKey((k) => k + 1);
  }

  return (
    <div className="flex flex-col gap-3">
      {sorted.length ? (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200" data-testid="daftar-hadir">
          {sorted.map((p) => (
            <li key={p.id} className="flex items-center gap-3 px-3 py-2">
              <input type="checkbox" className="size-5" aria-label={`${p.nama} hadir`} checked={p.hadir} onChange={(e) => onChange(peserta.map((x) => (x.id === p.id ? { ...x, hadir: e.target.checked } : x)))} />
              <div className="min-w-0 flex-1 text-sm">
                <div className="font-semibold">{p.nama}{tim.has(p.id) ? <span className="ml-1 text-xs font-normal text-slate-600">(tim)</span> : null}</div>
                <div className="text-slate-600">{p.peran}{p.instansi ? `, ${p.instansi}` : ""}</div>
              </div>
              {!tim.has(p.id) ? (
                <button type="button" className="min-h-9 text-sm text-red-700" onClick={() => onChange(peserta.filter((x) => x.id !== p.id))} aria-label={`Hapus ${p.nama}`}>
                  Hapus
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Belum ada peserta. Tambahkan siapa saja yang hadir di bawah ini.</p>
      )}
      <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3">
        <p className="text-sm font-semibold">Tambah peserta hadir</p>
        <SearchableSelect<PilihanPengguna>
          key={pickerKey}
          name="pesertaUser"
          label="Pengguna Pantau ILP (boleh kosong)"
          searchLabel="Cari pengguna"
          placeholder="Bukan pengguna: ketik nama di bawah"
          options={[]}
          source="/supervisi/kunjungan/pilihan?jenis=pengguna"
          required={false}
          onChange={(id, o) => {
            setUserId(id || null);
            if (o) {
              setNama(o.label);
              setInstansi(o.instansi ?? "");
            }
          }}
        />
        <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-1`}>Nama</label>
          <input id={`${uid}-1`} className={inputClass} value={nama} maxLength={120} onChange={(e) => { setNama(e.target.value); setUserId(null); }} />
        </div>
        <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-2`}>Peran</label>
          <select id={`${uid}-2`} className={inputClass} value={peran} onChange={(e) => setPeran(e.target.value)}>
            <option value="">Pilih peran…</option>
            {PERAN_PESERTA.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-3`}>Instansi</label>
          <input id={`${uid}-3`} className={inputClass} value={instansi} maxLength={160} placeholder="Mis. puskesmas, pemerintah desa, posyandu" onChange={(e) => setInstansi(e.target.value)} />
        </div>
        {error ? <p className="text-sm text-red-700" role="alert">{error}</p> : null}
        <Button type="button" variant="secondary" onClick={tambah}>Tambah peserta</Button>
      </div>
    </div>
  );
}
