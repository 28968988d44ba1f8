import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export const metadata: Metadata = { title: "Ganti kata sandi" };

export default async function GantiPasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  return (
    <div>
      <PageHeader title="Ganti kata sandi" crumbs={viewer.mustChangePassword ? undefined : [{ href: "/", label: "Beranda" }, { label: "Ganti kata sandi" }]} />
      {viewer.mustChangePassword ? <div className="mb-4"><Alert tone="warning" title="Ganti kata sandi dulu">Akun Anda dibuat atau diatur ulang oleh admin. Buat kata sandi Anda sendiri sebelum melanjutkan.</Alert></div> : null}
      <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
    </div>
  );
}
