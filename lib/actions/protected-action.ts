import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "../auth/viewer.ts";
import { can, type Permission } from "../access/permissions.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { DomainError, ForbiddenError, NotFoundError, isUniqueViolation } from "../errors.ts";
import type { ActionState } from "./action-state.ts";

export type ActionResult = ActionState | { redirectTo: string };

const SECRET_FIELDS = /password|sandi|token/i;

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
 * Wraps a form action: who is asking, may they, is the input valid (every field, in Bahasa), then the
 * DAL call. Scope is checked again inside the DAL, against the record itself. `redirect` runs outside
 * the try so that Next can do its work.
 */
export function protectedAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  fn: (viewer: Viewer, input: z.output<S>, formData: FormData) => Promise<ActionResult>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const viewer = await getViewer();
    if (!viewer) redirect("/login");
    if (viewer.mustChangePassword) redirect("/ganti-password");
    if (!can(viewer, permission)) return { ok: false, message: new ForbiddenError().message, values };
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return { ok: false, message: "Periksa lagi isian yang ditandai.", fieldErrors: flat.fieldErrors as Record<string, string[]>, values };
    }
    let result: ActionResult;
    try {
      result = await fn(viewer, parsed.data, formData);
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return { ok: false, message: error.message, values };
      if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
      if (isUniqueViolation(error)) return { ok: false, message: "Data dengan nama atau kode yang sama sudah ada.", values };
      console.error(error);
      return { ok: false, message: "Terjadi kesalahan di server; tidak ada yang disimpan. Coba lagi.", values };
    }
    if ("redirectTo" in result) redirect(result.redirectTo);
    return result.ok ? result : { values, ...result };
  };
}
