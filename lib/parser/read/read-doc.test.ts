/**
 * Word 97–2003 .doc: the committed LibreOffice conversions (fixtures/make-documents.sh; soffice is never run
 * here) read exactly like their DOCX, files are sniffed by content, and every broken, foreign or locked
 * compound file ends in one sentence, quickly.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/corpus/random";
import { parseDocument } from "../index";
import { paragraphsToHtml } from "./doc-to-text";
import { htmlToText } from "./html-to-text";
import { checkOle } from "./ole-guard";
import { readDocument } from "./read-document";
import { fixtureBytes, makeOle } from "@/test/helpers/read-fixtures";
import type { Paragraph, ParagraphProps } from "./word-binary";
import { cpuMs } from "@/test/helpers/cpu-time";

const doc = (name: string) => fixtureBytes("documents", name);
const BODY: ParagraphProps = { depth: 0, rowEnd: false, mergedCells: [] };
/** One sentence: a capital, no line break, one full stop at the end. */
const SENTENCE = /^[A-Z][^\n]*\.$/;

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const cpu = cpuMs();
  const value = await f();
  return { value, ms: cpu() };
}

describe(".doc made by LibreOffice reads like the DOCX it came from", () => {
  it.each(["seed001", "seed002"])("%s.doc: same text, same figures, year, agency and family", async (stem) => {
    const fromDoc = await readDocument(doc(`${stem}.doc`), `${stem}.doc`);
    const fromDocx = await readDocument(doc(`${stem}.docx`), `${stem}.docx`);
    expect(fromDoc.error).toBeUndefined();
    expect(fromDoc.value).toMatchObject({ kind: "doc", encoding: "utf-16le" });
    // Merged cells dropped, a cell's paragraphs joined by spaces, rows one per line: the DOCX shape exactly.
    expect(fromDoc.value?.text).toBe(fromDocx.value?.text);
    expect(fromDoc.value?.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);

    const a = await parseDocument(doc(`${stem}.doc`), `${stem}.doc`);
    const b = await parseDocument(doc(`${stem}.docx`), `${stem}.docx`);
    expect(a.error).toBeUndefined();
    expect(Object.keys(a.value!.values).length).toBeGreaterThan(20);
    expect(a.value!.values).toEqual(b.value!.values);
    expect([a.value!.year, a.value!.agency.name, a.value!.family]).toEqual([
      b.value!.year,
      b.value!.agency.name,
      b.value!.family,
    ]);
  });

  it(
    "a hand-written report with split and merged cells, a hyperlink field and a line break reads like its " + "HTML",
    async () => {
      const text = (await readDocument(doc("doc-cells-split.doc"), "x.doc")).value?.text ?? "";
      const html = htmlToText(new TextDecoder().decode(doc("doc-cells-split.html")));
      // The HTML reader also prints the <title>; the .doc has only the <h1>.
      expect(text).toBe(html.split("\n").slice(1).join("\n"));
      expect(text).toContain("\n商业 企业 | 科研 机构 | 社会公益 组织 | 法律服务 机构 | 其他\n");
      expect(text).toContain("\n(三) 不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n");
      expect(text).toContain("\n2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n");
      expect(text).toContain("\n行政规范性 文件 | 4 | 1 | 27\n"); // "1" sat after an empty paragraph in its cell
      expect(text).toContain("可在青川县人民政府门户网站下载");
      expect(text).not.toMatch(/HYPERLINK|http/);
      expect(text).toContain("做好主动公开和依申请公开工作。\n全年通过门户网站主动公开信息312条。");

      const { value, error, issues } = await parseDocument(doc("doc-cells-split.doc"), "x.doc");
      expect(error).toBeUndefined();
      expect(issues).toEqual([]);
      expect([value!.family, value!.year, value!.agency.name]).toEqual(["2021", 2022, "青川县自然资源局"]);
      expect(value!.values).toMatchObject({
        "active.normative_docs.in_force": 27,
        "active.fees.amount_wan": 3.6,
        "apps.new.total": 30,
        "outcome.unable.not_held.legal_service": 1,
        "outcome.total.total": 31,
        "apps.carried_forward.total": 3,
        "review.total": 3,
        "litigation_direct.pending": 1,
      });
      const fromHtml = await parseDocument(doc("doc-cells-split.html"), "x.html");
      expect(value!.values).toEqual(fromHtml.value!.values);
    },
  );
});

describe(".doc is recognised by content, not name", () => {
  it.each([
    ["seed002.doc", "report.docx", "doc"],
    ["seed002.doc", "report.txt", "doc"],
    ["seed002.doc", "report", "doc"],
    ["seed002.docx", "report.doc", "docx"],
    ["seed002.html", "report.doc", "html"],
  ])("%s named %s reads as %s", async (file, name, kind) => {
    const res = await readDocument(doc(file), name);
    expect(res.value?.kind).toBe(kind);
  });
});

/** seed001.doc with its FIB patched: the WordDocument stream starts on a sector with the Word magic A5EC. */
function patchedFib(patch: (fib: DataView) => void): Uint8Array {
  const bytes = doc("seed001.doc").slice();
  for (let at = 512; at < bytes.length; at += 512) {
    if (bytes[at] === 0xec && bytes[at + 1] === 0xa5) {
      patch(new DataView(bytes.buffer, at, 512));
      return bytes;
    }
  }
  throw new Error("no FIB found");
}

const stream = (name: string, size = 100) => ({ name, data: new Uint8Array(size).fill(0x41) });

describe(".doc that cannot be read gives one clear sentence", () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ["the first 60% of seed002.doc", () => doc("truncated.doc"), /^DOC is damaged: the file is truncated \(.+\)\.$/],
    [
      "a password-protected .doc (LibreOffice, password set)",
      () => doc("encrypted.doc"),
      /^The Word document is password-protected \(encrypted\); save a copy without the password\.$/,
    ],
    [
      "an Excel 97 workbook",
      () => makeOle([stream("Workbook"), stream("\u0005SummaryInformation")]),
      /^Not a report: the file is an Excel workbook \(XLS\)\.$/,
    ],
    [
      "a PowerPoint 97 presentation",
      () => makeOle([stream("PowerPoint Document")]),
      /^Not a report: the file is a PowerPoint presentation \(PPT\)\.$/,
    ],
    [
      "a password-protected DOCX (an OLE2 file)",
      () => makeOle([stream("EncryptionInfo"), stream("EncryptedPackage")]),
      /password-protected \(encrypted\) Office document/,
    ],
    [
      "some other compound file",
      () => makeOle([stream("Contents")]),
      /^Not a report: the file is an Office 97–2003 file but not a Word document\.$/,
    ],
    [
      "a Word 6.0/95 document",
      () => patchedFib((fib) => fib.setUint16(2, 0x65, true)),
      /^The file is a Word 6\.0\/95 document, which is not supported; save it as DOCX\.$/,
    ],
    [
      "a Word stream without the Word magic",
      () => makeOle([stream("WordDocument", 1024)]),
      /^DOC is damaged: its WordDocument stream has no valid header\.$/,
    ],
    [
      "a header cut at 100 bytes",
      () => doc("seed002.doc").slice(0, 100),
      /^DOC is damaged: the file is truncated \(shorter than its 512-byte header\)\.$/,
    ],
  ];
  it.each(cases)("%s", async (_, bytes, message) => {
    const res = await readDocument(bytes(), "report.doc");
    expect(res).toMatchObject({ value: null, issues: [] });
    expect(res.error).toMatch(message);
    expect(res.error).toMatch(SENTENCE);
  });

  it("is refused at the reader's size cap like every other kind", async () => {
    const res = await readDocument(doc("seed002.doc"), "big.doc", { maxBytes: 10_000 });
    expect(res.error).toBe(`The file is too large (${doc("seed002.doc").length} bytes; limit 10000).`);
  });
});

describe("the compound-file guard stops what word-extractor would loop on", () => {
  const word = () => makeOle([stream("WordDocument", 5000), stream("1Table", 5000)]);
  const set = (bytes: Uint8Array, at: number, value: number) => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setInt32(at, value, true);
    return copy;
  };
  // word-extractor 1.0.4 follows this two-sector cycle forever, growing an array until the process dies.
  it.each([
    ["a FAT chain that loops", set(word(), 512 + 4 * 3, 2), "its stream WordDocument chain loops"],
    [
      "a FAT chain into a sector past the end",
      set(word(), 512 + 4 * 3, 100),
      "the file is truncated (its stream WordDocument runs past the end)",
    ],
    ["a directory whose siblings point at each other", set(word(), 1024 + 128 * 2 + 72, 1), "its directory is damaged"],
    ["sectors of 2^20 bytes", set(word(), 30, 20), "its compound-file header is invalid"],
    [
      "a FAT of a million sectors",
      set(word(), 44, 1_000_000),
      "the file is truncated (its allocation table lies past the end)",
    ],
    [
      "a stream longer than its chain",
      set(word(), 1024 + 128 + 120, 1_000_000),
      "its stream WordDocument is cut short",
    ],
  ])("%s", async (_, bytes, reason) => {
    expect(checkOle(bytes)).toBe(reason);
    const { value, ms } = await timed(() => readDocument(bytes, "x.doc"));
    expect(value.error).toBe(`DOC is damaged: ${reason}.`);
    expect(ms).toBeLessThan(2000);
  });

  it("random damage to real .doc files ends, quickly, in a value or a sentence", async () => {
    const rng = new Rng(8);
    const files = ["seed001.doc", "seed002.doc", "doc-cells-split.doc"].map(doc);
    for (let i = 0; i < 150; i++) {
      const bytes = files[i % files.length].slice();
      const cut = i % 5 === 0 ? rng.int(1, bytes.length - 1) : bytes.length;
      // Most damage goes where the structure is: the header, FAT, directory and the FIB's first sectors.
      for (let k = rng.int(1, 8); k > 0; k--)
        bytes[rng.chance(0.7) ? rng.int(0, 4095) : rng.int(0, bytes.length - 1)] = rng.int(0, 255);
      const { value, ms } = await timed(() => readDocument(bytes.slice(0, cut), "x.doc"));
      expect(ms, `case ${i}`).toBeLessThan(3000);
      if (value.error) expect(value.error, `case ${i}`).toMatch(SENTENCE);
      else expect(value.value?.text.length, `case ${i}`).toBeGreaterThan(0);
    }
  });
});

describe("paragraphs → HTML", () => {
  const para = (text: string, mark = "\r", props: ParagraphProps = BODY): Paragraph => ({ text, mark, props });
  const cell = (text: string, mark = "\u0007"): Paragraph =>
    para(text, mark, { depth: 1, rowEnd: false, mergedCells: [] });
  const rowEnd = (mergedCells: boolean[] = []): Paragraph =>
    para("", "\u0007", { depth: 1, rowEnd: true, mergedCells });
  const text = (ps: Paragraph[]) => htmlToText(paragraphsToHtml(ps));

  it("keeps field results, drops instructions, nested fields too", () => {
    expect(text([para('见\u0013 HYPERLINK "http://x.gov.cn" \u0014网站\u0013 PAGE \u00143\u0015\u0015。')])).toBe(
      "见网站3。",
    );
  });

  it(
    "reads an unclosed field in linear time (word-extractor's regex takes minutes) and hides only its " + "paragraph",
    () => {
      const cpu = cpuMs();
      expect(text([para(`前\u0013${"字".repeat(1_000_000)}`), para("后")])).toBe("前\n后");
      expect(cpu()).toBeLessThan(2000);
    },
  );

  it("tells a typed tab from a cell mark, and escapes markup", () => {
    const out = text([para("规章\t0\t<b>&"), cell("行政许可"), cell("5"), rowEnd(), para("完")]);
    expect(out).toBe("规章 0 <b>&\n行政许可 | 5\n完");
  });

  it("drops merged-cell continuations only when the row has as many cells as its definition", () => {
    expect(text([cell(""), cell("(二)部分公开"), cell("7"), rowEnd([true, false, false])])).toBe("(二)部分公开 | 7");
    expect(text([cell(""), cell("(二)部分公开"), cell("7"), rowEnd([true, false])])).toBe(" | (二)部分公开 | 7");
  });

  it("a table whose last row lost its end mark still gives that row", () => {
    expect(text([cell("本年新收"), cell("3"), para("正文")])).toBe("本年新收 | 3\n正文");
  });
});
