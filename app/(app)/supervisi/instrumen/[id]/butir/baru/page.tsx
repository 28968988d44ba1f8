import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { ButirPage } from "@/components/instrumen/butir-page";

export const metadata: Metadata = { title: "Tambah butir" };

export default async function ButirBaruPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ domain?: string }> }) {
  const viewer = await requireViewer();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  return <ButirPage viewer={viewer} instrumenId={id} butirId={null} domainId={sp.domain} />;
}
