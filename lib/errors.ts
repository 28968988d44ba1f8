/** A record that does not exist, or that the viewer may not see: both answer the same. */
export class NotFoundError extends Error {
  constructor(message = "Data tidak ditemukan.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The viewer may see the record but not do this to it. */
export class ForbiddenError extends Error {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A rule of the domain was broken; the message is for the user, in Bahasa Indonesia. */
export class DomainError extends Error {
  constructor(message: string, public fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "DomainError";
  }
}

/** Prisma's unique-constraint violation, from the client or the driver adapter. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "P2002" || e?.cause?.code === "23505";
}
