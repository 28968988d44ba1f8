/**
 * The device's queue of posyandu-day writes (browser only): every new person and every entry is kept
 * in IndexedDB with the id the device made, until the server confirms it. A plain IndexedDB wrapper
 * (one store, a handful of calls) rather than a package: nothing here needs more.
 *
 * Confirmed items stay on the device marked "terkirim" (so the day's attendance is complete on a page
 * that the worker served from an older copy, or that the browser restored from its history) until the
 * user signs out.
 *
 * Items belong to the signed-in user (`userId`): the waiting count and the sign-out warning count only
 * that user's items, and signing out clears them once the warning is accepted.
 */
export type JenisAntrian = "sasaran" | "pemeriksaan";
/** menunggu: not yet confirmed; ditolak: refused (kept with the message until corrected); terkirim: confirmed. */
export type StatusAntrian = "menunggu" | "ditolak" | "terkirim";

export interface ItemAntrian {
  /** The device-made id of the person or the entry (the server upserts by it). */
  id: string;
  userId: string;
  hariBukaId: string;
  jenis: JenisAntrian;
  body: Record<string, unknown>;
  status: StatusAntrian;
  pesan?: string;
  fieldErrors?: Record<string, string[]>;
  /** After the server confirmed: its id (another device's entry of the same person and day) and verdict. */
  serverId?: string;
  dirujuk?: boolean;
  temuan?: { kode: string; label: string; rujuk: boolean }[];
  /** ms since epoch: people are sent before entries, older before newer. */
  dibuat: number;
}

const DB_NAME = "pantau-hari-buka";
const STORE = "antrian";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "id" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The user's items (of one day, when given), people first, then by age. */
export async function daftarAntrian(userId: string, hariBukaId?: string): Promise<ItemAntrian[]> {
  const all = ((await run<ItemAntrian[]>("readonly", (s) => s.getAll())) ?? []) as ItemAntrian[];
  return all
    .filter((i) => i.userId === userId && (!hariBukaId || i.hariBukaId === hariBukaId))
    .sort((a, b) => (a.jenis === b.jenis ? a.dibuat - b.dibuat : a.jenis === "sasaran" ? -1 : 1));
}

export async function bacaAntrian(id: string): Promise<ItemAntrian | undefined> {
  return (await run<ItemAntrian>("readonly", (s) => s.get(id))) as ItemAntrian | undefined;
}

/**
 * Records the server's answer for the item as it was sent: unless the item was saved again meanwhile
 * (a newer `dibuat`), which then stays waiting and is sent next.
 */
export async function tandaiAntrian(sent: ItemAntrian, patch: Partial<ItemAntrian>): Promise<boolean> {
  const now = await bacaAntrian(sent.id);
  if (now && now.dibuat !== sent.dibuat) return false;
  await simpanAntrian({ ...sent, ...patch });
  return true;
}

export async function simpanAntrian(item: ItemAntrian): Promise<void> {
  await run("readwrite", (s) => s.put(item));
}

export async function hapusAntrian(id: string): Promise<void> {
  await run("readwrite", (s) => s.delete(id));
}

/** How many of the user's items are not confirmed by the server (all days): the sign-out warning names it. */
export async function jumlahMenunggu(userId: string): Promise<number> {
  try {
    return (await daftarAntrian(userId)).filter((i) => i.status !== "terkirim").length;
  } catch {
    return 0;
  }
}

/** Clears the user's waiting items (at sign-out; the pages kept for offline use go with every "pantau-" cache). */
export async function hapusDataPengguna(userId: string): Promise<void> {
  try {
    for (const i of await daftarAntrian(userId)) await hapusAntrian(i.id);
  } catch {}
}

/** Backoff between retries while items wait: 2 s, 4 s, 8 s … at most a minute. */
export function jedaCoba(percobaan: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, percobaan));
}
