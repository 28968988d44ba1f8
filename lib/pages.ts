import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors.ts";

/** Awaits a query; a record outside scope (NotFoundError) becomes the page's 404. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
