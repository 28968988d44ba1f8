"use client";
import { startTransition, useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

/**
 * useActionState without React's automatic form reset: a refused submit keeps every choice the user
 * made (React resets uncontrolled fields after an action, and a select then silently falls back to
 * the value it was mounted with). The form keeps `action` for submits without JavaScript; with
 * JavaScript `onSubmit` takes over, and useFormStatus still reports pending because the submit
 * schedules a transition.
 */
export function useFormAction<S extends ActionState = ActionState>(action: (prev: S, fd: FormData) => Promise<S>, initial: S = initialActionState as S) {
  const [state, formAction] = useActionState<S, FormData>(action, initial as Awaited<S>);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, onSubmit };
}
