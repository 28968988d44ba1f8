import { requireViewer } from "@/lib/auth/viewer";
import { AppShell } from "@/components/layout/app-shell";

export default async function AkunLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer({ allowPasswordChange: true });
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
