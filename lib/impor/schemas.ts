/** Import form schemas, shared by the forms and the actions. No server imports. */
import { z } from "zod";

/** The upload form carries only the file (read from FormData by the action). */
export const ZCheckImport = z.object({});

/** Confirming a checked file. */
export const ZApplyImport = z.object({ jobId: z.uuid({ error: "Data impor tidak ditemukan." }) });
export type TApplyImport = z.output<typeof ZApplyImport>;

/** The template download's format. */
export const ZTemplateFormat = z.enum(["csv", "xlsx"]).catch("csv");
