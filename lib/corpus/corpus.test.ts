import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { drawAgencies } from "./agencies";
import { agencyReports, type GeneratedReport } from "./agency-reports";
import { generateCorpus } from "./generate";
import { APPLICANTS, OUTCOME_LEAVES_2019, OUTCOME_LEAVES_2021, REVIEW_GROUPS } from "./labels";
import { LAYOUTS } from "./render";
import type { TruthRecord } from "./types";

const OPTS = { seed: 42, fromYear: 2014, toYear: 2024, faultRate: 0.05 };

function corpus(agencies: number, opts = OPTS): GeneratedReport[] {
  return drawAgencies(agencies, opts.seed).flatMap((a) => [...agencyReports(a, opts)]);
}

const reports = corpus(200);
const truths = reports.map((r) => r.truth);
const has = (t: TruthRecord, kind: string) => t.faults.some((f) => f.kind === kind);

/** R1–R4 (and the legacy sums) on truth values; a blank cell counts as 0. Returns the rules that fail. */
function failedRules(t: TruthRecord): string[] {
  const v = (k: string) => t.values[k] ?? 0;
  const failed = new Set<string>();
  if (t.family === "legacy") {
    const answers = [
      "already_public",
      "granted",
      "partial",
      "denied",
      "not_this_agency",
      "not_exist",
      "told_to_amend",
      "other_channel",
    ];
    if (v("legacy.answers.total") !== answers.reduce((s, k) => s + v(`legacy.answers.${k}`), 0))
      failed.add("L-answers");
    for (const g of ["review", "litigation"]) {
      if (v(`legacy.${g}.total`) !== v(`legacy.${g}.upheld`) + v(`legacy.${g}.corrected`) + v(`legacy.${g}.other`))
        failed.add(`L-${g}`);
    }
    return [...failed];
  }
  const leaves = (t.family === "2021" ? OUTCOME_LEAVES_2021 : OUTCOME_LEAVES_2019).map((l) => l.key);
  const rows = ["apps.new", "apps.carried_over", ...leaves, "outcome.total", "apps.carried_forward"];
  for (const col of [...APPLICANTS, "total"]) {
    if (
      v(`apps.new.${col}`) + v(`apps.carried_over.${col}`) !==
      v(`outcome.total.${col}`) + v(`apps.carried_forward.${col}`)
    )
      failed.add("R1");
    if (v(`outcome.total.${col}`) !== leaves.reduce((s, k) => s + v(`${k}.${col}`), 0)) failed.add("R3");
  }
  for (const row of rows) {
    if (v(`${row}.total`) !== APPLICANTS.reduce((s, a) => s + v(`${row}.${a}`), 0)) failed.add("R2");
  }
  for (const g of REVIEW_GROUPS) {
    if (v(`${g}.total`) !== v(`${g}.upheld`) + v(`${g}.corrected`) + v(`${g}.other`) + v(`${g}.pending`))
      failed.add("R4");
  }
  return [...failed];
}

describe("corpus generator", () => {
  it("is deterministic: the same seed gives the same bytes, another seed different ones", () => {
    const again = corpus(30);
    expect(again.map((r) => r.truth.sha256)).toEqual(reports.slice(0, again.length).map((r) => r.truth.sha256));
    const other = corpus(30, { ...OPTS, seed: 43 });
    expect(other[0].truth.sha256).not.toEqual(reports[0].truth.sha256);
  });

  it("writes the same files and truth.jsonl for one seed, on one thread or in two workers", async () => {
    const dirs = [mkdtempSync(join(tmpdir(), "corpus-a-")), mkdtempSync(join(tmpdir(), "corpus-b-"))];
    dirs.forEach((d) => cleanup.push(d));
    const summaries = [
      await generateCorpus({ ...OPTS, agencies: 15, out: dirs[0] }),
      await generateCorpus({ ...OPTS, agencies: 15, out: dirs[1], jobs: 2 }),
    ];
    expect(summaries[0]).toEqual(summaries[1]);
    const [a, b] = dirs.map((d) => readFileSync(join(d, "truth.jsonl"), "utf8"));
    expect(a).toEqual(b);
    const lines = a
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as TruthRecord);
    expect(lines.length).toBe(summaries[0].documents);
    for (const t of lines.slice(0, 40)) {
      expect(readFileSync(join(dirs[0], t.file))).toEqual(readFileSync(join(dirs[1], t.file)));
    }
  });

  it("holds R1–R4 by construction except where a fault is declared", () => {
    const clean = truths.filter((t) => !has(t, "totals"));
    for (const t of clean) expect({ file: t.file, failed: failedRules(t) }).toEqual({ file: t.file, failed: [] });
    const broken = truths.filter((t) => has(t, "totals"));
    expect(broken.length).toBeGreaterThan(0);
    for (const t of broken) expect(failedRules(t).length).toBeGreaterThan(0);
  });

  it("chains carry-over across years except where a fault is declared", () => {
    let checked = 0;
    for (let i = 1; i < truths.length; i++) {
      const [prev, cur] = [truths[i - 1], truths[i]];
      const sameAgency = prev.file.slice(0, 8) === cur.file.slice(0, 8);
      if (!sameAgency || prev.family === "legacy" || cur.family === "legacy") continue;
      for (const col of [...APPLICANTS, "total"]) {
        const holds = cur.values[`apps.carried_over.${col}`] === prev.values[`apps.carried_forward.${col}`];
        if (!holds)
          expect(
            has(cur, "chain") ||
              has(cur, "missing_year") ||
              has(cur, "blank") ||
              has(prev, "blank") ||
              has(prev, "totals"),
          ).toBe(true);
      }
      if (!has(cur, "chain") && !has(cur, "missing_year")) checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("covers every layout, family, fault kind, traditional text and a GB18030 file in 200 agencies", () => {
    const seen = (f: (t: TruthRecord) => string) => new Set(truths.map(f));
    expect(seen((t) => t.layout)).toEqual(new Set(LAYOUTS));
    for (const layout of LAYOUTS) {
      for (const family of ["legacy", "2019", "2021"])
        expect(truths.some((t) => t.layout === layout && t.family === family)).toBe(true);
    }
    expect(seen((t) => t.family)).toEqual(new Set(["legacy", "2019", "2021"]));
    expect(new Set(truths.flatMap((t) => t.faults.map((f) => f.kind)))).toEqual(
      new Set(["totals", "chain", "missing_year", "blank", "narrative", "wrong_template"]),
    );
    expect(truths.some((t) => t.traditional)).toBe(true);
    expect(truths.some((t) => t.glosses)).toBe(true);
    expect(truths.some((t) => t.encoding === "gb18030")).toBe(true);
    expect(truths.some((t) => t.year >= 2021 && t.family === "2019")).toBe(true);
  });

  it("draws agencies at every level and kind with names as reports write them", () => {
    const agencies = drawAgencies(200, OPTS.seed);
    expect(new Set(agencies.map((a) => a.level))).toEqual(new Set(["province", "city", "county", "township"]));
    expect(new Set(agencies.map((a) => a.kind))).toEqual(
      new Set(["government", "government_office", "department", "street", "township"]),
    );
    for (const a of agencies) {
      const pattern = {
        government: /(人民政府|行政公署)$/,
        government_office: /(办公室|办公厅)$/,
        department: /(局|厅)$/,
        street: /街道(办事处)?$/,
        township: /[镇乡]人民政府$/,
        other: /./,
      }[a.kind];
      expect(a.name).toMatch(pattern);
      expect(a.name).toContain(a.region.path[a.region.path.length - 1]);
      expect(a.region.code.length).toBe({ province: 2, city: 4, county: 6, township: 9, national: 0 }[a.level]);
    }
  });

  it("makes volumes heavy-tailed by level: townships mostly 0–2, big governments hundreds", () => {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const volumes = (level: string) =>
      truths.filter((t) => t.agency.level === level && t.year === 2023).map((t) => t.values["apps.new.total"] ?? 0);
    expect(median(volumes("township"))).toBeLessThanOrEqual(2);
    expect(median(volumes("city"))).toBeGreaterThan(20);
    expect(Math.max(...volumes("province"), ...volumes("city"))).toBeGreaterThan(300);
    const reviews = truths.filter((t) => (t.values["review.total"] ?? 0) > 0);
    expect(reviews.length / truths.length).toBeLessThan(0.5);
  });

  it("prints the agency, the year, the 统计期限 and the stated application count", () => {
    for (const r of reports.filter((x) => !x.truth.traditional && x.truth.encoding === "utf-8").slice(0, 200)) {
      const text = r.bytes.toString("utf8");
      const t = r.truth;
      expect(text).toContain(`${t.agency.name}${t.year}年`);
      expect(text).toMatch(new RegExp(`统计期限[^。]*${t.year}年1月1日`));
      const stated = Number(/全年共收到政府信息公开申请(\d+)件/.exec(text)?.[1]);
      if (!has(t, "narrative")) expect(stated).toBe(t.values["apps.new.total"] ?? 0);
      else expect(stated).not.toBe(t.values["apps.new.total"]);
    }
  });

  it("prints the §三 figures of the truth in a `|` layout", () => {
    const sample = reports.filter(
      (r) =>
        r.truth.layout === "pipes" &&
        r.truth.family !== "legacy" &&
        !r.truth.traditional &&
        r.truth.encoding === "utf-8",
    );
    expect(sample.length).toBeGreaterThan(20);
    for (const { bytes, truth } of sample) {
      const line = bytes
        .toString("utf8")
        .split("\n")
        .find((l) => l.startsWith("一、本年新收政府信息公开申请数量"))!;
      // Undo the number styles some reports use (thousands separators, full-width digits).
      const cells = line
        .split("|")
        .slice(1, 8)
        .map((c) =>
          c
            .trim()
            .replace(/,/g, "")
            .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
        );
      expect(cells).toEqual([...APPLICANTS, "total"].map((a) => String(truth.values[`apps.new.${a}`] ?? "")));
    }
  });
});

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));
