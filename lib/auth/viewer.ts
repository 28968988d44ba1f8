import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { readSession } from "./session-token.ts";
import { db } from "../db.ts";
import { onPrimary } from "../prisma-client.ts";
import { loadViewer } from "./load-viewer.ts";
import type { Viewer } from "../access/viewer-type.ts";

/**
 * The signed-in user with role and scope, from the database (not from the cookie), once per request.
 * Null when signed out, deactivated, or when the session predates a password change or reset.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await readSession(await headers());
  if (!session) return null;
  // The primary, never a replica: a session revoked by logout or a password change must die at once.
  return loadViewer(onPrimary(db), session.userId, session.sessionVersion);
});

/** For pages: the viewer, or a redirect to the login page. */
export async function requireViewer(options: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.mustChangePassword && !options.allowPasswordChange) redirect("/ganti-password");
  return viewer;
}
