import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { APPLICANTS, expectedRow, fixtureBytes, fixtureJson, rowNumbers } from "@/test/helpers/read-fixtures";

type SeedExpected = Record<string, { nonzero: Record<string, number> }>;
const seeds = fixtureJson<SeedExpected>("seeds", "expected.json");
const seed002 = seeds["002_1011c9d1822b474b.txt"].nonzero;

async function read(name: string) {
  return readDocument(fixtureBytes("documents", name), name);
}

/** §三 rows of seed 002 under their template labels: each must read as one line with its 7 numbers. */
const SEED002_ROWS: [string, string][] = [
  ["本年新收", "apps.new"],
  ["上年结转", "apps.carried_over"],
  ["(一)予以公开", "outcome.granted"],
  ["(二)部分公开", "outcome.partial"],
  ["1.本机关不掌握相关政府信息", "outcome.unable.not_held"],
  ["(七)总计", "outcome.total"],
  ["结转下年度", "apps.carried_forward"],
];

describe("readDocument on seed 002 in every format", () => {
  const cases: [string, string, string][] = [
    ["seed002.html", "html", "utf-8"],
    ["seed002.docx", "docx", "utf-8"],
    ["seed002.pdf", "pdf", "pdf"],
    ["seed002.gb18030.txt", "text", "gb18030"],
    ["seed002.utf16le-bom.txt", "text", "utf-16le"],
    ["seed002.utf16be-bom.txt", "text", "utf-16be"],
  ];
  it.each(cases)("%s reads as %s (%s) with the seed's table rows", async (name, kind, encoding) => {
    const res = await read(name);
    expect(res.error).toBeUndefined();
    expect(res.value?.kind).toBe(kind);
    expect(res.value?.encoding).toBe(encoding);
    const text = res.value?.text ?? "";
    expect(text).not.toMatch(/\r|\u0000/);
    for (const [label, key] of SEED002_ROWS) {
      expect(rowNumbers(text, label, 7), `${name}: ${label}`).toEqual(expectedRow(seed002, key, APPLICANTS));
    }
    expect(rowNumbers(text, "行政规范性文件", 3)).toEqual(
      expectedRow(seed002, "active.normative_docs", ["issued", "repealed", "in_force"]),
    );
  });

  it("HTML drops script and style and keeps the title", async () => {
    const text = (await read("seed002.html")).value?.text ?? "";
    expect(text).not.toContain("不应出现在文本中");
    expect(text).not.toContain("display: none");
  });
});

describe("readDocument on seed 001 (legacy 统计表) and seed 004 (Big5)", () => {
  const legacy = (seeds["001_2280456dce613c96.txt"] as unknown as { legacy_rows_nonzero: Record<string, number> })
    .legacy_rows_nonzero;
  it.each([
    ["seed001.html", "utf-8"],
    ["seed001.gbk.html", "gb18030"],
    ["seed001.docx", "utf-8"],
    ["seed001.pdf", "pdf"],
  ])("%s has the 统计表 rows with unit and value cells", async (name, encoding) => {
    const res = await read(name);
    expect(res.value?.encoding).toBe(encoding);
    const text = res.value?.text ?? "";
    for (const label of ["政府网站公开政府信息数", "政务微博公开政府信息数", "接受培训人员数"]) {
      expect(rowNumbers(text, label), `${name}: ${label}`).toEqual([legacy[label]]);
    }
  });

  it("seed004.big5.txt decodes as Big5 to exactly the seed's traditional text", async () => {
    const res = await read("seed004.big5.txt");
    expect(res.value).toMatchObject({ kind: "text", encoding: "big5" });
    // The generator dropped the seed's pinyin annotations "(xiāng)", which Big5 cannot encode.
    const seed = new TextDecoder().decode(fixtureBytes("seeds", "004_c6ba2d9de738c146.txt"));
    expect(res.value?.text).toBe(seed.replace(/\([a-zA-Z\u00c0-\u024f]+\)/g, "").trim());
  });
});

describe("readDocument refuses what is not a readable report", () => {
  const cases: [string, RegExp][] = [
    ["empty.txt", /^The file is empty\.$/],
    ["image.png", /^Not a report: the file is an image \(PNG\)\.$/],
    ["not-docx.zip", /^Not a report: the file is a ZIP archive, not a Word document\.$/],
    ["random.bin", /^Not a report: the file is binary data, not text\.$/],
    ["truncated.docx", /^DOCX is damaged: /],
    ["truncated.pdf", /^PDF is damaged: /],
    ["scanned.pdf", /^PDF has no text layer \(scanned image\); it needs OCR\.$/],
  ];
  it.each(cases)("%s gives a clear error", async (name, message) => {
    const res = await read(name);
    expect(res).toMatchObject({ value: null, issues: [] });
    expect(res.error).toMatch(message);
  });

  it("reads a .doc's raw text with its cell marks (U+0007), and a mostly Chinese page with broken bytes", async () => {
    const cells = "主动公开信息数\x07条\x0712\x07\x07受理依申请公开信息总数\x07条\x073\x07\x07".repeat(3);
    const doc = await readDocument(new TextEncoder().encode(`某镇2012年政府信息公开工作年度报告\n${cells}`), "a.txt");
    expect(doc.value?.text).toContain("受理依申请公开信息总数");
    const chinese = "本年度共受理政府信息公开申请四件，均已按期答复。".repeat(4);
    const text = `${chinese}\n${"\ufffd锛堜竷锛夋\ufffd昏\ufffd 4 0 4 ".repeat(3)}\n${chinese}`;
    const page = await readDocument(new TextEncoder().encode(text), "b.txt");
    expect(page.value?.text).toContain("本年度共受理政府信息公开申请四件");
  });

  it("sniffs the kind from the bytes, not the file name", async () => {
    const res = await readDocument(fixtureBytes("documents", "seed002.pdf"), "report.txt");
    expect(res.value?.kind).toBe("pdf");
  });

  it("refuses input over the size limit", async () => {
    const res = await readDocument(new Uint8Array(2000).fill(0x41), "big.txt", { maxBytes: 1000 });
    expect(res.error).toMatch(/too large/);
  });
});

describe("readDocument trims the spaces ending each line", () => {
  const text = async (s: string) => (await readDocument(new TextEncoder().encode(s), "page.txt")).value?.text;

  it("drops spaces and tabs at every line's end and keeps those inside a line", async () => {
    expect(await text("统计表 \t\n收到申请数   条 3 \n\t合计 5\t\t")).toBe("统计表\n收到申请数   条 3\n\t合计 5");
    // A line ends at U+2028/U+2029 too; a full-width space is the page's own and stays.
    expect(await text("一 \u2028二\u3000 \u2029三")).toBe("一\u2028二\u3000\u2029三");
  });

  // A regex retrying each run (quadratic in the run's length) takes minutes here, past the test's time limit.
  it("stays linear on long runs of spaces inside lines (a PDF's padded columns)", async () => {
    const line = `收到申请数${" ".repeat(20_000)}3 `;
    const out = await text(`${line}\n`.repeat(50));
    expect(out?.split("\n")).toHaveLength(50);
    expect(out?.endsWith(`${" ".repeat(20_000)}3`)).toBe(true);
  });
});
