import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can, ROLE_LABEL } from "@/lib/access/permissions";
import { listPengguna, wilayahLabel } from "@/lib/pengguna/queries";
import { ROLES, ZPenggunaListParams } from "@/lib/pengguna/schemas";
import { formatDateTime } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PenggunaTable } from "@/components/pengguna/pengguna-table";
import { PenggunaFilter } from "@/components/pengguna/pengguna-filter";
import { Pagination, queryOf } from "@/components/data-table/pagination";

export const metadata: Metadata = { title: "Pengguna" };

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }));

export default async function PenggunaListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage")) notFound();
  const params = ZPenggunaListParams.parse(await searchParams);
  const { rows, total } = await orNotFound(listPengguna(viewer, params));
  const filterQuery = queryOf({ q: params.q, role: params.role, aktif: params.aktif });
  const filtered = Object.keys(filterQuery).length > 0;
  const now = new Date();
  return (
    <div>
      <PageHeader
        title="Pengguna"
        description={`Akun di ${viewer.kabupatenNama}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Pengguna" }]}
        actions={<LinkButton href="/pengguna/baru">Tambah pengguna</LinkButton>}
      />
      <PenggunaFilter q={params.q} role={params.role} aktif={params.aktif} roles={ROLE_OPTIONS} keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }} />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada pengguna yang cocok dengan pencarian" : "Belum ada pengguna di kabupaten ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : "Pilih Tambah pengguna untuk membuat akun petugas puskesmas, bidan desa, atau kader."}
        </EmptyState>
      ) : (
        <>
          <PenggunaTable
            rows={rows.map((r) => ({
              id: r.id,
              username: r.username,
              nama: r.nama,
              role: ROLE_LABEL[r.role],
              wilayah: wilayahLabel(r),
              isActive: r.isActive,
              isLocked: !!r.lockedUntil && r.lockedUntil > now,
              mustChangePassword: r.mustChangePassword,
              lastLogin: r.lastLoginAt ? `${formatDateTime(r.lastLoginAt)} WIB` : null,
            }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/pengguna", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/pengguna" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
