import type { ReactNode } from "react";
import { Field, FieldError, FieldHint, fieldWiring, inputClass, RequiredMark, type FieldProps } from "./field";

/** Attributes a field sets itself (wiring, type, look) and so does not take from its caller. */
type Wired = "id" | "name" | "required" | "type" | "className" | "aria-invalid" | "aria-describedby" | "children";
type InputAttrs = Omit<React.InputHTMLAttributes<HTMLInputElement>, Wired>;
type SelectAttrs = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, Wired>;

/** Splits a field's own props from the attributes that go on its control. */
function split<T extends FieldProps>({ name, id, label, hint, errors, required, describedBy, invalid, className, ...rest }: T) {
  return { field: { name, id, label, hint, errors, required, describedBy, invalid, className }, rest };
}

/** A one-line text input (also password, search, e-mail, phone). */
export function TextField({ type = "text", controlClassName, ...props }: FieldProps & InputAttrs & { type?: "text" | "password" | "search" | "email" | "tel" | "url"; controlClassName?: string }) {
  const { field, rest } = split(props);
  return <Field {...field}>{(c) => <input {...c} {...rest} type={type} className={`${inputClass} ${controlClassName ?? ""}`.trim()} />}</Field>;
}

/**
 * A number typed as text: `type="number"` refuses the comma Indonesian users type ("8,5") and
 * changes the value on a scroll, so the schema parses the text. `decimal` (the default) brings up
 * the keypad with a comma; `decimal={false}` a digits-only keypad.
 */
export function NumberField({ decimal = true, autoComplete = "off", ...props }: FieldProps & InputAttrs & { decimal?: boolean }) {
  const { field, rest } = split(props);
  return <Field {...field}>{(c) => <input {...c} autoComplete={autoComplete} {...rest} type="text" inputMode={decimal ? "decimal" : "numeric"} className={inputClass} />}</Field>;
}

/** A date picker; the value is YYYY-MM-DD whatever the phone shows. */
export function DateField(props: FieldProps & InputAttrs) {
  const { field, rest } = split(props);
  return <Field {...field}>{(c) => <input {...c} {...rest} type="date" className={inputClass} />}</Field>;
}

export interface SelectOption { value: string | number; label: string }

/**
 * A native select (keyboard, phone pickers and screen readers work as users expect). `placeholder` is
 * the empty first choice; `options` a flat list, or `children` for optgroups.
 */
export function SelectField({ placeholder, options, children, ...props }: FieldProps & SelectAttrs & { placeholder?: string; options?: readonly SelectOption[]; children?: ReactNode }) {
  const { field, rest } = split(props);
  return (
    <Field {...field}>
      {(c) => (
        <select {...c} {...rest} className={inputClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * A checkbox with its label beside it; the whole row is at least 44 px tall, and the label is
 * clickable. Hint and error sit under the label, tied to the box like the other fields.
 */
export function CheckboxField({ name, id = name, label, hint, errors, required, describedBy, invalid, className, ...rest }: FieldProps & Omit<InputAttrs, "placeholder">) {
  const w = fieldWiring({ name, id, hint, errors, required, describedBy, invalid });
  return (
    <div className={`flex min-h-11 items-start gap-2 ${className ?? ""}`.trim()}>
      <input {...w.control} {...rest} type="checkbox" className="mt-3 h-5 w-5 shrink-0" />
      <div className="flex flex-col gap-1 pt-2.5">
        <label htmlFor={w.control.id} className="text-sm">
          {label}
          {required ? <RequiredMark /> : null}
        </label>
        {hint ? <FieldHint id={w.hintId}>{hint}</FieldHint> : null}
        <FieldError id={w.errorId} errors={errors} />
      </div>
    </div>
  );
}
