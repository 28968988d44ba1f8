import "server-only";
/**
 * Batch results kept in this server process's memory for a short while, so that the browser can
 * download them after the upload. Not a database table: results hold children's measurements and
 * must not outlive the session's need for them. Only the uploader may fetch a result; anyone else,
 * and anyone after the TTL, gets "not found" (the same answer, so ids reveal nothing).
 */
import { randomUUID } from "node:crypto";
import type { CsvDelimiter } from "../csv/index.ts";
import { RESULT_MAX_ENTRIES, RESULT_TTL_MS } from "./protocol.ts";

export interface StoredResult {
  userId: string;
  createdAt: number;
  fileBaseName: string;
  delimiter: CsvDelimiter;
  /** Canonical output CSV (see process.ts), UTF-8: about a third of the memory of the same rows as string arrays. */
  csv: Buffer;
}

export interface ResultStoreOptions {
  ttlMs?: number;
  maxEntries?: number;
  /** Cap on the stored CSV bytes together, so that a few huge files cannot exhaust memory. */
  maxTotalBytes?: number;
  now?: () => number;
}

export interface ResultStore {
  put(entry: Omit<StoredResult, "createdAt">): { id: string; expiresAt: number };
  /** The result if it exists, has not expired and belongs to `userId`; else null. */
  get(id: string, userId: string): StoredResult | null;
  size(): number;
}

export function createResultStore(options: ResultStoreOptions = {}): ResultStore {
  const ttl = options.ttlMs ?? RESULT_TTL_MS;
  const maxEntries = options.maxEntries ?? RESULT_MAX_ENTRIES;
  const maxTotalBytes = options.maxTotalBytes ?? 400 * 1024 * 1024;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: the first key is always the oldest entry.
  const entries = new Map<string, StoredResult>();
  let totalBytes = 0;

  const remove = (id: string) => {
    const e = entries.get(id);
    if (!e) return;
    totalBytes -= e.csv.byteLength;
    entries.delete(id);
  };
  const sweep = () => {
    const t = now();
    for (const [id, e] of entries) if (t - e.createdAt >= ttl) remove(id);
  };

  return {
    put(entry) {
      sweep();
      while (entries.size > 0 && (entries.size >= maxEntries || totalBytes + entry.csv.byteLength > maxTotalBytes)) {
        remove(entries.keys().next().value as string);
      }
      const id = randomUUID();
      const createdAt = now();
      entries.set(id, { ...entry, createdAt });
      totalBytes += entry.csv.byteLength;
      return { id, expiresAt: createdAt + ttl };
    },
    get(id, userId) {
      sweep();
      const e = entries.get(id);
      if (!e || e.userId !== userId) return null;
      return e;
    },
    size() {
      sweep();
      return entries.size;
    },
  };
}

const globalStore = globalThis as unknown as { giziBerkasStore?: ResultStore };

/** The process-wide store (one `next start` process serves both the upload and the download). */
export function resultStore(): ResultStore {
  globalStore.giziBerkasStore ??= createResultStore();
  return globalStore.giziBerkasStore;
}
