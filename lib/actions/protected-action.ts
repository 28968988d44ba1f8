import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "../auth/viewer.ts";
import { can, type Permission } from "../access/permissions.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { DomainError, ForbiddenError, NotFoundError, isUniqueViolation } from "../errors.ts";
import type { ActionState } from "./action-state.ts";

export type ActionResult = ActionState | { redirectTo: string };

/** A schema, or one chosen per viewer (e.g. the Dinkes admin edits the whole record, others part of it). */
export type SchemaFor<S extends z.ZodType> = S | ((viewer: Viewer) => S);

/** Any signed-in viewer may run the action (their own account: change password). */
export const SIGNED_IN = "signed-in";

export interface ProtectedActionOptions {
  /** Also runs while the account must change its password (only the change-password form itself). */
  allowPasswordChange?: boolean;
}

export const INVALID_INPUT_MESSAGE = "Periksa lagi isian yang ditandai.";
export const SERVER_ERROR_MESSAGE = "Terjadi kesalahan di server; tidak ada yang disimpan. Coba lagi.";

// The change-password form names its fields current/next/confirm: never echoed back either.
const SECRET_FIELDS = /password|sandi|token|^(current|next|confirm)$/i;

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$")) out[key] = value;
  }
  return out;
}

/** FormData to a plain object: repeated keys (checkbox groups, multi-selects) become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * The part every form action shares, signed in or not: parse every field (errors in Bahasa), call
 * `fn`, and turn what it throws into a message the user may see. Anything unexpected is logged and
 * answered with a generic message, so that no SQL, stack or secret reaches the browser. `redirect`
 * runs outside the try so that Next can do its work.
 */
async function runAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  values: Record<string, string>,
  fn: (input: z.output<S>) => Promise<ActionResult>,
): Promise<ActionState> {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return { ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: flat.fieldErrors as Record<string, string[]>, values };
  }
  let result: ActionResult;
  try {
    result = await fn(parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return { ok: false, message: error.message, values };
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
    if (isUniqueViolation(error)) return { ok: false, message: "Data dengan nama atau kode yang sama sudah ada.", values };
    console.error(error);
    return { ok: false, message: SERVER_ERROR_MESSAGE, values };
  }
  if ("redirectTo" in result) redirect(result.redirectTo);
  return result.ok ? result : { values, ...result };
}

/**
 * Wraps a form action: who is asking, may they, is the input valid (every field, in Bahasa), then the
 * DAL call. Scope is checked again inside the DAL, against the record itself.
 */
export function protectedAction<S extends z.ZodType>(
  permission: Permission | typeof SIGNED_IN,
  schema: SchemaFor<S>,
  fn: (viewer: Viewer, input: z.output<S>, formData: FormData) => Promise<ActionResult>,
  options: ProtectedActionOptions = {},
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const viewer = await getViewer();
    if (!viewer) redirect("/login");
    if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/ganti-password");
    if (permission !== SIGNED_IN && !can(viewer, permission)) return { ok: false, message: new ForbiddenError().message, values };
    const resolved = typeof schema === "function" ? schema(viewer) : schema;
    return runAction(resolved, formData, values, (input) => fn(viewer, input, formData));
  };
}

/** The one action without a viewer (signing in): the same parsing and error answers, nothing else. */
export function publicAction<S extends z.ZodType>(schema: S, fn: (input: z.output<S>, formData: FormData) => Promise<ActionResult>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => runAction(schema, formData, formValues(formData), (input) => fn(input, formData));
}
