"use client";
import { useId, useState } from "react";
import { CEK_TEMUAN, LABEL_TINGKAT_PEMILIK, TINGKAT_PEMILIK, temuanErrors } from "@/lib/kunjungan/cek";
import { cekBentuk } from "@/lib/forms/cek";
import type { Draf } from "@/lib/kunjungan/draf";
import type { ButirTampil } from "@/lib/kunjungan/butir";
import { formatDate } from "@/lib/i18n/format";
import { inputClass } from "@/components/ui/field";
import { SearchableSelect } from "@/components/ui/searchable-select";
import { Button } from "@/components/ui/button";
import type { PilihanPengguna } from "./kehadiran";

type Temuan = Draf["temuan"][number];
export interface TemuanAwal { butirId: string | null; masalah: string }

const tgl = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * Findings → follow-ups: the list, and the form for one (problem, action, owner level and person,
 * due date, the item it comes from). Checked here with the server's rules (CEK_TEMUAN, held equal to ZTemuan by a test), so that a finding
 * without an owner or a due date, or due before the visit, is refused naming the field.
 */
export function TemuanList({ temuan, butir, tanggal, awal, onChange, onAwalUsed }: {
  temuan: Temuan[];
  butir: ButirTampil[];
  tanggal: string;
  awal: TemuanAwal | null;
  onChange: (list: Temuan[]) => void;
  onAwalUsed: () => void;
}) {
  const [edit, setEdit] = useState<Temuan | null>(null);
  const kode = new Map(butir.map((b) => [b.id, b.kode]));
  const form = edit ?? (awal ? { id: "", butirId: awal.butirId, masalah: awal.masalah, tindakan: "", tingkatPemilik: "PUSKESMAS" as const, pemilikUserId: null, pemilikNama: "", batasWaktu: "" } : null);
  return (
    <div className="flex flex-col gap-3">
      {temuan.length ? (
        <ul className="flex flex-col gap-2" data-testid="daftar-temuan">
          {temuan.map((t) => (
            <li key={t.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-semibold">{t.butirId ? `${kode.get(t.butirId) ?? ""}: ` : ""}{t.masalah}</p>
              <p>Tindakan: {t.tindakan}</p>
              <p className="text-slate-600">{LABEL_TINGKAT_PEMILIK[t.tingkatPemilik as keyof typeof LABEL_TINGKAT_PEMILIK]}: {t.pemilikNama} · batas {t.batasWaktu ? tgl(t.batasWaktu) : "-"}</p>
              <div className="mt-1 flex gap-3">
                <button type="button" className="min-h-9 font-semibold text-brand-700" onClick={() => setEdit(t)}>Ubah</button>
                <button type="button" className="min-h-9 text-red-700" onClick={() => { if (window.confirm("Hapus temuan ini?")) onChange(temuan.filter((x) => x.id !== t.id)); }}>Hapus</button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Belum ada temuan. Tambahkan masalah yang ditemukan beserta rencana tindak lanjutnya.</p>
      )}
      {form ? (
        <TemuanForm
          key={form.id || `baru-${form.butirId}`}
          awal={form}
          butir={butir}
          tanggal={tanggal}
          onCancel={() => { setEdit(null); onAwalUsed(); }}
          onSave={(t) => {
            onChange(temuan.some((x) => x.id === t.id) ? temuan.map((x) => (x.id === t.id ? t : x)) : [...temuan, t]);
            setEdit(null);
            onAwalUsed();
          }}
        />
      ) : (
        <Button type="button" variant="secondary" onClick={() => setEdit({ id: "", butirId: null, masalah: "", tindakan: "", tingkatPemilik: "PUSKESMAS", pemilikUserId: null, pemilikNama: "", batasWaktu: "" })}>Tambahkan temuan</Button>
      )}
    </div>
  );
}

function TemuanForm({ awal, butir, tanggal, onSave, onCancel }: { awal: Temuan; butir: ButirTampil[]; tanggal: string; onSave: (t: Temuan) => void; onCancel: () => void }) {
  const uid = useId();
  const [v, setV] = useState(awal);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const set = (patch: Partial<Temuan>) => setV((x) => ({ ...x, ...patch }));
  const err = (f: string) => (errors[f]?.length ? <p className="text-sm text-red-700" role="alert">{errors[f].join(" ")}</p> : null);
  function simpan() {
    const checked = cekBentuk(CEK_TEMUAN, { ...v, id: v.id || crypto.randomUUID() });
    const fe = checked.ok ? temuanErrors(checked.value, tanggal) : checked.fieldErrors;
    if (!checked.ok || Object.keys(fe).length) return setErrors(fe);
    onSave(checked.value);
  }
  return (
    <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3" data-testid="form-temuan">
      <p className="text-sm font-semibold">{awal.id ? "Ubah temuan" : "Temuan baru"}</p>
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-1`}>Butir asal (boleh kosong)</label>
        <select id={`${uid}-1`} className={inputClass} value={v.butirId ?? ""} onChange={(e) => set({ butirId: e.target.value || null })}>
          <option value="">Bukan dari satu butir</option>
          {butir.map((b) => <option key={b.id} value={b.id}>{b.kode} {b.pertanyaan.slice(0, 60)}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-2`}>Masalah</label>
        <textarea id={`${uid}-2`} className={inputClass} rows={2} maxLength={1000} value={v.masalah} onChange={(e) => set({ masalah: e.target.value })} aria-invalid={errors.masalah ? true : undefined} />
      </div>
      {err("masalah")}
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-3`}>Tindakan (rencana tindak lanjut)</label>
        <textarea id={`${uid}-3`} className={inputClass} rows={2} maxLength={1000} value={v.tindakan} onChange={(e) => set({ tindakan: e.target.value })} aria-invalid={errors.tindakan ? true : undefined} />
      </div>
      {err("tindakan")}
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-4`}>Tingkat penanggung jawab</label>
        <select id={`${uid}-4`} className={inputClass} value={v.tingkatPemilik} onChange={(e) => set({ tingkatPemilik: e.target.value as Temuan["tingkatPemilik"] })}>
          {TINGKAT_PEMILIK.map((t) => <option key={t} value={t}>{LABEL_TINGKAT_PEMILIK[t]}</option>)}
        </select>
      </div>
      {err("tingkatPemilik")}
      <SearchableSelect<PilihanPengguna>
        name="pemilikUser"
        label="Penanggung jawab: pengguna Pantau ILP (boleh kosong)"
        searchLabel="Cari pengguna"
        placeholder="Bukan pengguna: ketik nama di bawah"
        options={v.pemilikUserId ? [{ id: v.pemilikUserId, label: v.pemilikNama, group: "Dipilih" }] : []}
        defaultValue={v.pemilikUserId ?? ""}
        source="/supervisi/kunjungan/pilihan?jenis=pengguna"
        required={false}
        onChange={(id, o) => set({ pemilikUserId: id || null, ...(o ? { pemilikNama: o.label } : {}) })}
      />
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-5`}>Nama penanggung jawab</label>
        <input id={`${uid}-5`} className={inputClass} maxLength={120} value={v.pemilikNama} onChange={(e) => set({ pemilikNama: e.target.value, pemilikUserId: null })} aria-invalid={errors.pemilikNama ? true : undefined} />
      </div>
      {err("pemilikNama")}
      <div className="flex flex-col gap-1 text-sm"><label htmlFor={`${uid}-6`}>Batas waktu</label>
        <input id={`${uid}-6`} type="date" className={inputClass} min={tanggal} value={v.batasWaktu} onChange={(e) => set({ batasWaktu: e.target.value })} aria-invalid={errors.batasWaktu ? true : undefined} />
      </div>
      {err("batasWaktu")}
      <div className="flex gap-2">
        <Button type="button" onClick={simpan}>Simpan temuan</Button>
        <Button type="button" variant="ghost" onClick={onCancel}>Batal</Button>
      </div>
    </div>
  );
}
