/**
 * The JSON routes that devices sync to (the supervision visit's draft, the posyandu day's entries)
 * share this, after their guard (route-guard: signed in, same origin, the permission): the body read
 * with a byte cap and parsed with the feature's schema (errors per field, in Bahasa), and the DAL's
 * errors as JSON with a status the screen acts on: 401 sign in again, 404 not found (also outside
 * scope), 409 locked (the messages the caller names in `conflict`), 422 refused (the device keeps what
 * was typed and shows why).
 */
import "server-only";
import { z } from "zod";
import type { Viewer } from "../access/viewer-type.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../errors.ts";
import { INVALID_INPUT_MESSAGE, SERVER_ERROR_MESSAGE } from "../actions/protected-action.ts";
import { readCapped } from "./read-capped.ts";

const NO_STORE = { "Cache-Control": "no-store" };
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });

/** A visit's whole draft or one entry is a few kB; anything far larger is refused while reading. */
export const MAX_BODY_BYTES = 512 * 1024;

export async function handleJson<S extends z.ZodType>(request: Request, viewer: Viewer, schema: S, fn: (viewer: Viewer, input: z.output<S>) => Promise<unknown>, options: { conflict?: readonly string[] } = {}): Promise<Response> {
  const text = await readCapped(request, MAX_BODY_BYTES);
  if (text === null) return json({ message: "Data yang dikirim terlalu besar (paling banyak 512 KB). Muat ulang halaman." }, 413);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ message: "Data yang dikirim tidak terbaca. Muat ulang halaman." }, 400);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return json({ message: INVALID_INPUT_MESSAGE, fieldErrors: z.flattenError(parsed.error).fieldErrors }, 422);
  try {
    return json({ ok: true, ...((await fn(viewer, parsed.data)) as object) });
  } catch (error) {
    if (error instanceof NotFoundError) return json({ message: error.message }, 404);
    if (error instanceof ForbiddenError) return json({ message: error.message }, 403);
    if (error instanceof DomainError) return json({ message: error.message, fieldErrors: error.fieldErrors }, options.conflict?.includes(error.message) ? 409 : 422);
    console.error(error);
    return json({ message: SERVER_ERROR_MESSAGE }, 500);
  }
}
