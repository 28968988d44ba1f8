import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { hitungKalkulator } from "@/lib/gizi/kalkulator";
import { ZIndeks, firstValues } from "@/lib/gizi/schemas";
import { todayInJakarta } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { CalculatorForm } from "@/components/gizi/calculator-form";
import { CalculatorResult } from "@/components/gizi/calculator-result";

export const metadata: Metadata = { title: "Status gizi anak" };

const FORM_KEYS = ["jk", "tgl_lahir", "tgl_ukur", "bb", "tb", "cara", "lk", "lila", "edema"] as const;

export default async function GiziPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "gizi.calc")) notFound();
  const values = firstValues(await searchParams);
  const today = todayInJakarta();
  const outcome = hitungKalkulator(values, today, ZIndeks.parse(values.indeks));
  const query: Record<string, string> = {};
  for (const k of FORM_KEYS) if (values[k]) query[k] = values[k];
  return (
    <div>
      <PageHeader
        title="Status gizi anak"
        description="Z-score menurut standar WHO dan kategori Permenkes No. 2 Tahun 2020, untuk anak umur 0–19 tahun. Tidak ada data yang disimpan."
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Status gizi" }]}
        actions={<Link href="/gizi/berkas" className={buttonClass("secondary")}>Hitung dari berkas (CSV/XLSX)</Link>}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card title="Data pengukuran">
          {outcome.state === "salah" ? (
            <div className="mb-4">
              <Alert tone="error" title="Belum dapat dihitung">Periksa lagi isian yang ditandai.</Alert>
            </div>
          ) : null}
          <CalculatorForm values={values} errors={outcome.state === "salah" ? outcome.fieldErrors : {}} today={today} />
        </Card>
        <div>
          {outcome.state === "hasil" ? (
            <CalculatorResult input={outcome.input} result={outcome.result} chartIndices={outcome.chartIndices} chart={outcome.chart} query={query} />
          ) : (
            <Card title="Hasil">
              <p className="text-sm text-slate-600">
                {outcome.state === "salah"
                  ? "Hasil akan tampil setelah isian diperbaiki."
                  : "Isi jenis kelamin, tanggal lahir, tanggal pengukuran, dan berat badan atau panjang/tinggi badan, lalu pilih \u201cHitung status gizi\u201d. Hasilnya: z-score BB/U, PB/U atau TB/U, BB/PB atau BB/TB, IMT/U (serta LK/U dan LiLA/U bila diisi) dengan kategorinya, dan grafik pertumbuhan WHO."}
              </p>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
