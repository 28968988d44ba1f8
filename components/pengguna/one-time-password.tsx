/** The one-time password, shown once, with what the admin should do with it. */
export function OneTimePassword({ username, nama, password, title }: { username: string; nama: string; password: string; title: string }) {
  return (
    <section className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" aria-labelledby="sandi-awal-judul" data-testid="one-time-password">
      <h2 id="sandi-awal-judul" className="text-base font-semibold text-amber-950">{title}</h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-amber-900">Nama pengguna</dt>
        <dd className="font-mono text-base font-semibold" data-testid="sandi-username">{username}</dd>
        <dt className="text-amber-900">Kata sandi awal</dt>
        <dd><code className="select-all break-all rounded bg-white px-2 py-1 font-mono text-xl font-bold tracking-wider text-slate-900" data-testid="sandi-awal">{password}</code></dd>
      </dl>
      <div className="mt-3 text-sm text-amber-950">
        <p className="font-semibold">Kata sandi ini hanya ditampilkan sekali.</p>
        <p className="mt-1">Catat lalu serahkan langsung kepada {nama} (jangan lewat grup percakapan). Setelah halaman ini ditutup, kata sandi tidak dapat dilihat lagi; bila hilang, atur ulang kata sandinya. Saat masuk pertama kali, {nama} wajib menggantinya dengan kata sandi sendiri.</p>
      </div>
    </section>
  );
}
