"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { formFields } from "@/components/ui/field";
import { NumberField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** The calibration limit of the kabupaten, and the way back to the documented default. */
export function AturanSaranaForm({ save, reset, nilai, bawaan, diubah }: { save: Action; reset: Action; nilai: number; bawaan: number; diubah: boolean }) {
  const saved = useFormAction(save);
  const undone = useFormAction(reset);
  const f = formFields(saved.state, { kalibrasiBulan: String(nilai) });
  return (
    <div className="flex flex-col gap-3">
      <form action={saved.formAction} onSubmit={saved.onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        {saved.state.message ? <div className="w-full"><Alert tone="error">{saved.state.message}</Alert></div> : null}
        <NumberField {...f.field("kalibrasiBulan")} label="Batas umur kalibrasi (bulan)" decimal={false} maxLength={2} hint={`Bawaan: ${bawaan} bulan. 1–60 bulan.`} className="w-56" />
        <SubmitButton>Simpan aturan</SubmitButton>
      </form>
      {diubah ? (
        <form action={undone.formAction} onSubmit={undone.onSubmit}>
          {undone.state.message ? <Alert tone="error">{undone.state.message}</Alert> : null}
          <SubmitButton variant="secondary" pendingText="Mengembalikan…">Kembalikan ke bawaan ({bawaan} bulan)</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
