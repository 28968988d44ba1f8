import { describe, expect, it } from "vitest";
import { inOrder } from "../../../lib/dal/in-order.ts";

/** A lazy "query" like Prisma's: it starts only when awaited, and records when it ran. */
function lazy<T>(log: string[], name: string, value: T, ms: number): PromiseLike<T> {
  return { then: (ok, ko) => { log.push(`start ${name}`); return new Promise<T>((r) => setTimeout(() => { log.push(`end ${name}`); r(value); }, ms)).then(ok, ko); } };
}

describe("inOrder", () => {
  it("runs lazy queries one after another and keeps their order and types", async () => {
    const log: string[] = [];
    const [a, b, c] = await inOrder([lazy(log, "a", 1, 20), lazy(log, "b", "x", 1), null]);
    expect([a, b, c]).toEqual([1, "x", null]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
