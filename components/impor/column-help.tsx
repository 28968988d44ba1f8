import { KOLOM_INFO } from "@/lib/impor/columns";

/** What each column of the import file means; a list, so that it reads well on a phone. */
export function ColumnHelp() {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <dl className="divide-y divide-slate-100" data-testid="kolom-impor">
        {KOLOM_INFO.map((k) => (
          <div key={k.kolom} className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr]">
            <dt>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{k.kolom}</code>
              <span className="block text-xs text-slate-600">{k.wajib}</span>
            </dt>
            <dd className="text-slate-800">
              {k.keterangan} <span className="text-slate-600">Contoh: <span className="font-mono">{k.contoh}</span></span>
            </dd>
          </div>
        ))}
      </dl>
      <ul className="list-disc pl-5 text-slate-700">
        <li>Judul kolom boleh huruf besar/kecil, dengan atau tanpa spasi/garis bawah (mis. &quot;Kode Desa&quot;).</li>
        <li>Baris 1 adalah judul kolom; nomor baris di pesan kesalahan sama dengan nomor baris di Excel.</li>
        <li>Posyandu dan dusun dicocokkan dengan namanya di desa yang sama: yang sudah ada diperbarui, bukan digandakan. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.</li>
        <li>Kolom yang dikosongkan tidak mengubah data posyandu yang sudah ada.</li>
        <li>Seluruh berkas diperiksa dulu. Tidak ada yang disimpan sebelum berkas bersih dan Anda memilih Simpan.</li>
      </ul>
    </div>
  );
}
