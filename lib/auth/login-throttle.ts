/**
 * Failed sign-ins kept in memory, per server process: good enough for one `next start`; several
 * processes behind a load balancer would each keep their own count (a client gets N tries per
 * process), and a restart forgets them. Nothing here touches the database.
 */

/** Failures per client (IP) in a window; at the limit the client is refused until the window ends. */
export const CLIENT_MAX_FAILURES = 20;
export const CLIENT_WINDOW_MINUTES = 15;

/** Bounded maps: the oldest entry goes first, so a flood of names or addresses cannot exhaust memory. */
const MAX_KEYS = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V) {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value as string);
}

/**
 * Per-client limit, so that one client cannot lock everyone's account: after CLIENT_MAX_FAILURES
 * wrong sign-ins within CLIENT_WINDOW_MINUTES (counted from the first), the client is refused before
 * any password is checked, and no account's counter moves.
 */
export class ClientThrottle {
  private entries = new Map<string, { since: number; count: number }>();
  constructor(private max = CLIENT_MAX_FAILURES, private windowMs = CLIENT_WINDOW_MINUTES * 60_000) {}

  /** When the client may try again, or null when it may try now. */
  blockedUntil(client: string, now: Date): Date | null {
    const e = this.entries.get(client);
    if (!e || now.getTime() >= e.since + this.windowMs) return null;
    return e.count >= this.max ? new Date(e.since + this.windowMs) : null;
  }

  recordFailure(client: string, now: Date): void {
    const e = this.entries.get(client);
    const fresh = !e || now.getTime() >= e.since + this.windowMs;
    remember(this.entries, client, fresh ? { since: now.getTime(), count: 1 } : { since: e.since, count: e.count + 1 });
  }
}

/**
 * Usernames that do not exist (or are deactivated) get the same lockout answer as real accounts: the
 * Nth wrong try locks the name for the same minutes. Otherwise "Akun dikunci" on the 5th try would
 * tell an attacker which usernames exist.
 */
export class UnknownNameLocks {
  private entries = new Map<string, { count: number; lockedUntil: number | null }>();
  constructor(private max: number, private lockMs: number) {}

  lockedUntil(name: string, now: Date): Date | null {
    const e = this.entries.get(name);
    return e?.lockedUntil && e.lockedUntil > now.getTime() ? new Date(e.lockedUntil) : null;
  }

  /** Counts a failure like the database does for real accounts; returns the lock time once locked. */
  recordFailure(name: string, now: Date): Date | null {
    const e = this.entries.get(name);
    const expired = !!e?.lockedUntil && e.lockedUntil <= now.getTime();
    const count = !e || expired ? 1 : e.count + 1;
    const lockedUntil = count >= this.max ? now.getTime() + this.lockMs : null;
    remember(this.entries, name, { count, lockedUntil });
    return lockedUntil ? new Date(lockedUntil) : null;
  }
}

/**
 * The client's address for the throttle: the last X-Forwarded-For entry, i.e. the one written by the
 * nearest hop. Behind one reverse proxy (nginx `proxy_add_x_forwarded_for` or `$remote_addr`) that is
 * the address the proxy saw; without a proxy `next start` fills the header from the socket. Entries
 * further left are whatever the client claimed, so they are never used. (Run without a proxy, a client
 * that sends its own header picks its own bucket: deploy behind the proxy.)
 */
export function clientKey(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return hops.at(-1)?.slice(0, 64) ?? "unknown";
}
