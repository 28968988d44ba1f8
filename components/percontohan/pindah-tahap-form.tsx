"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { DateField, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { TAHAP_LABEL, earlierTahap, nextTahap, tahapKecil, type Tahap } from "@/lib/percontohan/tahap";

/**
 * Moving a stage: forward one step (one button), or back to an earlier stage with a reason. The
 * server applies the same rule; this form only offers the moves the rule allows.
 */
export function PindahTahapForm({ action, id, tahap, today, requestIds }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  id: string;
  tahap: Tahap;
  today: string;
  /** One per form, so that each form's double submit writes once. */
  requestIds: { maju: string; mundur: string };
}) {
  const next = nextTahap(tahap);
  const back = earlierTahap(tahap);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {next ? <MoveForm action={action} id={id} requestId={requestIds.maju} today={today} title={`Maju ke tahap ${tahapKecil(next)}`} ke={next} /> : <p className="text-sm text-slate-600">Sudah di tahap terakhir.</p>}
      {back.length ? <MoveForm action={action} id={id} requestId={requestIds.mundur} today={today} title="Kembali ke tahap sebelumnya" back={back} /> : null}
    </div>
  );
}

function MoveForm({ action, id, requestId, today, title, ke, back }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  id: string;
  requestId: string;
  today: string;
  title: string;
  ke?: Tahap;
  back?: Tahap[];
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, { tanggal: today, ke: ke ?? back?.[back.length - 1] ?? "" });
  const prefix = back ? "mundur" : "maju";
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" noValidate aria-label={title} data-testid={`form-${prefix}`}>
      <p className="text-sm font-semibold">{title}</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="requestId" value={requestId} />
      {ke ? <input type="hidden" name="ke" value={ke} /> : null}
      {back ? <SelectField {...f.field("ke")} id={`${prefix}-ke`} label="Kembali ke tahap" options={back.map((t) => ({ value: t, label: TAHAP_LABEL[t] }))} required /> : null}
      {ke && f.errors("ke") ? <Alert tone="error">{f.errors("ke")!.join(" ")}</Alert> : null}
      <DateField {...f.field("tanggal")} id={`${prefix}-tanggal`} label="Tanggal" max={today} required />
      {back ? <TextField {...f.field("alasan")} id={`${prefix}-alasan`} label="Alasan kembali" maxLength={500} required hint="Wajib diisi: dicatat di riwayat tahap." /> : null}
      <div>
        <SubmitButton variant={back ? "secondary" : "primary"}>{ke ? `Pindah ke ${TAHAP_LABEL[ke]}` : "Kembalikan tahap"}</SubmitButton>
      </div>
    </form>
  );
}
