import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { AMBANG_GRUP, aturanAmbang } from "@/lib/ambang/index";
import { readAturanAmbang } from "@/lib/ambang/queries";
import { isianAturan } from "@/lib/ambang/formulir";
import { uraianAturan, type Uraian } from "@/lib/ambang/uraian";
import { resetAmbangAction, saveAmbangAction } from "@/lib/ambang/actions";
import { formatDateTime } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { AturanForm } from "@/components/ambang/aturan-form";
import { KonfirmasiForm } from "@/components/instrumen/aksi-form";

export const metadata: Metadata = { title: "Ambang & rujukan" };

function UraianView({ u, testId }: { u: Uraian; testId?: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm text-slate-800" data-testid={testId}>
      {u.baris.map((b) => <p key={b}>{b}</p>)}
      {u.tabel.map((t, i) => (
        <div key={i} className="overflow-x-auto">
          <table className="w-full min-w-[18rem] border-collapse text-sm">
            <thead>
              <tr>{t.kolom.map((k) => <th key={k} scope="col" className="border-b border-slate-300 px-2 py-1 text-left font-semibold">{k}</th>)}</tr>
            </thead>
            <tbody>
              {t.baris.map((r, j) => (
                <tr key={j} className="odd:bg-slate-50">{r.map((c, k) => <td key={k} className="border-b border-slate-100 px-2 py-1">{c}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

export default async function AmbangPage({ searchParams }: { searchParams: Promise<{ disimpan?: string; bawaan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const [sp, berlaku] = await Promise.all([searchParams, readAturanAmbang(viewer)]);
  const edit = can(viewer, "katalog.manage");
  const disimpan = sp.disimpan ? aturanAmbang(sp.disimpan) : null;
  const bawaan = sp.bawaan ? aturanAmbang(sp.bawaan) : null;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Ambang & rujukan"
        description={`Batas dan aturan yang dipakai saat mencatat hari posyandu di ${viewer.kabupatenNama}: nilai yang berlaku, sumbernya, dan kapan diubah.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Ambang & rujukan" }]}
      />
      {disimpan ? <Alert tone="success">Aturan &quot;{disimpan.label}&quot; sudah disimpan. Berlaku untuk entri baru.</Alert> : null}
      {bawaan ? <Alert tone="success">Aturan &quot;{bawaan.label}&quot; kembali ke nilai bawaan. Berlaku untuk entri baru.</Alert> : null}
      <Alert tone="info" testId="ambang-catatan">
        Perubahan aturan hanya berlaku untuk entri baru. Entri yang sudah dicatat tetap menyimpan hasil (naik/tidak naik, kelas, temuan, rujukan) menurut aturan yang berlaku saat dicatat.
        {edit ? " Sebagai admin Dinkes Anda dapat mengubah setiap aturan; setiap perubahan tercatat di log audit." : " Hanya admin Dinkes kabupaten yang dapat mengubah aturan."}
      </Alert>
      <nav aria-label="Kelompok aturan" className="flex flex-wrap gap-2 text-sm">
        {AMBANG_GRUP.map((g) => <a key={g.kode} href={`#grup-${g.kode}`} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-brand-800 hover:border-brand-600">{g.label}</a>)}
      </nav>
      {AMBANG_GRUP.map((g) => (
        <section key={g.kode} id={`grup-${g.kode}`} aria-labelledby={`judul-${g.kode}`} className="flex flex-col gap-3">
          <h2 id={`judul-${g.kode}`} className="text-lg font-semibold text-slate-900">{g.label}</h2>
          {g.aturan.map((a) => {
            const b = berlaku.get(a.kunci)!;
            const anchor = a.kunci.replace(".", "-");
            return (
              <article key={a.kunci} id={anchor} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`aturan-${anchor}`}>
                <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-base font-semibold text-slate-900">{a.label}</h3>
                  {b.diubah && b.diubahPada ? (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" data-testid="diubah">Diubah {formatDateTime(b.diubahPada)}</span>
                  ) : (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">Nilai bawaan</span>
                  )}
                </div>
                <UraianView u={uraianAturan(a.kunci, b.nilai)} testId={`nilai-${anchor}`} />
                {b.diubah ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-slate-700">Lihat nilai bawaan</summary>
                    <div className="mt-2"><UraianView u={uraianAturan(a.kunci, a.bawaan)} /></div>
                  </details>
                ) : null}
                <p className="mt-2 text-xs text-slate-600">Sumber: {a.sumber}</p>
                {edit ? (
                  <details className="mt-3 rounded-md border border-slate-200 p-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-800">Ubah aturan ini</summary>
                    <div className="mt-3 flex flex-col gap-3">
                      <AturanForm action={saveAmbangAction} kunci={a.kunci} isian={isianAturan(a.kunci, b.nilai)} />
                      {b.diubah ? (
                        <KonfirmasiForm
                          action={resetAmbangAction}
                          id={a.kunci}
                          label="Kembalikan ke bawaan"
                          question={`Kembalikan "${a.label}" ke nilai bawaan? Nilai kabupaten ini dihapus; entri yang sudah dicatat tetap menyimpan hasilnya.`}
                          confirmLabel="Ya, kembalikan"
                        />
                      ) : null}
                    </div>
                  </details>
                ) : null}
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}
