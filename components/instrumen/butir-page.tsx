import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/viewer-type";
import { can } from "@/lib/access/permissions";
import { getInstrumenVersi } from "@/lib/instrumen/queries";
import { TIPE_BUTIR } from "@/lib/instrumen/schemas";
import { saveButirAction } from "@/lib/instrumen/actions";
import { LABEL_TIPE } from "@/lib/supervisi/score";
import { FAKTA_KEYS, LABEL_FAKTA } from "@/lib/supervisi/fakta";
import { opsiText, PESAN_BEKU } from "@/lib/supervisi/versi";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ButirForm, type ButirFormValues } from "./butir-form";

/** The add/edit item page of a draft (shared by butir/baru and butir/[butirId]). */
export async function ButirPage({ viewer, instrumenId, butirId, domainId }: { viewer: Viewer; instrumenId: string; butirId: string | null; domainId?: string }) {
  if (!can(viewer, "katalog.manage")) notFound();
  const v = await getInstrumenVersi(viewer, instrumenId);
  if (!v) notFound();
  const all = v.domain.flatMap((d) => d.butir);
  const b = butirId ? all.find((x) => x.id === butirId) : null;
  if (butirId && !b) notFound();
  const back = `/supervisi/instrumen/${v.id}${b ? `#butir-${b.id}` : ""}`;
  const title = b ? `Ubah butir ${b.kode}` : "Tambah butir";
  const header = <PageHeader title={title} description={`${v.nama} · versi ${v.versi}`} crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/instrumen", label: "Instrumen supervisi" }, { href: back, label: `${v.kode} v${v.versi}` }, { label: title }]} />;
  if (v.status !== "DRAF") return <div className="flex flex-col gap-4">{header}<Alert tone="warning">{PESAN_BEKU}</Alert></div>;
  if (v.domain.length === 0) return <div className="flex flex-col gap-4">{header}<Alert tone="warning">Tambahkan domain dulu di halaman versi ini.</Alert></div>;
  const initial: ButirFormValues = b
    ? { instrumenId: v.id, id: b.id, domainId: b.domainId, kode: b.kode, pertanyaan: b.pertanyaan, tipe: b.tipe, bobot: String(b.bobot).replace(".", ","), kritis: b.kritis, bolehNa: b.bolehNa, standar: b.standar ?? "", fakta: b.fakta ?? "", opsiText: opsiText(b.opsi), target: b.opsi.target ? String(b.opsi.target).replace(".", ",") : "", petaDariId: b.petaDariId ?? "" }
    : { instrumenId: v.id, domainId: v.domain.find((d) => d.id === domainId)?.id ?? v.domain[0].id, kode: "", pertanyaan: "", tipe: "YA_TIDAK", bobot: "1", kritis: false, bolehNa: false, standar: "", fakta: "", opsiText: "", target: "", petaDariId: "" };
  // A previous item already mapped by another item of the draft is not offered again.
  const taken = new Set(all.filter((x) => x.id !== b?.id && x.petaDariId).map((x) => x.petaDariId));
  const previous = v.sebelumnya ? v.sebelumnya.butir.filter((p) => !taken.has(p.id)).map((p) => ({ value: p.id, label: `sama dengan ${p.kode} v${v.sebelumnya!.versi}: ${p.pertanyaan.slice(0, 70)}` })) : null;
  return (
    <div className="flex flex-col gap-4">
      {header}
      <ButirForm
        action={saveButirAction}
        initial={initial}
        requestId={randomUUID()}
        domains={v.domain.map((d) => ({ value: d.id, label: d.nama }))}
        tipes={TIPE_BUTIR.map((t) => ({ value: t, label: LABEL_TIPE[t] }))}
        fakta={FAKTA_KEYS.map((k) => ({ value: k, label: LABEL_FAKTA[k] }))}
        previous={previous}
        cancelHref={back}
      />
    </div>
  );
}
