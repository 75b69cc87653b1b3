import { describe, expect, it, vi } from "vitest";
import { memoised } from "./memo";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("memoised", () => {
  it("computes once per version and shares a running first computation", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([memoised("k1", "v1", compute), memoised("k1", "v1", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await memoised("k1", "v1", compute)).toBe(1);
  });

  it("never serves a value of an older version: the first read of a new version computes it", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    await memoised("k2", "v1", compute);
    expect(await memoised("k2", "v2", compute)).toBe(2);
    expect(await memoised("k2", "v2", compute)).toBe(2);
    expect(calls).toBe(2);
  });

  it("fails a computation of a new version without keeping it, and retries on the next request", async () => {
    await memoised("k3", "v1", async () => "old");
    await expect(memoised("k3", "v2", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await memoised("k3", "v2", async () => "new")).toBe("new");
    expect(await memoised("k3", "v2", async () => "never")).toBe("new");
  });

  it("does not let a slow computation of an older version replace a newer value", async () => {
    let release: (v: string) => void = () => {};
    const slow = memoised("k5", "v1", () => new Promise<string>((r) => (release = r)));
    expect(await memoised("k5", "v2", async () => "new")).toBe("new");
    release("old");
    expect(await slow).toBe("old");
    await tick();
    expect(await memoised("k5", "v2", async () => "never")).toBe("new");
  });

  it("does not cache a failed first computation", async () => {
    await expect(memoised("k4", "v1", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await memoised("k4", "v1", async () => "ok")).toBe("ok");
  });

  it("is one store for every copy of the module (the server's bundles and its warm-up load their own)", async () => {
    vi.resetModules();
    const other = await import("./memo");
    expect(other.memoised).not.toBe(memoised);
    expect(await memoised("k6", "v1", async () => "first")).toBe("first");
    expect(await other.memoised("k6", "v1", async () => "never")).toBe("first");
  });
});
