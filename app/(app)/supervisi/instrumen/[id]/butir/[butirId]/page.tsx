import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { ButirPage } from "@/components/instrumen/butir-page";

export const metadata: Metadata = { title: "Ubah butir" };

export default async function ButirUbahPage({ params }: { params: Promise<{ id: string; butirId: string }> }) {
  const viewer = await requireViewer();
  const { id, butirId } = await params;
  return <ButirPage viewer={viewer} instrumenId={id} butirId={butirId} />;
}
