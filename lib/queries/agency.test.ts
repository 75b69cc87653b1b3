import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { legacyRows, templateKeys } from "@/lib/template-table";
import { loadTestCorpus, OUHAI_NAME } from "@/test/helpers/test-corpus";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const agency = await import("./agency");
const report = await import("./report");
const { getDb } = await import("@/db/client");

let ouhaiId = "";

beforeAll(async () => {
  const { url } = await loadTestCorpus();
  process.env.DATABASE_URL = url;
  const db = await getDb();
  const rows = await db.$client.execute({ sql: "SELECT id FROM agencies WHERE name = ?", args: [OUHAI_NAME] });
  ouhaiId = String(rows.rows[0]?.id ?? "");
});

afterAll(() => {
  delete process.env.DATABASE_URL;
});

describe("agency reads", () => {
  it("finds the agency with its region path, and nothing for unknown or overlong ids", async () => {
    const profile = await agency.getAgency({ id: ouhaiId });
    expect(profile?.agency.name).toBe(OUHAI_NAME);
    expect(profile?.regionPath).toEqual([
      { code: "33", name: "浙江省" },
      { code: "3303", name: "温州市" },
      { code: "330304", name: "瓯海区" },
    ]);
    expect(await agency.getAgency({ id: "no-such-agency" })).toBeNull();
    expect(await agency.getAgency({ id: "x".repeat(500) })).toBeNull();
  });

  it("gives one row of core metrics per reported year, oldest first", async () => {
    const facts = await agency.getAgencyFacts({ id: ouhaiId });
    expect(facts.map((f) => f.year)).toEqual([2021, 2023]);
    expect(facts[1].apps_new).toBe(51);
    expect(facts[1].family).toBe("2021");
  });

  it("lists every file, the superseded one pointing at its replacement", async () => {
    const list = await agency.getAgencyReports({ id: ouhaiId });
    expect(list).toHaveLength(3);
    const of2023 = list.filter((r) => r.year === 2023);
    const active = of2023.find((r) => r.status === "active")!;
    const old = of2023.find((r) => r.status === "superseded")!;
    expect(old.supersededByPublicId).toBe(active.publicId);
  });

  it("reads a year's active report with every printed §三/§四 cell and the lines they came from", async () => {
    const year = await agency.getAgencyYearReport({ id: ouhaiId, year: 2023 });
    expect(year?.family).toBe("2021");
    const missing = templateKeys("2021").filter((k) => !year!.values.has(k));
    expect(missing).toEqual([]);
    const apps = year!.values.get("apps.new.total")!;
    expect(apps.value).toBe(51);
    expect(year!.lineTexts.get(apps.line!)).toContain("本年新收");
    expect(await agency.getAgencyYearReport({ id: ouhaiId, year: 2022 })).toBeNull();
  });

  it("labels legacy rows with the report's own row text", async () => {
    const db = await getDb();
    const res = await db.$client.execute("SELECT agency_id FROM reports WHERE family = 'legacy'");
    const id = String(res.rows[0].agency_id);
    const year = (await agency.getAgencyYearReport({ id, year: 2018 }))!;
    const rows = legacyRows(year.values, (n) => year.lineTexts.get(n));
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.some((r) => r.label.includes("行政诉讼数量"))).toBe(true);
    const lines = rows.map((r) => r.line ?? Number.MAX_SAFE_INTEGER);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe("report reads", () => {
  it("rejects malformed and unknown ids", async () => {
    expect(await report.getReport({ publicId: "../../etc" })).toBeNull();
    expect(await report.getReport({ publicId: "0123456789abcdef" })).toBeNull();
  });

  it("links versions both ways and keeps values pointing into the stored text", async () => {
    const list = await agency.getAgencyReports({ id: ouhaiId });
    const active = list.find((r) => r.year === 2023 && r.status === "active")!;
    const old = list.find((r) => r.status === "superseded")!;
    const detail = (await report.getReport({ publicId: active.publicId }))!;
    expect(detail.agencyName).toBe(OUHAI_NAME);
    expect(detail.supersedes.map((s) => s.publicId)).toEqual([old.publicId]);
    expect((await report.getReport({ publicId: old.publicId }))!.supersededBy?.publicId).toBe(active.publicId);
    const lines = detail.report.rawText.split("\n");
    const granted = detail.values.find((v) => v.key === "outcome.granted.total")!;
    expect(lines[granted.line! - 1]).toContain("予以公开");
  });

  it("returns findings with their keys as arrays", async () => {
    const db = await getDb();
    const res = await db.$client.execute("SELECT public_id FROM reports WHERE error_count > 0 LIMIT 1");
    const detail = (await report.getReport({ publicId: String(res.rows[0].public_id) }))!;
    const r4 = detail.findings.find((f) => f.rule === "R4")!;
    expect(Array.isArray(r4.keys)).toBe(true);
    expect(r4.keys).toContain("review.total");
  });
});
