"use client";
import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/actions/action-state";
import { Field, inputClass, describedBy } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(loginAction, initialActionState);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="ke" value={next ?? "/"} />
      <Field name="username" label="Nama pengguna" errors={fe.username} required>
        <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required defaultValue={state.values?.username} className={inputClass} aria-invalid={!!fe.username} aria-describedby={describedBy("username", fe.username)} />
      </Field>
      <Field name="password" label="Kata sandi" errors={fe.password} required>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} aria-invalid={!!fe.password} aria-describedby={describedBy("password", fe.password)} />
      </Field>
      <SubmitButton pendingText="Memeriksa…">Masuk</SubmitButton>
    </form>
  );
}
