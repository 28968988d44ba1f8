import { INPUT_COLUMN_DOCS, OUTPUT_COLUMN_DOCS } from "@/lib/gizi-berkas/columns";

const th = "border-b border-slate-200 px-2 py-2 text-left font-semibold text-slate-800";
const td = "border-b border-slate-100 px-2 py-2 align-top";

/** The columns the batch file may have, and the columns the result adds. Scrolls sideways on a phone. */
export function BatchColumns() {
  return (
    <div className="flex flex-col gap-4 text-sm">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Kolom berkas masukan">
        <table className="w-full min-w-[40rem] border-collapse" data-testid="kolom-masukan">
          <caption className="sr-only">Kolom berkas masukan</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Data</th>
              <th scope="col" className={th}>Nama kolom yang diterima</th>
              <th scope="col" className={th}>Keterangan</th>
              <th scope="col" className={th}>Contoh</th>
            </tr>
          </thead>
          <tbody>
            {INPUT_COLUMN_DOCS.map((d) => (
              <tr key={d.field}>
                <th scope="row" className={`${td} text-left font-medium text-slate-900`}>{d.label}</th>
                <td className={`${td} font-mono text-xs text-slate-800`}>{d.aliases.join(", ")}</td>
                <td className={`${td} text-slate-800`}>{d.meaning}</td>
                <td className={`${td} font-mono`}>{d.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="list-disc pl-5 text-slate-700">
        <li>Baris pertama berisi judul kolom. Huruf besar/kecil, spasi dan satuan dalam kurung tidak berpengaruh (&quot;Berat (kg)&quot; = berat_kg).</li>
        <li>Wajib: jenis kelamin dan sedikitnya satu ukuran (berat, panjang/tinggi, lingkar kepala atau LiLA). Umur diisi dengan umur_hari, umur_bulan, atau tanggal lahir dan tanggal pengukuran; tanpa umur hanya BB/PB-TB yang dihitung.</li>
        <li>Kolom lain (nama, NIK, alamat) boleh ada dan disalin apa adanya ke hasil. Untuk XLSX hanya lembar pertama yang dibaca.</li>
        <li>Baris yang tidak dapat dihitung tetap ada di hasil, dengan alasannya di kolom keterangan.</li>
      </ul>
      <h3 className="font-semibold text-slate-900">Kolom yang ditambahkan ke hasil</h3>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Kolom hasil">
        <table className="w-full min-w-[30rem] border-collapse" data-testid="kolom-hasil">
          <caption className="sr-only">Kolom yang ditambahkan ke hasil</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Kolom</th>
              <th scope="col" className={th}>Isi</th>
            </tr>
          </thead>
          <tbody>
            {OUTPUT_COLUMN_DOCS.map((d) => (
              <tr key={d.names}>
                <th scope="row" className={`${td} text-left font-mono text-xs font-medium text-slate-900`}>{d.names}</th>
                <td className={`${td} text-slate-800`}>{d.meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
