/** Text search in list filters: what the user typed is matched literally, whatever its characters. */

/** A picker that searches on the server as the user types shows at most this many choices at a time. */
export const CHOICE_LIMIT = 30;

/** Escapes LIKE's wildcards (`%`, `_`) and its escape character, so that "%" finds a "%" and not everything. */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, "\\$&");
}

/** Prisma's case-insensitive "contains" filter for a typed search term (LIKE wildcards escaped). */
export function containsText(q: string) {
  return { contains: escapeLike(q), mode: "insensitive" as const };
}

/** Prisma's "starts with" filter for a typed prefix such as a Kemendagri code. */
export function startsWithText(q: string) {
  return { startsWith: escapeLike(q) };
}
