/** The visit sync routes read at most MAX_BODY_BYTES of body: larger is refused (413) before parsing or writing. */
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { readCapped } from "../../../lib/http/read-capped.ts";

// The route's shared error messages come with the action runner, which needs Next at run time.
vi.mock("../../../lib/actions/protected-action.ts", () => ({ INVALID_INPUT_MESSAGE: "Periksa lagi isian yang ditandai.", SERVER_ERROR_MESSAGE: "Terjadi kesalahan." }));
vi.mock("../../../lib/kunjungan/dal.ts", () => ({ LOCKED_MESSAGE: "terkunci" }));
const { handleJson, MAX_BODY_BYTES } = await import("../../../lib/http/route-json.ts");
import type { Viewer } from "../../../lib/access/viewer-type.ts";

const viewer = { id: "u" } as Viewer;
const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
/** A body sent in pieces with no Content-Length, as a client that hides its size would. */
function streamed(bytes: number): Request {
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent >= bytes) return c.close();
      sent += piece.byteLength;
      c.enqueue(piece);
    },
  });
  return post(body);
}

describe("readCapped", () => {
  it("reads a body up to the cap, exactly at it too", async () => {
    expect(await readCapped(post('{"a":1}'), MAX_BODY_BYTES)).toBe('{"a":1}');
    expect((await readCapped(post("x".repeat(MAX_BODY_BYTES)), MAX_BODY_BYTES))!.length).toBe(MAX_BODY_BYTES);
  });
  it("stops past the cap, by the declared length or while reading", async () => {
    expect(await readCapped(post("x".repeat(MAX_BODY_BYTES + 1)), MAX_BODY_BYTES)).toBeNull();
    expect(await readCapped(post("{}", { "content-length": String(MAX_BODY_BYTES + 1) }), MAX_BODY_BYTES)).toBeNull();
    expect(await readCapped(streamed(MAX_BODY_BYTES * 4), MAX_BODY_BYTES)).toBeNull();
  });
});

describe("handleJson", () => {
  it("refuses an oversized body with 413 in Bahasa and never calls the write", async () => {
    const fn = vi.fn(async () => ({}));
    const res = await handleJson(streamed(MAX_BODY_BYTES * 2), viewer, z.object({}), fn);
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/terlalu besar/);
    expect(fn).not.toHaveBeenCalled();
  });
  it("a body within the cap is parsed and passed on; unreadable JSON is 400", async () => {
    const fn = vi.fn(async (_v: Viewer, input: { a: number }) => ({ got: input.a }));
    const ok = await handleJson(post('{"a":2}'), viewer, z.object({ a: z.number() }), fn);
    expect(await ok.json()).toEqual({ ok: true, got: 2 });
    expect((await handleJson(post("{"), viewer, z.object({}), vi.fn())).status).toBe(400);
  });
});
