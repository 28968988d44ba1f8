"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { NumberField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export interface TargetFormRow { kelompok: string; label: string; target: number | null; terdaftar: string; catatan?: string }

/** One posyandu's annual targets: a number per group, the registered count beside it. */
export function TargetForm({ action, posyanduId, tahun, rows, hariLabel, canEdit }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; posyanduId: string; tahun: number; rows: TargetFormRow[]; hariLabel: string; canEdit: boolean }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, Object.fromEntries(rows.map((r) => [`jumlah_${r.kelompok}`, r.target === null ? "" : String(r.target)])));
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate data-testid="target-form">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="posyanduId" value={posyanduId} />
      <input type="hidden" name="tahun" value={tahun} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Target sasaran tahun {tahun}</caption>
          <thead className="bg-slate-100"><tr><th className="px-3 py-2">Kelompok</th><th className="px-3 py-2">Target (S) {tahun}</th><th className="px-3 py-2">Terdaftar <span className="font-normal text-slate-600">({hariLabel})</span></th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kelompok} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">{r.label}{r.catatan ? <span className="block text-xs text-slate-500">{r.catatan}</span> : null}</td>
                <td className="px-3 py-2">
                  {canEdit ? <NumberField {...f.field(`jumlah_${r.kelompok}`)} id={`jumlah_${r.kelompok}`} label={<span className="sr-only">Target {r.label}</span>} decimal={false} maxLength={7} placeholder="Belum diisi" /> : (r.target ?? "–")}
                </td>
                <td className="px-3 py-2" data-testid={`terdaftar-${r.kelompok}`}>{r.terdaftar}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? <SubmitButton>Simpan target</SubmitButton> : null}
    </form>
  );
}
