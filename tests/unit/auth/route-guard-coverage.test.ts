/** Every route handler (except Auth.js's own) starts with the one guard, so downloads follow the page rules. */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { POST_ROUTE_HANDLERS } from "../../../lib/http/origin.ts";

const root = path.join(import.meta.dirname, "..", "..", "..");
const routes = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((f) => /(^|\/)route\.ts$/.test(f) && !f.includes("[...nextauth]"))
  .map((f) => path.join("app", f));

describe("route handlers", () => {
  it("there are some", () => expect(routes.length).toBeGreaterThanOrEqual(5));

  it.each(routes)("%s calls guardRoute in every exported handler and never getViewer itself", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const handlers = [...source.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    expect(handlers.length).toBeGreaterThan(0);
    expect(source.match(/await guardRoute\(request, "[a-z.]+"\);\n\s+if \(!guard\.ok\) return guard\.response;/g)?.length).toBe(handlers.length);
    expect(source).not.toMatch(/getViewer|requireViewer/);
  });

  it("the proxy's list of POST route handlers (cross-origin: their guard answers, not the proxy) is exactly those that export POST", () => {
    const withPost = routes
      .filter((file) => /export async function (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(path.join(root, file), "utf8")))
      .map((file) => "/" + file.replace(/^app\//, "").replace(/\/route\.ts$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/"));
    expect(withPost.length).toBe(POST_ROUTE_HANDLERS.length);
    for (const p of withPost) expect(POST_ROUTE_HANDLERS.some((re) => re.test(p)), p).toBe(true);
  });
});
