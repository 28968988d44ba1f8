"use client";
import type { ActionState } from "@/lib/actions/action-state";
import { useFormAction } from "@/components/ui/use-form-action";
import { formFields } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { LABEL_STATUS_TL, STATUS_TINDAK_LANJUT, type StatusTindakLanjut } from "@/lib/supervisi/pemilik";

/**
 * Updating a follow-up: the status (forward only) and the evidence note. `hanyaSelesai`: the viewer
 * may only mark it done (a kader; a puskesmas for kader/desa-level ones). The server checks the same rule.
 */
export function PerbaruiTindakLanjutForm({ action, id, status, catatanBukti, hanyaSelesai, requestId }: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  id: string;
  status: StatusTindakLanjut;
  catatanBukti: string | null;
  hanyaSelesai: boolean;
  requestId: string;
}) {
  const { state, formAction, onSubmit } = useFormAction(action);
  const choices = hanyaSelesai ? (["SELESAI"] as const) : STATUS_TINDAK_LANJUT.filter((s) => STATUS_TINDAK_LANJUT.indexOf(s) >= STATUS_TINDAK_LANJUT.indexOf(status));
  const f = formFields(state, { status: hanyaSelesai ? "SELESAI" : status === "BELUM" ? "PROSES" : "SELESAI", catatanBukti: catatanBukti ?? "" });
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex max-w-xl flex-col gap-3" noValidate aria-label="Perbarui tindak lanjut" data-testid="form-perbarui">
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField {...f.field("status")} id="status" label="Status baru" options={choices.map((s) => ({ value: s, label: LABEL_STATUS_TL[s] }))} required />
      <TextField {...f.field("catatanBukti")} id="catatanBukti" label="Catatan bukti" maxLength={1000} hint="Wajib untuk menandai selesai: apa yang sudah dikerjakan dan buktinya (mis. foto, daftar hadir)." />
      <div><SubmitButton>{hanyaSelesai ? "Tandai selesai" : "Simpan"}</SubmitButton></div>
    </form>
  );
}
