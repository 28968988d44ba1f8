/** Where the browser may go after signing in: only a plain path of this site (open redirect, issue 7). */
import { describe, expect, it } from "vitest";
import { safeNext } from "../../../lib/auth/safe-next.ts";

const NASTY = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "\t//evil.example",
  " /posyandu",
  "/posyandu\\..\\..\\evil",
  "/posyandu?q=\\evil",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "/posyandu%00",
  "/posyandu\u0000",
  "/posyandu\u007f",
  "/posyandu\u0085",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/../\\evil.example",
  "https://evil.example",
  "http://evil.example/posyandu",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "posyandu",
  "",
  "/" + "a".repeat(3000),
];

describe("safeNext", () => {
  it.each(NASTY)("%j goes home instead", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it.each([null, undefined, 42, {}, ["/posyandu"]])("a non-string (%j) goes home", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/posyandu", "/posyandu"],
    ["/posyandu?q=Mawar%202&page=2", "/posyandu?q=Mawar%202&page=2"],
    ["/posyandu/0b5c6a58-0000-4000-8000-000000000001/ubah", "/posyandu/0b5c6a58-0000-4000-8000-000000000001/ubah"],
    ["/gizi?sex=1#hasil", "/gizi?sex=1#hasil"],
    ["/posyandu?q=100%25", "/posyandu?q=100%25"],
  ])("a plain path of this site (%j) is kept", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
