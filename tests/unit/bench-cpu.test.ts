/** The bench's CPU columns: the CPU time of a process tree read from /proc. */
import { describe, expect, it } from "vitest";
import { processTreeCpuMs } from "../../scripts/bench/measure.ts";

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
