import { Card } from "@/components/ui/card";

/** What each SKDN figure counts (the same text as README "Laporan posyandu"). */
export function DefinisiSkdn() {
  return (
    <Card title="Definisi">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">S</dt><dd>Sasaran balita setahun: target tahunan posyandu untuk bayi + balita (0–59 bulan). Posyandu tanpa target memakai jumlah terdaftar (K), ditandai *.</dd>
        <dt className="font-semibold">K</dt><dd>Balita terdaftar yang masih aktif (0–59 bulan pada hari terakhir bulan).</dd>
        <dt className="font-semibold">D</dt><dd>Balita (0–59 bulan) yang ditimbang bulan ini. D = N + T + O + B, diperiksa per baris.</dd>
        <dt className="font-semibold">N / T</dt><dd>Ditimbang bulan ini dan bulan lalu; kenaikan berat ≥ KBM (naik) atau kurang (tidak naik).</dd>
        <dt className="font-semibold">O</dt><dd>Ditimbang bulan ini tetapi tidak ditimbang bulan lalu.</dd>
        <dt className="font-semibold">B</dt><dd>Baru pertama kali ditimbang.</dd>
        <dt className="font-semibold">2T</dt><dd>Tidak naik dua bulan berturut-turut.</dd>
        <dt className="font-semibold">BGM</dt><dd>Di bawah garis merah (BB/U menurut ambang yang berlaku saat dicatat).</dd>
        <dt className="font-semibold">K/S, D/S</dt><dd>Liputan program dan partisipasi masyarakat (%).</dd>
        <dt className="font-semibold">N/D</dt><dd>Keberhasilan penimbangan: N dibagi seluruh D (varian N/D resmi, bukan N/(D−O−B)).</dd>
      </dl>
      <p className="mt-2 text-xs text-slate-600">Sumber: Permenkes 155/2010 (KMS), Buku KIA 2023, domain-posyandu-day.md §1.3 dan §7.3. N, T, O, B, 2T dan BGM adalah hasil yang tersimpan pada tiap entri menurut ambang saat dicatat.</p>
    </Card>
  );
}
