"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { NumberField, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

/** The supervision threshold rule: a refused value stays as typed, with the message on its field. */
export function AmbangSupervisiForm({ action, initial, kategori }: { action: (prev: ActionState, fd: FormData) => Promise<ActionState>; initial: { siap: string; siapBersyarat: string; batasKritis: string; lulusKritis: string }; kategori: { value: string; label: string }[] }) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const f = formFields(state, initial);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate data-testid="form-ambang-supervisi">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField {...f.field("siap")} label="Ambang siap" decimal={false} hint="Skor ≥ ini: siap." required />
        <NumberField {...f.field("siapBersyarat")} label="Ambang siap bersyarat" decimal={false} hint="Skor ≥ ini (dan di bawah ambang siap): siap bersyarat." required />
        <SelectField {...f.field("batasKritis")} label="Kategori tertinggi bila butir kritis gagal" options={kategori} required />
        <NumberField {...f.field("lulusKritis")} label="Batas lulus butir kritis (0–1)" hint="Butir kritis gagal bila skornya di bawah ini, mis. 0,5." required />
      </div>
      <div><SubmitButton>Simpan aturan</SubmitButton></div>
    </form>
  );
}
