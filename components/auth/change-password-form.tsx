"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/action-state";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const fe = state.fieldErrors ?? {};
  const hint = `Paling sedikit ${minLength} karakter, tanpa nama pengguna Anda, bukan kata sandi demo atau yang umum. Gunakan kalimat yang mudah Anda ingat.`;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <Field name="current" label="Kata sandi sekarang" errors={fe.current} required>
        <input id="current" name="current" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!fe.current} aria-describedby={describedBy("current", fe.current)} />
      </Field>
      <Field name="next" label="Kata sandi baru" errors={fe.next} hint={hint} required>
        <input id="next" name="next" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!fe.next} aria-describedby={describedBy("next", fe.next, hint)} />
      </Field>
      <Field name="confirm" label="Ulangi kata sandi baru" errors={fe.confirm} required>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!fe.confirm} aria-describedby={describedBy("confirm", fe.confirm)} />
      </Field>
      <SubmitButton>Simpan kata sandi</SubmitButton>
    </form>
  );
}
