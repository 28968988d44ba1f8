import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";

/** Every text-like control: full width on a 360-px phone, 44 px tall for a thumb, red border when refused. */
export const inputClass = "min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** A CSV/XLSX file input (imports and batch uploads): what it accepts and how it looks. */
export const TABLE_FILE_ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const fileInputClass = `${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-800`;

/** What every labelled field takes. */
export interface FieldProps {
  name: string;
  /** Defaults to `name`: error ids then read `${name}-error`, which the tests and screen readers follow. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's messages from ActionState.fieldErrors; all of them are shown, not only the first. */
  errors?: string[];
  /** Marked with a visible star and the control's `required` (read out by screen readers). */
  required?: boolean;
  /** Ids of messages shown elsewhere that also describe the control (e.g. a list in an alert). */
  describedBy?: string;
  /** Marks the control invalid for a problem shown elsewhere (see `describedBy`). */
  invalid?: boolean;
  /** Classes for the field's wrapper, e.g. a grid span. */
  className?: string;
}

/** The attributes that tie one control to its label, hint and error. */
export interface ControlWiring {
  id: string;
  name: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export interface FieldWiring {
  control: ControlWiring;
  hintId: string;
  errorId: string;
  hasError: boolean;
}

/** Ids and ARIA attributes of a field; the error comes first in `aria-describedby` so it is read first. */
export function fieldWiring({ name, id = name, hint, errors, required, describedBy, invalid }: Omit<FieldProps, "label" | "className">): FieldWiring {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = !!errors?.length;
  const ids = [hasError ? errorId : null, describedBy || null, hint ? hintId : null].filter(Boolean);
  return {
    control: { id, name, required: required || undefined, "aria-invalid": hasError || invalid ? true : undefined, "aria-describedby": ids.length ? ids.join(" ") : undefined },
    hintId,
    errorId,
    hasError,
  };
}

/** The visible mark of a required field; hidden from screen readers, which hear the control's `required`. */
export function RequiredMark() {
  return <span className="text-red-700" aria-hidden> *</span>;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return <p id={id} className="text-xs text-slate-600">{children}</p>;
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? <p id={id} className="text-sm text-red-700" role="alert">{errors.join(" ")}</p> : null;
}

/**
 * A label above its control, then the hint and the errors. The control is drawn by `children`, which
 * gets the id, name, `required` and ARIA attributes to spread on it, so no form repeats that wiring.
 * Use the primitives in form-fields.tsx; call this directly only for controls they do not cover (file).
 */
export function Field({ label, className, children, ...props }: FieldProps & { children: (control: ControlWiring) => ReactNode }) {
  const w = fieldWiring(props);
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`.trim()}>
      <label htmlFor={w.control.id} className="text-sm font-medium text-slate-800">
        {label}
        {props.required ? <RequiredMark /> : null}
      </label>
      {children(w.control)}
      {props.hint ? <FieldHint id={w.hintId}>{props.hint}</FieldHint> : null}
      <FieldError id={w.errorId} errors={props.errors} />
    </div>
  );
}

export interface FormFields {
  value: (name: string) => string;
  errors: (name: string) => string[] | undefined;
  field: (name: string) => { name: string; defaultValue: string; errors: string[] | undefined };
  isChecked: (name: string, on?: string) => boolean;
}

/**
 * Each field's name, kept value and errors after a refused submit: what the user typed
 * (`state.values`) wins over the stored record (`initial`). Spread into a field:
 * `<TextField {...f.field("nama")} label="Nama" />`. Passwords are never in `values`, so never kept.
 */
export function formFields(state: ActionState, initial: object = {}): FormFields {
  const values: Record<string, unknown> = { ...initial, ...(state.values ?? {}) };
  const fieldErrors = state.fieldErrors ?? {};
  const value = (name: string) => (values[name] == null ? "" : String(values[name]));
  return {
    value,
    errors: (name: string) => fieldErrors[name],
    field: (name: string) => ({ name, defaultValue: value(name), errors: fieldErrors[name] }),
    /** A checkbox is kept ticked when the record says true or the refused submit sent its value. */
    isChecked: (name: string, on = "on") => values[name] === true || values[name] === on,
  };
}
