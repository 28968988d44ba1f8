"use client";
import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/action-state";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(loginAction, initialActionState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="ke" value={next ?? "/"} />
      <TextField name="username" label="Nama pengguna" errors={fe.username} defaultValue={state.values?.username} autoComplete="username" autoCapitalize="none" spellCheck={false} required />
      <TextField name="password" type="password" label="Kata sandi" errors={fe.password} autoComplete="current-password" required />
      <SubmitButton pendingText="Memeriksa…">Masuk</SubmitButton>
    </form>
  );
}
