import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pantau ILP", template: "%s · Pantau ILP" },
  description: "Pemantauan Posyandu ILP (Integrasi Layanan Primer) untuk Dinas Kesehatan, Puskesmas, dan kader.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#065f46" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered on request, every page (the not-found page too): each needs this request's CSP nonce.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
