"use client";
import { startTransition, useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/action-state";

/**
 * useActionState without React's automatic form reset: a refused submit keeps every choice the user
 * made (checkbox groups and selects are controlled here, and a reset would silently clear them).
 * The form keeps `action` for submits without JavaScript; with JavaScript `onSubmit` takes over, and
 * useFormStatus still reports pending because the submit schedules a transition.
 */
export function useFormAction(action: (prev: ActionState, fd: FormData) => Promise<ActionState>) {
  const [state, formAction] = useActionState(action, initialActionState);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, onSubmit };
}
