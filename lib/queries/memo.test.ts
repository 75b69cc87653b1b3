import { describe, expect, it } from "vitest";
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

  it("serves the stale value once a version moves, then the refreshed one", async () => {
    let calls = 0;
    const compute = async () => ++calls;
    await memoised("k2", "v1", compute);
    expect(await memoised("k2", "v2", compute)).toBe(1);
    await tick();
    expect(await memoised("k2", "v2", compute)).toBe(2);
    expect(calls).toBe(2);
  });

  it("keeps the old value when a refresh fails and retries on the next request", async () => {
    await memoised("k3", "v1", async () => "old");
    expect(await memoised("k3", "v2", async () => Promise.reject(new Error("db down")))).toBe("old");
    await tick();
    expect(await memoised("k3", "v2", async () => "new")).toBe("old");
    await tick();
    expect(await memoised("k3", "v2", async () => "never")).toBe("new");
  });

  it("does not cache a failed first computation", async () => {
    await expect(memoised("k4", "v1", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await memoised("k4", "v1", async () => "ok")).toBe("ok");
  });
});
