import "server-only";
import { db } from "../db.ts";
import type { Viewer } from "../access/viewer-type.ts";
import { can } from "../access/permissions.ts";
import { importHistoryScope, importJobScope, userScope } from "../access/scope.ts";
import { NotFoundError } from "../errors.ts";
import type { ImportSummary, RowOutcome } from "./plan.ts";
import type { ImportRow } from "./validate.ts";
import { planAgainstDb } from "./existing.ts";
import { isUuid } from "../dal/ids.ts";

/** How many rows of the preview the page lists; the counts always cover the whole file. */
export const PREVIEW_ROWS = 300;

export type ImportJobView = {
  id: string;
  fileName: string;
  createdAt: Date;
  appliedAt: Date | null;
  /** Applied jobs: what was written. Valid jobs: what confirming would write now. */
  summary: ImportSummary;
  /** Valid jobs only: the first rows of the preview, with what each would do. */
  outcomes: RowOutcome[];
  /** An earlier applied import of exactly the same file, if any. */
  sameFileAppliedAt: Date | null;
} & ({ status: "VALID" } | { status: "APPLIED" });

/** One import job of the viewer (own job, own kabupaten); anything else is NotFoundError. */
export async function getImportJob(viewer: Viewer, id: string): Promise<ImportJobView> {
  if (!can(viewer, "import.run") || !isUuid(id)) throw new NotFoundError();
  const job = await db.importJob.findFirst({ where: { AND: [{ id }, importJobScope(viewer)] }, select: { id: true, fileName: true, sha256: true, status: true, rows: true, summary: true, createdAt: true, appliedAt: true } });
  if (!job) throw new NotFoundError();
  const base = { id: job.id, fileName: job.fileName, createdAt: job.createdAt, appliedAt: job.appliedAt };
  if (job.status === "APPLIED") return { ...base, status: "APPLIED", summary: job.summary as unknown as ImportSummary, outcomes: [], sameFileAppliedAt: null };
  const [plan, same] = await Promise.all([
    planAgainstDb(db, viewer, job.rows as unknown as ImportRow[]),
    db.importJob.findFirst({ where: { AND: [{ sha256: job.sha256, status: "APPLIED", NOT: { id: job.id } }, importHistoryScope(viewer)] }, orderBy: { appliedAt: "desc" }, select: { appliedAt: true } }),
  ]);
  return { ...base, status: "VALID", summary: plan.summary, outcomes: plan.outcomes.slice(0, PREVIEW_ROWS), sameFileAppliedAt: same?.appliedAt ?? null };
}

export interface ImportHistoryRow {
  id: string;
  fileName: string;
  status: string;
  createdAt: Date;
  appliedAt: Date | null;
  by: string;
  /** Only the uploader may open (and confirm) a job. */
  isOwn: boolean;
  summary: ImportSummary | null;
}

/** The latest imports of the viewer's kabupaten, newest first (Dinkes admin). */
export async function listImportJobs(viewer: Viewer, take = 20): Promise<ImportHistoryRow[]> {
  if (!can(viewer, "import.run")) throw new NotFoundError();
  const jobs = await db.importJob.findMany({ where: importHistoryScope(viewer), orderBy: [{ createdAt: "desc" }, { id: "asc" }], take, select: { id: true, fileName: true, status: true, createdAt: true, appliedAt: true, createdById: true, summary: true } });
  const users = await db.user.findMany({ where: { AND: [{ id: { in: [...new Set(jobs.map((j) => j.createdById))] } }, userScope(viewer)] }, select: { id: true, nama: true, username: true } });
  const byId = new Map(users.map((u) => [u.id, `${u.nama} (${u.username})`]));
  return jobs.map((j) => ({
    id: j.id,
    fileName: j.fileName,
    status: j.status,
    createdAt: j.createdAt,
    appliedAt: j.appliedAt,
    by: byId.get(j.createdById) ?? "–",
    isOwn: j.createdById === viewer.id,
    summary: (j.summary as unknown as ImportSummary | null) ?? null,
  }));
}
