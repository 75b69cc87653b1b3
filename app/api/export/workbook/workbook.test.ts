/**
 * The workbook and CSV exports against a libSQL file loaded through the real ingest: the workbook read back with
 * exceljs (sheet names, frozen header, numbers as numbers, 说明, the same values as each chart's CSV) and opened in
 * LibreOffice Calc (each sheet converted to CSV by soffice, its numbers equal to the chart's CSV export), and the
 * CSV's metric resolved as its page resolves it.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartsOf, type ChartView } from "@/lib/charts/registry";
import type { Client } from "@libsql/client";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import { removeTempDirs, tempDir } from "@/test/helpers/ingest";
import { GET as csvGet } from "../[chart]/route";
import { NOTES_SHEET, SMALL_FLAG, SMALL_HEADER } from "./build";
import { GET as workbookGet } from "./route";

let client: Client;

beforeAll(async () => {
  ({ client } = await dashboardTestDb());
}, 300_000);
afterAll(removeTempDirs);

const run = promisify(execFile);

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));

async function csvOf(chart: string, query: string): Promise<{ title: string; lines: string[]; rows: string[][] }> {
  const res = await csvGet(req(`/api/export/${chart}?${query}`), { params: Promise.resolve({ chart }) });
  expect(res.status, chart).toBe(200);
  const text = await res.text();
  const lines = text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l.startsWith("# "));
  const title = lines.find((l) => l.startsWith("# 图表: "))!.slice("# 图表: ".length);
  return {
    title,
    lines,
    rows: parse(text, { bom: true, comment: "#", comment_no_infix: true, relax_column_count: true }),
  };
}

async function workbookBytes(query: string): Promise<ArrayBuffer> {
  const res = await workbookGet(req(`/api/export/workbook?${query}`));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  return res.arrayBuffer();
}

async function workbookOf(query: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await workbookBytes(query));
  return book;
}

/** The sheet's rows as values (row 1 the header), without exceljs's leading empty slot. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

/** The 说明 sheet as "key: value" lines. */
function notesOf(book: ExcelJS.Workbook): string[] {
  return valuesOf(book.getWorksheet(NOTES_SHEET)!).map((r) =>
    r.map((v) => (v && typeof v === "object" && "text" in v ? (v as { text: string }).text : (v ?? ""))).join(": "),
  );
}

function percentIn(text: string): number {
  const m = /^([+−-]?)([\d.]+)/.exec(text);
  return m ? (m[1] === "−" || m[1] === "-" ? -1 : 1) * Number(m[2]) : NaN;
}

/** Each chart's sheet holds the CSV's header and rows: numbers where the CSV has numbers or rates, flags by rate. */
async function expectSheetsMatchCsv(view: ChartView, query: string) {
  const book = await workbookOf(`view=${view}&${query}`);
  const names = book.worksheets.map((s) => s.name);
  expect(names[0]).toBe(NOTES_SHEET);
  let numbers = 0;
  for (const chart of chartsOf(view).filter((c) => c.workbook && c.csv === "api")) {
    const csv = await csvOf(chart.id, query);
    const body = csv.rows.slice(1);
    const sheet = book.worksheets.find((s) => csv.title.startsWith(s.name));
    if (!body.length) continue; // an empty chart has no sheet
    expect(sheet, `${view}: sheet of ${csv.title} in ${names.join(" | ")}`).toBeTruthy();
    expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const [header, ...rows] = valuesOf(sheet!);
    const own = (header as string[]).map((h, i) => ({ h, i })).filter(({ h }) => !h.endsWith(` ${SMALL_HEADER}`));
    expect(own.map((c) => c.h)).toEqual(csv.rows[0]);
    expect(rows).toHaveLength(body.length);
    rows.forEach((row, r) => {
      own.forEach(({ i }, c) => {
        const value = row[i];
        const text = body[r][c];
        const percent = sheet!.getColumn(i + 1).numFmt === "0.0%";
        if (typeof value === "number") {
          numbers++;
          // 37.5%（3/8）, −12.5% and +3.1个百分点 all lead with the value in percent, to one decimal.
          if (percent) expect(percentIn(text), `${text} vs ${value}`).toBeCloseTo(value * 100, 1);
          else expect(Number(text)).toBe(value);
        } else {
          expect(text).toBe(value === null || value === undefined ? "" : value);
        }
        const flag = header[i + 1] === `${header[i]} ${SMALL_HEADER}` ? row[i + 1] : undefined;
        if (flag !== undefined) expect(flag === SMALL_FLAG).toBe(text.includes(SMALL_FLAG));
      });
    });
  }
  expect(numbers).toBeGreaterThan(10);
  return book;
}

describe("GET /api/export/workbook", () => {
  it("overview: 说明 first, then a sheet per chart holding its CSV's values as numbers", async () => {
    const book = await expectSheetsMatchCsv("overview", "metric=rate.review_correction&from=2018&to=2022");
    const notes = notesOf(book);
    expect(notes).toContain("永久链接: http://localhost/?from=2018&to=2022&metric=rate.review_correction");
    expect(notes).toContain("地区: 全国");
    expect(notes).toContain("年份: 2018–2022年");
    expect(notes.find((l) => l.startsWith("复议纠错率: "))).toContain("复议纠正 ÷ （行政复议总计 − 复议尚未审结）");
    expect(notes.find((l) => l.startsWith("未通过比例: "))).toBeTruthy();
    expect(notes.find((l) => l.startsWith("数据日期: "))).toMatch(/\d{4}-\d\d-\d\d 更新（最新报告年度：\d{4}年）/);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      NOTES_SHEET,
      "申请量趋势（按申请人类型）",
      "办理结果构成",
      "行政复议与行政诉讼（按结果）",
      "提交年报与未通过校验",
      "各地区分布：复议纠错率（2022年）",
      "下级地区排名：复议纠错率（2022年）",
      "按时发布与缺报（按年度）",
      "按时发布与缺报（按下级地区）",
    ]);
    const ranking = book.getWorksheet("下级地区排名：复议纠错率（2022年）")!;
    expect(ranking.getRow(1).values).toContain(`复议纠错率 ${SMALL_HEADER}`);
    expect(ranking.getColumn(3).width).toBeGreaterThanOrEqual(8);
  });

  it("compare and quality: the same, for their charts", async () => {
    await expectSheetsMatchCsv("compare", "metric=rate.grant&from=2019&to=2022");
    await expectSheetsMatchCsv("compare", "delta=1&from=2018&to=2022");
    const quality = await expectSheetsMatchCsv("quality", "level=county&from=2018&to=2022");
    expect(notesOf(quality)).toContain("层级: 县级");
  });

  it("agency and scorecard: their charts as their pages read them, 404 for an unknown agency", async () => {
    const [{ id }] = await rows<{ id: string }>(
      client,
      "SELECT agency_id AS id FROM report_facts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1",
    );
    const agency = await workbookOf(`view=agency&id=${encodeURIComponent(id)}`);
    expect(agency.worksheets.map((s) => s.name)).toEqual([NOTES_SHEET, "申请与办理结果（历年）"]);
    expect(notesOf(agency)).toContain(`永久链接: http://localhost/agencies/${encodeURIComponent(id)}`);
    const series = valuesOf(agency.getWorksheet("申请与办理结果（历年）")!);
    expect(series[0].slice(0, 3)).toEqual(["年份", "报告", "本年新收申请"]);
    expect(series.slice(1).some((r) => typeof r[2] === "number")).toBe(true);
    expect((await workbookGet(req("/api/export/workbook?view=agency&id=nope"))).status).toBe(404);

    const scorecard = await workbookOf(
      "view=scorecard&w=timely:50~complete:50~consistent:0~chained:0~original:0~plausible:0",
    );
    const names = scorecard.worksheets.map((s) => s.name);
    expect(names).toEqual([NOTES_SHEET, "各下级地区平均得分", "机构排名（全部）"]);
    expect(notesOf(scorecard).find((l) => l.startsWith("权重: "))).toContain("w=timely:50~complete:50");
    const ranking = valuesOf(scorecard.getWorksheet("机构排名（全部）")!);
    expect(ranking[0].slice(0, 2)).toEqual(["名次", "机构"]);
    expect(typeof ranking[1][0]).toBe("number");
  });

  it("rejects an unknown view and a bad parameter with a message in English and Chinese", async () => {
    const res = await workbookGet(req("/api/export/workbook?view=pie"));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/unknown view.*未知的视图/);
    expect((await workbookGet(req("/api/export/workbook?region=xyz"))).status).toBe(400);
  });
});

/**
 * Every sheet of an .xlsx as LibreOffice Calc reads it, by sheet name: soffice's CSV filter with sheet -1 writes one
 * `<file>-<sheet>.csv` per sheet; values unformatted except that a percentage keeps its % sign (full precision).
 */
async function calcSheets(bytes: ArrayBuffer, names: string[]): Promise<Map<string, string[][]>> {
  const dir = tempDir("nianbao-workbook-calc-");
  const xlsx = join(dir, "book.xlsx");
  writeFileSync(xlsx, new Uint8Array(bytes));
  // Separator 44 (,), quote 34 ("), UTF-8 (76), from line 1; not "as shown"; -1: every sheet to its own file.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  // A profile of its own: a LibreOffice already running for someone else would otherwise take the job and exit.
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  await run("soffice", [profile, "--headless", "--convert-to", filter, "--outdir", dir, xlsx], { timeout: 180_000 });
  const read = (name: string) =>
    parse(readFileSync(join(dir, `book-${name}.csv`), "utf8"), { relax_column_count: true });
  return new Map(names.map((name) => [name, read(name) as string[][]]));
}

/** A cell as Calc wrote it: a number (a percentage as a fraction), or null for text. */
function calcNumber(text: string): number | null {
  if (!/^-?[\d.]+(E[+-]?\d+)?%?$/.test(text)) return null;
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describe("the workbook in LibreOffice Calc", () => {
  it("opens in Calc with each chart sheet's numbers equal to the chart's CSV export", async () => {
    const query = "metric=rate.review_correction&from=2018&to=2022";
    const bytes = await workbookBytes(`view=overview&${query}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const names = book.worksheets.map((s) => s.name);
    const calc = await calcSheets(bytes, names);
    expect(calc.get(NOTES_SHEET)?.flat()).toContain("永久链接");
    let numbers = 0;
    for (const chart of chartsOf("overview").filter((c) => c.workbook && c.csv === "api")) {
      const csv = await csvOf(chart.id, query);
      const name = names.find((n) => csv.title.startsWith(n));
      if (csv.rows.length < 2) continue; // an empty chart has no sheet
      const [header, ...body] = calc.get(name!)!;
      const own = header.map((h, i) => ({ h, i })).filter(({ h }) => !h.endsWith(` ${SMALL_HEADER}`));
      expect(
        own.map((c) => c.h),
        name,
      ).toEqual(csv.rows[0]);
      expect(body, name).toHaveLength(csv.rows.length - 1);
      body.forEach((row, r) => {
        own.forEach(({ i }, c) => {
          const text = csv.rows[r + 1][c];
          const value = calcNumber(row[i] ?? "");
          if (value === null) return expect(row[i] ?? "", `${name} ${r}:${c}`).toBe(text);
          numbers++;
          if (row[i].endsWith("%")) expect(percentIn(text), `${text} vs ${row[i]}`).toBeCloseTo(value * 100, 1);
          else expect(Number(text), `${name} ${r}:${c}`).toBe(value);
        });
      });
    }
    expect(numbers).toBeGreaterThan(50);
  }, 240_000);
});

describe("GET /api/export/{chart}: the page's metric", () => {
  it("ranks by the default metric, as the page does, when the link names a key regions cannot sum", async () => {
    const perAgency = "outcome.denied.state_secret.total";
    for (const chart of ["ranking", "map"]) {
      const asked = await csvOf(chart, `metric=${perAgency}`);
      const fallback = await csvOf(chart, "metric=apps.new.total");
      expect(asked.rows.length, chart).toBeGreaterThan(1);
      expect(asked.rows).toEqual(fallback.rows);
      expect(asked.title).toBe(fallback.title);
      expect(asked.lines).toContain("# 指标: 本年新收申请（apps.new.total）");
    }
  });
});
