/**
 * GET /api/export/bulletin against a libSQL file loaded through the real ingest (the scorecard's 温州 corpus plus one
 * report that fails R1): the DOCX is unzipped and its sentences, numbers (read again through the queries), wording for
 * none and one, fonts, images and permalinks are checked.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFull } from "@/lib/format";
import { ingestPaths } from "@/lib/ingest/ingest";
import { getYearTotals } from "@/lib/queries/overview";
import { getScorecard } from "@/lib/queries/scorecard";
import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";
import { applications, removeTempDirs, reportText, tempDir } from "@/test/helpers/ingest";
import { summarisePdf } from "@/test/helpers/pdf";
import { docxParagraphs, unzip } from "@/test/helpers/unzip";
import { loadScorecardCorpus, SCORECARD_AGENCIES as A } from "@/test/scorecard-corpus";
import { GET } from "./route";

const run = promisify(execFile);
const ORIGIN = "http://bulletin.test:3312";
const R1_AGENCY = "温州市龙湾区人民政府";

type Read = { res: Response; bytes: Uint8Array; files: Map<string, Buffer>; xml: string; paragraphs: string[] };
const read = new Map<string, Promise<Read>>();

/** Each bulletin is generated once per file (about a second of chart drawing) and read by several tests. */
function bulletin(query: string): Promise<Read> {
  if (!read.has(query)) read.set(query, generate(query));
  return read.get(query)!;
}

async function generate(query: string): Promise<Read> {
  const res = await GET(new NextRequest(new URL(`/api/export/bulletin?${query}`, ORIGIN)));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/wordprocessingml/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const files = unzip(bytes);
  const xml = files.get("word/document.xml")!.toString("utf8");
  return { res, bytes, files, xml, paragraphs: docxParagraphs(xml) };
}

beforeAll(async () => {
  const { client } = await loadScorecardCorpus();
  // 收支不平衡: 30 new applications, 25 handled, none carried forward (R1 in the natural-person and total columns).
  const broken = {
    ...applications(30),
    "outcome.granted.natural_person": 25,
    "outcome.granted.total": 25,
    "outcome.total.natural_person": 25,
    "outcome.total.total": 25,
  };
  const file = join(tempDir("nianbao-bulletin-"), "longwan-gov-2023.txt");
  writeFileSync(file, reportText({ agency: R1_AGENCY, year: 2023, published: "2024-02-01", values: broken }));
  const summary = await ingestPaths([file], { client, workers: 0 });
  expect(summary.failed).toBe(0);
}, 120_000);

afterAll(() => {
  delete process.env.DATABASE_URL;
  removeTempDirs();
});

describe("GET /api/export/bulletin", () => {
  it("writes the 通报 of a city: title, numbered sections, figures the queries give, year-on-year change", async () => {
    const { res, paragraphs } = await bulletin("region=3303&year=2023");
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain(
      "年报质量通报-浙江省温州市-2023.docx",
    );
    expect(paragraphs[0]).toBe("关于2023年度浙江省温州市政府信息公开工作年度报告情况的通报");
    const headings = paragraphs.filter((p) => /^[一二三四五六]、/.test(p));
    expect(headings).toEqual([
      "一、年报总体情况",
      "二、年报发布情况",
      "三、数据勾稽关系校验情况",
      "四、年报质量评分情况",
      "五、有关要求",
    ]);

    const selection = { region: "3303", from: null, to: 2023, level: null, kind: null, agencies: [] };
    const totals = await getYearTotals({ selection });
    const [now, before] = [totals.find((t) => t.year === 2023)!, totals.find((t) => t.year === 2022)!];
    const change = (now.apps_new! - before.apps_new!) / before.apps_new!;
    const word = change > 0 ? "增长" : "减少";
    expect(paragraphs).toContain(
      `全年新收政府信息公开申请${formatFull(now.apps_new)}件，较上年${word}${(Math.abs(change) * 100).toFixed(1)}%。`,
    );
    const delta = now.reports - before.reports;
    expect(paragraphs.join("\n")).toContain(
      `2023年度，浙江省温州市共收录年报${now.reports}份，较上年${delta > 0 ? "增加" : "减少"}${Math.abs(delta)}份，其中${now.failing}份未通过勾稽关系校验。`,
    );
  });

  it("names who is missing, late and failing by rule, with 1家 for one and 未发现 for none", async () => {
    const { paragraphs } = await bulletin("region=3303&year=2023");
    const card = await getScorecard({
      scope: { region: "3303", level: null, kind: null },
      year: 2023,
      weights: DEFAULT_WEIGHTS,
    });
    const published = card.agencies.filter((a) => a.status === "published").length;
    expect(paragraphs.join("\n")).toContain(
      `纳入统计的机关${card.agencies.length}家（本年度发布年报或往年发布过年报的机关），已发布2023年度年报${published}家`,
    );
    expect(paragraphs).toContain(`1家机关往年发布过年报，但未发现其本年度年报：${A.missing}。`);
    expect(paragraphs).toContain(`1家机关逾期发布年报：${A.late}（逾期 39 天，应1月31日前）。`);
    expect(paragraphs).toContain("已发布的年报均注明了发布日期。");
    expect(paragraphs.find((p) => p.includes("R1 收支平衡"))).toBe(
      `（一）R1 收支平衡（新收+结转=办理+结转下年）：1家机关未通过，即${R1_AGENCY}。`,
    );
    expect(paragraphs.find((p) => p.includes("R5 年度衔接"))).toContain(`1家机关未通过，即${A.late}`);
    expect(paragraphs.some((p) => p.includes("0家"))).toBe(false);
  });

  it("lists the scorecard's top and bottom agencies with their scores and what they lost points on", async () => {
    const { paragraphs } = await bulletin("region=3303&year=2023");
    const card = await getScorecard({
      scope: { region: "3303", level: null, kind: null },
      year: 2023,
      weights: DEFAULT_WEIGHTS,
    });
    const best = card.agencies[0];
    expect(paragraphs.find((p) => p.startsWith("得分居前的"))).toContain(
      `${best.agencyName}（${best.score!.toFixed(1)}分）`,
    );
    const scored = card.agencies.filter((a) => a.status === "published" && a.score !== null);
    const worst = scored.at(-1)!;
    expect(paragraphs.find((p) => p.startsWith("得分靠后的"))).toContain(
      `${worst.agencyName}（${worst.score!.toFixed(1)}分）`,
    );
    expect(paragraphs).toContain("失分项");
    expect(paragraphs.some((p) => p.startsWith("按时发布：逾期 39 天"))).toBe(true);
  });

  it("says 未发现 where nothing is wrong (a district with its agencies all on time and present)", async () => {
    const { paragraphs } = await bulletin("region=330304&year=2022");
    expect(paragraphs).toContain("未发现往年发布过年报而本年度缺报的机关。");
    expect(paragraphs).toContain("未发现逾期发布年报的情况。");
    expect(paragraphs).toContain("经逐表校验，未发现年报存在勾稽关系错误。");
  });

  it("declares 宋体 for the body and 黑体 for headings, with SimSun / SimHei as alternates", async () => {
    const { files } = await bulletin("region=3303&year=2023");
    const styles = files.get("word/styles.xml")!.toString("utf8");
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"[\s\S]*?<\/w:style>/);
    expect(styles).toMatch(/w:styleId="Title"[\s\S]*?w:eastAsia="黑体"[\s\S]*?<\/w:style>/);
    expect(styles).toContain('w:eastAsia="zh-CN"');
    const fonts = files.get("word/fontTable.xml")!.toString("utf8");
    expect(fonts).toMatch(/<w:font w:name="宋体"><w:altName w:val="SimSun"\/>/);
    expect(fonts).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/);
  });

  it("embeds the four charts as PNG images, each followed by the permalink of its view", async () => {
    const { files, xml, paragraphs } = await bulletin("region=3303&year=2023");
    const media = [...files.keys()].filter((k) => k.startsWith("word/media/"));
    expect(media).toHaveLength(4);
    for (const name of media) {
      const png = files.get(name)!;
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
      expect(png.length).toBeGreaterThan(5_000); // drawn, not an empty frame
    }
    expect(xml.match(/<pic:pic /g)).toHaveLength(4);
    for (const title of [
      "图1 申请量趋势（按申请人类型）",
      "图2 办理结果构成",
      "图3 提交年报与未通过校验（份）",
      "图4 各下级地区平均得分",
    ]) {
      const i = paragraphs.indexOf(title);
      expect(i, title).toBeGreaterThan(0);
      expect(paragraphs[i + 1]).toMatch(/^数据视图：http:\/\/bulletin\.test:3312\//);
    }
  });

  it("links every figure to its view with absolute permalinks from the request's origin", async () => {
    const { files, paragraphs } = await bulletin("region=3303&year=2023");
    const links = paragraphs.filter((p) => p.startsWith("数据视图：")).map((p) => p.slice("数据视图：".length));
    expect(links).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/?region=3303&to=2023`,
        `${ORIGIN}/scorecard?region=3303&year=2023`,
        `${ORIGIN}/quality?region=3303&from=2023&to=2023&rule=R1`,
        `${ORIGIN}/quality?region=3303&from=2023&to=2023`,
      ]),
    );
    const rels = files.get("word/_rels/document.xml.rels")!.toString("utf8");
    for (const link of links) expect(rels).toContain(`Target="${link.replaceAll("&", "&amp;")}" TargetMode="External"`);
    // Each section's figures end with a link before the next heading.
    const headingAt = paragraphs.map((p, i) => (/^[一二三四]、/.test(p) ? i : -1)).filter((i) => i > 0);
    for (const [k, start] of headingAt.entries()) {
      const end = headingAt[k + 1] ?? paragraphs.indexOf("五、有关要求");
      expect(
        paragraphs.slice(start, end).some((p) => p.startsWith("数据视图：")),
        paragraphs[start],
      ).toBe(true);
    }
  });

  it("builds the permalinks on the host the request came by (behind a proxy, the forwarded one)", async () => {
    const headers = { host: "127.0.0.1:3000", "x-forwarded-host": "gk.example.gov.cn", "x-forwarded-proto": "https" };
    const res = await GET(
      new NextRequest(new URL("/api/export/bulletin?region=3303&year=2015", "http://localhost:3000"), { headers }),
    );
    const paragraphs = docxParagraphs(
      unzip(new Uint8Array(await res.arrayBuffer()))
        .get("word/document.xml")!
        .toString("utf8"),
    );
    expect(paragraphs.at(-1)).toBe("数据视图：https://gk.example.gov.cn/?region=3303&to=2015");
  });

  it("writes a short valid bulletin for a region or year without reports", async () => {
    // 北京 has no report in this corpus (so no stored region): named from the national division list.
    const empty = await bulletin("region=11&year=2023");
    expect(empty.paragraphs[0]).toBe("关于2023年度北京市政府信息公开工作年度报告情况的通报");
    expect(empty.paragraphs).toContain(
      "2023年度，北京市未收录政府信息公开工作年度报告，也没有往年发布过年报的机关，本通报无统计内容。",
    );
    const county = await bulletin("region=110105&year=2023");
    expect(county.paragraphs[0]).toBe("关于2023年度北京市朝阳区政府信息公开工作年度报告情况的通报");
    // 温州市 is stored (its reports), 洞头区 is not: the county is named, not its city.
    const dongtou = await bulletin("region=330305&year=2023");
    expect(dongtou.paragraphs[0]).toBe("关于2023年度浙江省温州市洞头区政府信息公开工作年度报告情况的通报");
    expect([...empty.files.keys()].some((k) => k.startsWith("word/media/"))).toBe(false);
    const early = await bulletin("region=3303&year=2015");
    expect(early.paragraphs).toContain(
      "2015年度，浙江省温州市未收录政府信息公开工作年度报告，也没有往年发布过年报的机关，本通报无统计内容。",
    );
    expect(early.paragraphs.at(-1)).toBe(`数据视图：${ORIGIN}/?region=3303&to=2015`);
  });

  it.each([
    ["region=3", /region/],
    ["year=20x3", /年度 year/],
    ["year=1990", /年度 year/],
  ])("answers %s with 400 and a Chinese and English message", async (query, message) => {
    const res = await GET(new NextRequest(new URL(`/api/export/bulletin?${query}`, ORIGIN)));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatch(message);
    expect(error).toMatch(/参数无效/);
    expect(error).toMatch(/invalid parameter/);
  });
});

describe("the bulletin in LibreOffice", () => {
  it("converts to PDF with every sentence checked above and every chart image on its pages", async () => {
    const { bytes, paragraphs } = await bulletin("region=3303&year=2023");
    const dir = tempDir("nianbao-bulletin-pdf-");
    const docx = join(dir, "bulletin.docx");
    writeFileSync(docx, bytes);
    // A profile of its own: a LibreOffice already running for someone else would otherwise take the job and exit.
    await run(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
      {
        timeout: 180_000,
      },
    );
    const pdf = await summarisePdf(new Uint8Array(readFileSync(join(dir, "bulletin.pdf"))));
    expect(pdf.images).toBe(4);
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    for (const p of paragraphs.filter((x) => x.length > 0)) expect(pdf.text, p).toContain(squeeze(p));
  }, 240_000);
});
