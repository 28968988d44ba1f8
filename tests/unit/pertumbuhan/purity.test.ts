import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "../../../lib/pertumbuhan");

describe("the growth library", () => {
  it("imports no CSV, no file or network module and no server code", () => {
    const imports = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => `${f}: ${m[1]}`));
    expect(imports.filter((i) => /csv|node:|server-only|\.\.\/(db|auth|access)/.test(i))).toEqual([]);
  });
});
