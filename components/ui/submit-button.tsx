"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

/** A submit button that disables itself while the form is sending: one click, one write. */
export function SubmitButton({ children, pendingText = "Menyimpan…", variant = "primary", ...rest }: { children: React.ReactNode; pendingText?: string; variant?: ButtonVariant } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? pendingText : children}
    </Button>
  );
}
