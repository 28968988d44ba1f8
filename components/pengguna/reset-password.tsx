"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { resetPenggunaPasswordAction } from "@/lib/pengguna/actions";
import type { PenggunaPasswordState } from "@/lib/pengguna/schemas";
import { OneTimePassword } from "./one-time-password";

/** Reset with a confirmation step; the new one-time password lives only in this component's state. */
export function ResetPassword({ id, username }: { id: string; username: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState<PenggunaPasswordState, FormData>(resetPenggunaPasswordAction, { ok: false });
  if (state.ok && state.oneTime) {
    return <OneTimePassword title="Kata sandi baru" username={state.oneTime.username} nama={state.oneTime.nama} password={state.oneTime.password} />;
  }
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        {state.message ? <Alert tone="error">{state.message}</Alert> : null}
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>Atur ulang kata sandi</Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4" role="alertdialog" aria-labelledby="tanya-reset">
      <p id="tanya-reset" className="text-sm text-amber-950">Atur ulang kata sandi {username}? Kata sandi lama langsung tidak berlaku, semua sesi yang sedang masuk berakhir, dan kunci akun dibuka. Kata sandi baru ditampilkan sekali di sini.</p>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingText="Mengatur ulang…">Ya, atur ulang</SubmitButton>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)} autoFocus>Batal</Button>
      </div>
    </form>
  );
}
