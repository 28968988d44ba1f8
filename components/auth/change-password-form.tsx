"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/action-state";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const fe = state.fieldErrors ?? {};
  const hint = `Paling sedikit ${minLength} karakter, tanpa nama pengguna Anda, bukan kata sandi demo atau yang umum. Gunakan kalimat yang mudah Anda ingat.`;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {/* Passwords are never sent back, so never kept after a refused submit. */}
      <TextField name="current" type="password" label="Kata sandi sekarang" errors={fe.current} autoComplete="current-password" required />
      <TextField name="next" type="password" label="Kata sandi baru" errors={fe.next} hint={hint} autoComplete="new-password" required />
      <TextField name="confirm" type="password" label="Ulangi kata sandi baru" errors={fe.confirm} autoComplete="new-password" required />
      <SubmitButton>Simpan kata sandi</SubmitButton>
    </form>
  );
}
