/** The one shape every form action returns. Safe to import from client components. */
export interface ActionState {
  ok: boolean;
  /** A message for the whole form, in Bahasa Indonesia. */
  message?: string;
  /** Messages per field, shown next to the field. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed, so that a refused form keeps it. Never passwords. */
  values?: Record<string, string>;
}

export const initialActionState: ActionState = { ok: false };
