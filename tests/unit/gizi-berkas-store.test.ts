import { describe, expect, it } from "vitest";
import { createResultStore } from "../../lib/gizi-berkas/store.ts";

const entry = (userId: string, bytes = 10) => ({ userId, fileBaseName: "data", delimiter: "," as const, csv: Buffer.alloc(bytes, 97) });

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("batch result store", () => {
  it("gives a result back to its uploader only", () => {
    const store = createResultStore();
    const { id } = store.put(entry("kader-1"));
    expect(store.get(id, "kader-1")?.fileBaseName).toBe("data");
    expect(store.get(id, "kader-2")).toBeNull();
    expect(store.get("no-such-id", "kader-1")).toBeNull();
  });

  it("forgets a result after the TTL, not before", () => {
    const c = clock();
    const store = createResultStore({ ttlMs: 30 * 60_000, now: c.now });
    const { id, expiresAt } = store.put(entry("u"));
    expect(expiresAt).toBe(c.now() + 30 * 60_000);
    c.advance(30 * 60_000 - 1);
    expect(store.get(id, "u")).not.toBeNull();
    c.advance(1);
    expect(store.get(id, "u")).toBeNull();
    expect(store.size()).toBe(0);
  });

  it("evicts the oldest result beyond the entry cap", () => {
    const c = clock();
    const store = createResultStore({ maxEntriesPerUser: 3, now: c.now });
    const ids = [1, 2, 3, 4].map(() => {
      c.advance(1000);
      return store.put(entry("u")).id;
    });
    expect(store.size()).toBe(3);
    expect(store.get(ids[0], "u")).toBeNull();
    expect(ids.slice(1).every((id) => store.get(id, "u") !== null)).toBe(true);
  });

  it("evicts the oldest results to stay under the byte cap", () => {
    const store = createResultStore({ maxTotalBytes: 100 });
    const a = store.put(entry("u", 40)).id;
    const b = store.put(entry("u", 40)).id;
    const c = store.put(entry("u", 40)).id;
    expect(store.get(a, "u")).toBeNull();
    expect(store.get(b, "u")).not.toBeNull();
    expect(store.get(c, "u")).not.toBeNull();
  });

  it("keeps one kader's result while another uploads many small files", () => {
    const store = createResultStore();
    const mine = store.put(entry("kader-mawar2")).id;
    for (let i = 0; i < 50; i++) store.put(entry("kader-melati1"));
    expect(store.get(mine, "kader-mawar2")).not.toBeNull();
  });

  it("evicts only the uploader's own oldest result beyond the per-user cap", () => {
    const store = createResultStore({ maxEntriesPerUser: 2 });
    const other = store.put(entry("b")).id;
    const [a1, a2, a3] = [1, 2, 3].map(() => store.put(entry("a")).id);
    expect(store.get(a1, "a")).toBeNull();
    expect(store.get(a2, "a")).not.toBeNull();
    expect(store.get(a3, "a")).not.toBeNull();
    expect(store.get(other, "b")).not.toBeNull();
  });

  it("keeps each user within a byte budget, evicting that user's oldest", () => {
    const store = createResultStore({ maxBytesPerUser: 100 });
    const other = store.put(entry("b", 90)).id;
    const a1 = store.put(entry("a", 40)).id;
    const a2 = store.put(entry("a", 40)).id;
    const a3 = store.put(entry("a", 40)).id;
    expect(store.get(a1, "a")).toBeNull();
    expect(store.get(a2, "a")).not.toBeNull();
    expect(store.get(a3, "a")).not.toBeNull();
    expect(store.get(other, "b")).not.toBeNull();
  });

  it("under the total byte budget, takes from whoever holds the most", () => {
    const store = createResultStore({ maxTotalBytes: 100, maxBytesPerUser: 100 });
    const b1 = store.put(entry("b", 25)).id;
    const [a1, a2, a3] = [1, 2, 3].map(() => store.put(entry("a", 25)).id);
    const b2 = store.put(entry("b", 25)).id;
    expect(store.get(a1, "a")).toBeNull();
    expect(store.get(a2, "a")).not.toBeNull();
    expect(store.get(a3, "a")).not.toBeNull();
    expect(store.get(b1, "b")).not.toBeNull();
    expect(store.get(b2, "b")).not.toBeNull();
  });

  it("makes unguessable, distinct ids", () => {
    const store = createResultStore();
    const ids = new Set(Array.from({ length: 10 }, () => store.put(entry("u")).id));
    expect(ids.size).toBe(10);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
