/**
 * The draft a supervisor keeps on the device while conducting a visit, and the rules for it. Pure
 * (no storage, no fetch) so that it is unit-tested: which state to start from after a reload, how a
 * change is counted until the server has it, and how an answer is changed.
 *
 * The device sends the WHOLE draft each time (one visit is small: ~40 answers, a few attendees and
 * findings), so a resend is idempotent and the newest send wins; `rev` counts the changes made on
 * the device and `sentRev` the newest change the server has confirmed.
 */
import type { TDraf } from "./schemas.ts";

export type Draf = TDraf;
export type JawabanDraf = Draf["jawaban"][number];

export interface LocalDraf {
  draf: Draf;
  /** Changes made on this device (increases by one per change). */
  rev: number;
  /** The newest `rev` the server has confirmed. */
  sentRev: number;
  /** The visit's updatedAt the server answered with at the last confirmed send. */
  serverVersi: string | null;
}

export const storageKey = (kunjunganId: string) => `pantau.kunjungan.${kunjunganId}`;

/** How many changes the server does not have yet. */
export const pendingCount = (l: Pick<LocalDraf, "rev" | "sentRev">) => Math.max(0, l.rev - l.sentRev);

/**
 * The state to start from when the page opens: the device's copy when it holds changes the server
 * lacks, or when the page itself is older than what the device last sent (a page served from the
 * offline cache); otherwise the server's (someone may have changed it from another device).
 */
export function chooseStart(server: { draf: Draf; versi: string }, local: LocalDraf | null): LocalDraf {
  const fresh: LocalDraf = { draf: server.draf, rev: 0, sentRev: 0, serverVersi: server.versi };
  if (!local) return fresh;
  if (pendingCount(local) > 0) return local;
  if (local.serverVersi && local.serverVersi >= server.versi) return local;
  return fresh;
}

/** One change on the device. */
export function change(l: LocalDraf, f: (d: Draf) => Draf): LocalDraf {
  return { ...l, draf: f(l.draf), rev: l.rev + 1 };
}

/** The server confirmed the send that carried changes up to `rev`; later changes stay pending. */
export function confirmSent(l: LocalDraf, rev: number, versi: string): LocalDraf {
  return { ...l, sentRev: Math.max(l.sentRev, rev), serverVersi: versi };
}

const EMPTY: Omit<JawabanDraf, "butirId"> = { nilai: null, teks: null, na: false, catatan: null, fakta: null };

/** Sets part of one item's answer (creating it), keeping the rest. */
export function setJawaban(d: Draf, butirId: string, patch: Partial<Omit<JawabanDraf, "butirId">>): Draf {
  const i = d.jawaban.findIndex((j) => j.butirId === butirId);
  const before = i >= 0 ? d.jawaban[i] : { butirId, ...EMPTY };
  const next = { ...before, ...patch };
  const jawaban = i >= 0 ? d.jawaban.map((j, k) => (k === i ? next : j)) : [...d.jawaban, next];
  return { ...d, jawaban };
}

/** Replaces or adds one element with an id (attendee, finding). */
export function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/** Reads the device's copy; anything unreadable (an old format, a full disk) counts as none. */
export function parseLocal(raw: string | null): LocalDraf | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as LocalDraf;
    if (!v || typeof v !== "object" || !v.draf || !Array.isArray(v.draf.jawaban) || typeof v.rev !== "number" || typeof v.sentRev !== "number") return null;
    return v;
  } catch {
    return null;
  }
}

/** The sync state in words, as the screen shows it. */
export function syncLabel(s: { pending: number; online: boolean; sending: boolean; error: string | null }): string {
  if (s.error) return s.error;
  if (s.pending === 0) return "Tersimpan di server";
  if (!s.online) return `Menunggu sinyal: ${s.pending} perubahan belum terkirim`;
  return s.sending ? `Mengirim ${s.pending} perubahan…` : `${s.pending} perubahan belum terkirim`;
}
