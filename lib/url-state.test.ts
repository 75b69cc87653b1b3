import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "./scorecard/weights";
import {
  buildHref,
  DEFAULT_STATE,
  MAX_AGENCIES,
  migrateParams,
  parseRel,
  parseStrict,
  parseUrlState,
  selectionOf,
  toSearchString,
} from "./url-state";

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
        "region=3303&from=2019&to=2023&level=county&kind=department&agencies=a1~b2" +
          "&metric=rate.grant&chart=bar&pct=1&delta=1" +
          "&rank=agency&tab=findings&year=2020&rule=L2&page=2&fpage=3&gpage=4" +
          "&timely=missing&tpage=2&w=timely:50~original:0&rel=4",
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
      year: 2020,
      rule: "L2",
      page: 2,
      fpage: 3,
      gpage: 4,
      timely: "missing",
      tpage: 2,
      w: { ...DEFAULT_WEIGHTS, timely: 50, original: 0 },
      rel: 4,
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
    const state = parseUrlState({
      region: "330304",
      to: "2022",
      kind: "street",
      metric: "rate.litigation_loss",
      pct: "1",
    });
    const again = parseUrlState(new URLSearchParams(toSearchString(state)));
    expect(again).toEqual(state);
  });
});

describe("parseStrict", () => {
  it("accepts valid and missing parameters", () => {
    const r = parseStrict(new URLSearchParams("agencies=a~b&metric=rate.grant&from=2019"), [
      "agencies",
      "metric",
      "from",
      "to",
    ]);
    expect("state" in r && r.state.agencies).toEqual(["a", "b"]);
  });

  it.each([
    ["outcome.denied.state_secret.total"],
    ["litigation_direct.total"],
    ["outcome.partial.commercial"],
    ["legacy.apps.received"],
  ])("accepts the canonical key %s as metric", (metric) => {
    const r = parseStrict(new URLSearchParams({ agencies: "a", metric }), ["agencies", "metric"]);
    expect("state" in r && r.state.metric).toBe(metric);
    expect(parseUrlState({ metric }).metric).toBe(metric);
    expect(toSearchString(parseUrlState({ metric }))).toBe(`metric=${encodeURIComponent(metric)}`);
  });

  it.each([
    ["metric=outcome.denied.state_secret"],
    ["metric=outcome.denied.bogus.total"],
    ["metric=legacy."],
    ["metric=active.rules.issued"],
  ])("rejects %s, which the page reads as the default metric", (query) => {
    const r = parseStrict(new URLSearchParams(query), ["metric"]);
    expect("error" in r && r.error).toMatch(/invalid parameter/);
    expect(parseUrlState(new URLSearchParams(query)).metric).toBe("apps.new.total");
  });

  it.each([["agencies=a~<b>"], ["metric=nope"], ["from=20x9"], ["region=1"]])("reports %s as an error", (query) => {
    const r = parseStrict(new URLSearchParams(query), ["agencies", "metric", "from", "region"]);
    expect("error" in r && r.error).toMatch(/invalid parameter/);
  });
});

describe("quality and agency-page parameters", () => {
  it("reads rule, pages and year with the selection", () => {
    const state = parseUrlState({ region: "3303", from: "2020", rule: "R4", page: "3", gpage: "2", year: "2021" });
    expect(state.region).toBe("3303");
    expect({ rule: state.rule, page: state.page, fpage: state.fpage, gpage: state.gpage, year: state.year }).toEqual({
      rule: "R4",
      page: 3,
      fpage: 1,
      gpage: 2,
      year: 2021,
    });
  });
  it("falls back to defaults for invalid values instead of failing", () => {
    const state = parseUrlState({
      region: "x",
      rule: "<b>",
      page: "-1",
      fpage: "99999",
      gpage: ["0", "2"],
      year: "1999",
    });
    expect(state.region).toBe("");
    expect({ rule: state.rule, page: state.page, fpage: state.fpage, gpage: state.gpage, year: state.year }).toEqual({
      rule: null,
      page: 1,
      fpage: 1,
      gpage: 1,
      year: null,
    });
  });
  it("links keep the selection, leave defaults out and round-trip", () => {
    const base = parseUrlState({ region: "33", to: "2023", rule: "R1", page: "2" });
    expect(buildHref("/quality", base)).toBe("/quality?region=33&to=2023&rule=R1&page=2");
    expect(buildHref("/quality", {})).toBe("/quality");
    const href = buildHref("/quality", base, { rule: null, gpage: 4 });
    expect(href).toBe("/quality?region=33&to=2023&gpage=4");
    const again = parseUrlState(new URL(href, "http://x").searchParams);
    expect({ rule: again.rule, page: again.page, gpage: again.gpage, region: again.region }).toEqual({
      rule: null,
      page: 1,
      gpage: 4,
      region: "33",
    });
  });
  it("reads the timeliness list's status and page; an unknown status is the default list", () => {
    expect(parseUrlState({ timely: "late", tpage: "3" })).toMatchObject({ timely: "late", tpage: 3 });
    expect(parseUrlState({ timely: "on_time", tpage: "0" })).toMatchObject({ timely: null, tpage: 1 });
    const base = parseUrlState({ region: "33", timely: "missing", tpage: "4" });
    expect(buildHref("/quality", base, { timely: "late" })).toBe("/quality?region=33&timely=late");
    expect(buildHref("/quality", base, { tpage: 5 })).toBe("/quality?region=33&timely=missing&tpage=5");
  });
  it("a new filter starts the lists at their first page; paging keeps the filter", () => {
    const base = parseUrlState({ region: "33", rule: "R1", page: "5", fpage: "2" });
    expect(buildHref("/quality", base, { region: "3303" })).toBe("/quality?region=3303&rule=R1");
    expect(buildHref("/quality", base, { page: 6 })).toBe("/quality?region=33&rule=R1&page=6&fpage=2");
  });
});

describe("scorecard weights (w)", () => {
  it("reads named weights over the defaults and writes all six in a fixed order", () => {
    const state = parseUrlState({ w: "complete:40~timely:0", year: "2022" });
    expect(state.w).toEqual({ ...DEFAULT_WEIGHTS, complete: 40, timely: 0 });
    expect(buildHref("/scorecard", state)).toBe(
      "/scorecard?year=2022&w=timely:0~complete:40~consistent:20~chained:10~original:10~plausible:10",
    );
    expect(parseUrlState(new URL(buildHref("/scorecard", state), "http://x").searchParams)).toEqual(state);
  });
  it("leaves the default weights out of links, written out or not", () => {
    expect(
      buildHref(
        "/scorecard",
        parseUrlState({ w: "timely:30~complete:20~consistent:20~chained:10~original:10~plausible:10" }),
      ),
    ).toBe("/scorecard");
  });
  it.each([
    ["timely:30~timely:20"],
    ["speed:10"],
    ["timely:101"],
    ["timely:-1"],
    ["timely:1.5"],
    ["timely"],
    [""],
    ["timely:0~complete:0~consistent:0~chained:0~original:0~plausible:0"],
  ])("falls back to the default weights for w=%s and the API calls it invalid", (w) => {
    expect(parseUrlState({ w }).w).toEqual(DEFAULT_WEIGHTS);
    if (w)
      expect(parseStrict(new URLSearchParams({ w }), ["w"])).toMatchObject({ error: expect.stringMatching(/权重 w/) });
  });
  it("a new weight starts the ranking at its first page", () => {
    const base = parseUrlState({ year: "2022", page: "3" });
    expect(buildHref("/scorecard", base, { w: { ...DEFAULT_WEIGHTS, timely: 40 } })).not.toContain("page=");
  });
});

describe("URL migrations", () => {
  const migrations = [
    { from: "y", to: "year" as const },
    { from: "m", to: "metric" as const, convert: (v: string) => (v === "apps" ? "apps.new.total" : null) },
  ];
  it("reads an old parameter under its new name", () => {
    expect(migrateParams({ y: "2020", m: "apps" }, migrations)).toEqual({ year: "2020", metric: "apps.new.total" });
  });
  it("a new name present in the link wins; an old value with no reading is dropped", () => {
    expect(migrateParams({ y: "2020", year: "2021", m: "x" }, migrations)).toEqual({ year: "2021" });
  });
  it("parseUrlState applies the project's migrations (none yet: the state is unchanged)", () => {
    expect(parseUrlState({ region: "33" })).toEqual({ ...DEFAULT_STATE, region: "33" });
  });
});

describe("rel: the pinned release", () => {
  it("reads a release id and keeps it in links built from the state (a pinned view stays pinned)", () => {
    const state = parseUrlState({ region: "33", rel: "7" });
    expect(state.rel).toBe(7);
    expect(selectionOf(state).rel).toBe(7);
    expect(buildHref("/compare", state, { metric: "rate.grant" })).toBe("/compare?region=33&metric=rate.grant&rel=7");
  });
  it("links without rel are unchanged: current data", () => {
    expect(parseUrlState({ region: "33" }).rel).toBeNull();
    expect(buildHref("/", parseUrlState({ region: "33" }))).toBe("/?region=33");
  });
  it.each([["0"], ["-3"], ["1.5"], ["abc"], ["1e99"], [""]])(
    "ignores a malformed rel=%s (current data) and the API calls it invalid",
    (rel) => {
      expect(parseUrlState({ rel }).rel).toBeNull();
      expect(parseRel(rel)).toBeNull();
      if (rel)
        expect(parseStrict(new URLSearchParams({ rel }), ["rel"])).toMatchObject({
          error: expect.stringMatching(/数据版本 rel/),
        });
    },
  );
});
