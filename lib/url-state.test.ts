import { describe, expect, it } from "vitest";
import { buildHref, DEFAULT_STATE, MAX_AGENCIES, parseStrict, parseUrlState, toSearchString } from "./url-state";

describe("parseUrlState", () => {
  it("gives the defaults for an empty or missing query", () => {
    expect(parseUrlState({})).toEqual(DEFAULT_STATE);
    expect(parseUrlState(undefined)).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toMatchObject({ region: "", from: null, to: null, level: null, kind: null, agencies: [] });
    expect(DEFAULT_STATE.metric).toBe("apps.new.total");
  });

  it("reads every valid parameter", () => {
    const s = parseUrlState(
      new URLSearchParams(
        "region=3303&from=2019&to=2023&level=county&kind=department&agencies=a1~b2&metric=rate.grant&chart=bar&pct=1&delta=1&rank=agency&tab=findings",
      ),
    );
    expect(s).toEqual({
      region: "3303",
      from: 2019,
      to: 2023,
      level: "county",
      kind: "department",
      agencies: ["a1", "b2"],
      metric: "rate.grant",
      chart: "bar",
      pct: true,
      delta: true,
      rank: "agency",
      tab: "findings",
    });
  });

  it.each([
    ["region", "33a"],
    ["region", "333"],
    ["region", "12345678901"],
    ["from", "1999"],
    ["from", "abc"],
    ["to", "2023.5"],
    ["level", "galaxy"],
    ["kind", "<script>"],
    ["metric", "apps.new.bogus"],
    ["metric", "DROP TABLE reports"],
    ["chart", "pie"],
    ["rank", "x"],
    ["tab", "../../etc"],
  ])("falls back to the default for invalid %s=%s", (key, value) => {
    const s = parseUrlState({ [key]: value });
    expect(s[key as keyof typeof s]).toEqual(DEFAULT_STATE[key as keyof typeof DEFAULT_STATE]);
  });

  it("keeps the valid part of the agency list, dedupes and bounds it", () => {
    expect(parseUrlState({ agencies: "a~~b c~a~<x>~d" }).agencies).toEqual(["a", "d"]);
    const many = Array.from({ length: 40 }, (_, i) => `id${i}`).join("~");
    expect(parseUrlState({ agencies: many }).agencies).toHaveLength(MAX_AGENCIES);
  });

  it("takes the first of repeated parameters and swaps a reversed range", () => {
    expect(parseUrlState({ region: ["33", "44"] }).region).toBe("33");
    const s = parseUrlState({ from: "2023", to: "2019" });
    expect([s.from, s.to]).toEqual([2019, 2023]);
  });

  it("treats only pct=1 as on", () => {
    expect(parseUrlState({ pct: "true" }).pct).toBe(false);
    expect(parseUrlState({ pct: "1" }).pct).toBe(true);
  });
});

describe("links", () => {
  it("leaves defaults out", () => {
    expect(buildHref("/", DEFAULT_STATE)).toBe("/");
    expect(toSearchString({ ...DEFAULT_STATE, metric: "apps.new.total", chart: "line", pct: false })).toBe("");
  });

  it("writes changed values in a stable order with ~ kept readable", () => {
    const href = buildHref("/compare", DEFAULT_STATE, { agencies: ["x1", "y2"], from: 2020, region: "33" });
    expect(href).toBe("/compare?region=33&from=2020&agencies=x1~y2");
  });

  it("round-trips through parse", () => {
    const state = parseUrlState({ region: "330304", to: "2022", kind: "street", metric: "rate.litigation_loss", pct: "1" });
    const again = parseUrlState(new URLSearchParams(toSearchString(state)));
    expect(again).toEqual(state);
  });
});

describe("parseStrict", () => {
  it("accepts valid and missing parameters", () => {
    const r = parseStrict(new URLSearchParams("agencies=a~b&metric=rate.grant&from=2019"), ["agencies", "metric", "from", "to"]);
    expect("state" in r && r.state.agencies).toEqual(["a", "b"]);
  });

  it.each([["outcome.denied.state_secret.total"], ["litigation_direct.total"], ["outcome.partial.commercial"], ["legacy.apps.received"]])(
    "accepts the canonical key %s as metric",
    (metric) => {
      const r = parseStrict(new URLSearchParams({ agencies: "a", metric }), ["agencies", "metric"]);
      expect("state" in r && r.state.metric).toBe(metric);
      expect(parseUrlState({ metric }).metric).toBe(metric);
      expect(toSearchString(parseUrlState({ metric }))).toBe(`metric=${encodeURIComponent(metric)}`);
    },
  );

  it.each([["metric=outcome.denied.state_secret"], ["metric=outcome.denied.bogus.total"], ["metric=legacy."], ["metric=active.rules.issued"]])(
    "rejects %s, which the page reads as the default metric",
    (query) => {
      const r = parseStrict(new URLSearchParams(query), ["metric"]);
      expect("error" in r && r.error).toMatch(/invalid parameter/);
      expect(parseUrlState(new URLSearchParams(query)).metric).toBe("apps.new.total");
    },
  );

  it.each([["agencies=a~<b>"], ["metric=nope"], ["from=20x9"], ["region=1"]])("reports %s as an error", (query) => {
    const r = parseStrict(new URLSearchParams(query), ["agencies", "metric", "from", "region"]);
    expect("error" in r && r.error).toMatch(/invalid parameter/);
  });
});
