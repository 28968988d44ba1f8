import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can, ROLE_LABEL } from "@/lib/access/permissions";
import { getPengguna, scopeNamesInHistory, wilayahLabel } from "@/lib/pengguna/queries";
import { setPenggunaActiveAction, unlockPenggunaAction } from "@/lib/pengguna/actions";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { History } from "@/components/audit/history";
import { ConfirmAction } from "@/components/pengguna/confirm-action";
import { ResetPassword } from "@/components/pengguna/reset-password";

export const metadata: Metadata = { title: "Pengguna" };

const FIELD_LABELS = { username: "Nama pengguna", nama: "Nama", role: "Peran", puskesmasId: "Puskesmas", desaId: "Desa", posyanduId: "Posyandu", isActive: "Aktif", mustChangePassword: "Wajib ganti kata sandi", failedLoginCount: "Salah kata sandi berturut-turut", lockedUntil: "Terkunci sampai" };

const STATUS_MESSAGE: Record<string, string> = {
  aktif: "Akun sudah diaktifkan kembali.",
  nonaktif: "Akun sudah dinonaktifkan. Sesi yang sedang masuk sudah berakhir.",
  dibuka: "Kunci akun sudah dibuka.",
  diubah: "Perubahan akun sudah disimpan.",
  tetap: "Tidak ada yang berubah.",
};

export default async function PenggunaDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const [u, history] = await orNotFound(Promise.all([getPengguna(viewer, id), auditHistory(viewer, "user", id)]));
  const names = await scopeNamesInHistory(viewer, history ?? []);
  const formatValue = (field: string, value: unknown) =>
    field === "role" && typeof value === "string" && value in ROLE_LABEL ? ROLE_LABEL[value as keyof typeof ROLE_LABEL]
      : field.endsWith("Id") && typeof value === "string" ? (names.get(value) ?? "(di luar wilayah atau sudah dihapus)")
      : undefined;
  const isSelf = u.id === viewer.id;
  const isLocked = !!u.lockedUntil && u.lockedUntil > new Date();
  const status = sp.status ? STATUS_MESSAGE[sp.status] : undefined;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={u.nama}
        description={<><span className="font-mono">{u.username}</span> · {ROLE_LABEL[u.role]} · {wilayahLabel(u)}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/pengguna", label: "Pengguna" }, { label: u.username }]}
        actions={<LinkButton href={`/pengguna/${u.id}/ubah`} variant="secondary">Ubah nama, peran, atau wilayah</LinkButton>}
      />
      {status ? <Alert tone="success">{status}</Alert> : null}
      {!u.isActive ? <Alert tone="warning" title="Akun nonaktif">Akun ini tidak dapat masuk sampai diaktifkan kembali.</Alert> : null}
      {isLocked ? <Alert tone="warning" title="Akun terkunci">Terlalu banyak salah kata sandi. Terkunci sampai pukul {formatDateTime(u.lockedUntil!)} WIB, atau sampai kuncinya dibuka.</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Akun">
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="pengguna-detail">
            <dt className="text-slate-600">Nama pengguna</dt><dd className="font-mono">{u.username}</dd>
            <dt className="text-slate-600">Nama</dt><dd>{u.nama}</dd>
            <dt className="text-slate-600">Peran</dt><dd>{ROLE_LABEL[u.role]}</dd>
            <dt className="text-slate-600">Wilayah</dt><dd>{wilayahLabel(u)}</dd>
            <dt className="text-slate-600">Status</dt><dd data-testid="pengguna-status">{u.isActive ? "Aktif" : "Nonaktif"}{isLocked ? " · terkunci" : ""}</dd>
            <dt className="text-slate-600">Kata sandi</dt><dd>{u.mustChangePassword ? "Belum diganti sejak dibuat atau diatur ulang" : "Sudah diganti oleh pengguna"}</dd>
            <dt className="text-slate-600">Salah kata sandi</dt><dd>{formatNumber(u.failedLoginCount)} kali berturut-turut</dd>
            <dt className="text-slate-600">Terakhir masuk</dt><dd>{u.lastLoginAt ? `${formatDateTime(u.lastLoginAt)} WIB` : "Belum pernah"}</dd>
            <dt className="text-slate-600">Dibuat</dt><dd>{formatDateTime(u.createdAt)} WIB</dd>
          </dl>
        </Card>
        <Card title="Tindakan">
          {isSelf ? (
            <p className="text-sm text-slate-600">Ini akun Anda sendiri. Untuk mengganti kata sandi, gunakan menu Ganti kata sandi. Akun Anda tidak dapat dinonaktifkan dari sini.</p>
          ) : (
            <div className="flex flex-col gap-4">
              <div className="flex flex-col gap-1">
                <p className="text-sm text-slate-600">Bila pengguna lupa kata sandi: buat kata sandi sekali pakai yang baru.</p>
                <ResetPassword id={u.id} username={u.username} />
              </div>
              {isLocked ? (
                <ConfirmAction action={unlockPenggunaAction} fields={{ id: u.id }} label="Buka kunci akun" question={`Buka kunci ${u.username} dan hapus hitungan salah kata sandi? Kata sandinya tidak berubah.`} confirmLabel="Ya, buka kunci" pendingText="Membuka…" testId="buka-kunci" />
              ) : null}
              {u.isActive ? (
                <ConfirmAction action={setPenggunaActiveAction} fields={{ id: u.id, aktif: "tidak" }} variant="danger" label="Nonaktifkan akun" question={`Nonaktifkan ${u.username}? Pengguna langsung keluar dari semua perangkat dan tidak dapat masuk lagi sampai diaktifkan kembali. Datanya tetap tersimpan.`} confirmLabel="Ya, nonaktifkan" pendingText="Menonaktifkan…" testId="nonaktifkan" />
              ) : (
                <ConfirmAction action={setPenggunaActiveAction} fields={{ id: u.id, aktif: "ya" }} label="Aktifkan kembali" question={`Aktifkan kembali ${u.username}? Pengguna dapat masuk lagi dengan kata sandinya.`} confirmLabel="Ya, aktifkan" pendingText="Mengaktifkan…" testId="aktifkan" />
              )}
            </div>
          )}
        </Card>
      </div>
      <Card title="Riwayat perubahan">
        <History entries={history ?? []} labels={FIELD_LABELS} formatValue={formatValue} />
      </Card>
    </div>
  );
}
