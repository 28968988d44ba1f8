/** The bench's CPU columns: the CPU time of a process tree read from /proc. */
import { describe, expect, it } from "vitest";
import { processTreeCpuMs } from "../../scripts/bench/measure.ts";
import { fitLine } from "../../scripts/bench/cost-model.ts";

describe("processTreeCpuMs", () => {
  it("grows by the CPU time the process spends", () => {
    const before = processTreeCpuMs(process.pid);
    expect(before).not.toBeNull();
    const start = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(start).user < 150_000) x += Math.sqrt(x + 1);
    const after = processTreeCpuMs(process.pid)!;
    // /proc counts in clock ticks (10 ms): at least 150 ms of user time, less one tick at each end.
    expect(after - before!).toBeGreaterThanOrEqual(130);
    expect(x).toBeGreaterThan(0);
  });

  it("is null for a process that is not there, or no process", () => {
    expect(processTreeCpuMs(2 ** 22 + 12345)).toBeNull();
    expect(processTreeCpuMs(null)).toBeNull();
  });
});

describe("fitLine (bench:cost)", () => {
  it("finds the line through points on it, with R² 1", () => {
    const fit = fitLine([0, 10, 30, 50].map((x) => ({ x, y: 7 + 0.1 * x })))!;
    expect(fit.fixed).toBeCloseTo(7, 10);
    expect(fit.perKb).toBeCloseTo(0.1, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.n).toBe(4);
  });
  it("least squares through scattered points, R² below 1", () => {
    const fit = fitLine([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 2 }, { x: 3, y: 4 }])!;
    expect(fit.perKb).toBeCloseTo(0.8, 10);
    expect(fit.fixed).toBeCloseTo(1.3, 10);
    expect(fit.r2).toBeCloseTo(0.64, 10);
  });
  it("no line from fewer than three points or from one x", () => {
    expect(fitLine([{ x: 1, y: 1 }, { x: 2, y: 2 }])).toBeNull();
    expect(fitLine([{ x: 1, y: 1 }, { x: 1, y: 2 }, { x: 1, y: 3 }])).toBeNull();
  });
});
