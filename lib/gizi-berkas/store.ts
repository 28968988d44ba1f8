import "server-only";
/**
 * Batch results kept in this server process's memory for a short while, so that the browser can
 * download them after the upload. Not a database table: results hold children's measurements and
 * must not outlive the session's need for them. Only the uploader may fetch a result; anyone else,
 * and anyone after the TTL, gets "not found" (the same answer, so ids reveal nothing).
 *
 * Limits are per user (a count and a byte budget, evicting that user's own oldest result) so that
 * one kader's many uploads never push out another's result before its 30 minutes are up. The total
 * byte budget only guards memory; when it bites, it takes from whoever holds the most bytes.
 */
import { randomUUID } from "node:crypto";
import type { CsvDelimiter } from "../csv/index.ts";
import { RESULT_MAX_PER_USER, RESULT_TTL_MS } from "./protocol.ts";

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
  /** Results one user keeps at most; the user's oldest goes first. */
  maxEntriesPerUser?: number;
  /** Stored CSV bytes one user keeps at most (the newest result is always kept). */
  maxBytesPerUser?: number;
  /** Cap on the stored CSV bytes of everyone together, so that memory stays bounded. */
  maxTotalBytes?: number;
  now?: () => number;
}

export interface ResultStore {
  put(entry: Omit<StoredResult, "createdAt">): { id: string; expiresAt: number };
  /** The result if it exists, has not expired and belongs to `userId`; else null. */
  get(id: string, userId: string): StoredResult | null;
  size(): number;
}

/** A 200.000-row result is about 60 MB of CSV: two of them per user, and room for several users. */
const DEFAULT_MAX_BYTES_PER_USER = 128 * 1024 * 1024;
const DEFAULT_MAX_TOTAL_BYTES = 512 * 1024 * 1024;

interface UserShelf {
  /** Ids in insertion order: the first is the user's oldest. */
  ids: string[];
  bytes: number;
}

export function createResultStore(options: ResultStoreOptions = {}): ResultStore {
  const ttl = options.ttlMs ?? RESULT_TTL_MS;
  const maxPerUser = options.maxEntriesPerUser ?? RESULT_MAX_PER_USER;
  const maxBytesPerUser = options.maxBytesPerUser ?? DEFAULT_MAX_BYTES_PER_USER;
  const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: the first key is always the oldest entry.
  const entries = new Map<string, StoredResult>();
  const shelves = new Map<string, UserShelf>();
  let totalBytes = 0;

  const remove = (id: string) => {
    const e = entries.get(id);
    if (!e) return;
    totalBytes -= e.csv.byteLength;
    entries.delete(id);
    const shelf = shelves.get(e.userId)!;
    shelf.ids.splice(shelf.ids.indexOf(id), 1);
    shelf.bytes -= e.csv.byteLength;
    if (shelf.ids.length === 0) shelves.delete(e.userId);
  };
  const sweep = () => {
    const t = now();
    for (const [id, e] of entries) {
      if (t - e.createdAt < ttl) break;
      remove(id);
    }
  };
  /** The user holding the most bytes, counting `extra` for `userId` (the upload being stored). */
  const largestHolder = (userId: string, extra: number): string | undefined => {
    let best: string | undefined;
    let bestBytes = -1;
    for (const [user, shelf] of shelves) {
      const bytes = shelf.bytes + (user === userId ? extra : 0);
      if (bytes > bestBytes) [best, bestBytes] = [user, bytes];
    }
    return best;
  };

  return {
    put(entry) {
      sweep();
      const size = entry.csv.byteLength;
      const own = () => shelves.get(entry.userId);
      while ((own()?.ids.length ?? 0) >= maxPerUser || ((own()?.bytes ?? 0) > 0 && own()!.bytes + size > maxBytesPerUser)) remove(own()!.ids[0]);
      while (entries.size > 0 && totalBytes + size > maxTotalBytes) remove(shelves.get(largestHolder(entry.userId, size)!)?.ids[0] ?? entries.keys().next().value!);
      const id = randomUUID();
      const createdAt = now();
      entries.set(id, { ...entry, createdAt });
      const shelf = own() ?? { ids: [], bytes: 0 };
      shelf.ids.push(id);
      shelf.bytes += size;
      shelves.set(entry.userId, shelf);
      totalBytes += size;
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
