/**
 * What saving a page does to a report's tables: each variant of a hand-made HTML report (the seeds' pages and the
 * hand-written doc-cells-split.html) must parse to exactly the figures of the page it was made from.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixtureBytes } from "@/test/helpers/read-fixtures";
import { parseDocument } from "../index";

const PAGES = ["seed001.html", "seed002.html", "doc-cells-split.html"];
const page = (name: string): string => new TextDecoder().decode(fixtureBytes("documents", name));

async function valuesOf(html: string | Uint8Array, name: string): Promise<Record<string, number>> {
  const bytes = typeof html === "string" ? new TextEncoder().encode(html) : html;
  const res = await parseDocument(bytes, name);
  expect(res.error, name).toBeUndefined();
  return res.value?.values ?? {};
}

/** Every cell holding only a figure, rewritten by `cell` (the figure in, the cell's new content out). */
const rewriteCells = (html: string, cell: (n: string, i: number) => string): string => {
  let i = 0;
  return html.replace(/(<td[^>]*>)\s*(\d+)\s*(<\/td>)/g, (_, open, n, close) => `${open}${cell(n, i++)}${close}`);
};

describe("a form saved as a page: figures in <input value> and <textarea> cells", () => {
  const forms: [string, (n: string, i: number) => string][] = [
    ["readonly text inputs", (n, i) => `<input type="text" class="nb-num" name="s3_c${i}" value="${n}" readonly>`],
    ["unquoted, upper case, self-closing", (n, i) => `<INPUT TYPE=TEXT NAME=r${i}c1 VALUE=${n} READONLY />`],
    ["textareas beside a hidden id", (n, i) => `<input type=hidden name=id${i} value=9${i}><textarea>${n}</textarea>`],
  ];
  it.each(PAGES)("%s reads the same figures in every form", async (name) => {
    const html = page(name);
    const want = await valuesOf(html, name);
    expect(Object.keys(want).length).toBeGreaterThan(5);
    for (const [what, cell] of forms) {
      const form = rewriteCells(html, cell);
      expect(form, what).not.toBe(html);
      expect(await valuesOf(form, name), `${name}: ${what}`).toEqual(want);
    }
  });
});

/** Quoted-printable as Word and Chrome write it: =XX for "=" and every byte past ASCII, lines cut at 76 with "=". */
function quotedPrintable(bytes: Uint8Array, eol: string): string {
  const lines: string[] = [];
  let line = "";
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line);
      line = "";
      continue;
    }
    if (b === 0x0d) continue;
    const c =
      b >= 0x20 && b < 0x7f && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
    if (line.length + c.length > 75) {
      lines.push(`${line}=`);
      line = "";
    }
    line += c;
  }
  lines.push(line);
  return lines.join(eol);
}

const base64Lines = (bytes: Uint8Array): string =>
  (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");

describe("a page saved as MHTML (.mht/.mhtml): MIME multipart, quoted-printable or base64, any charset", () => {
  const word = (html: string): Uint8Array => {
    const gb = iconv.encode(html.replace(/charset=["']?utf-8["']?/i, "charset=gb2312"), "gb2312");
    return new TextEncoder().encode(
      [
        "MIME-Version: 1.0",
        'Content-Type: multipart/related; boundary="----=_NextPart_01D2A3B4.C5D6E7F0"',
        "",
        "此文档为“单个文件网页”，也称“Web 档案”文件。",
        "",
        "------=_NextPart_01D2A3B4.C5D6E7F0",
        "Content-Location: file:///C:/A1B2C3D4/nianbao.htm",
        "Content-Transfer-Encoding: quoted-printable",
        'Content-Type: text/html; charset="gb2312"',
        "",
        quotedPrintable(gb, "\r\n"),
        "",
        "------=_NextPart_01D2A3B4.C5D6E7F0",
        "Content-Location: file:///C:/A1B2C3D4/nianbao.files/filelist.xml",
        "Content-Transfer-Encoding: quoted-printable",
        'Content-Type: text/xml; charset="utf-8"',
        "",
        '<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office"><o:File HRef=3D"filelist.xml"/></xml>',
        "------=_NextPart_01D2A3B4.C5D6E7F0--",
        "",
      ].join("\r\n"),
    );
  };
  const chrome = (html: string): Uint8Array => {
    const b = "----MultipartBoundary--a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ----";
    return new TextEncoder().encode(
      [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://www.example.gov.cn/zfxxgk/nb/t20240120_1.html",
        "Subject: =?utf-8?Q?=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A?=",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        `\tboundary="${b}"`,
        "",
        "",
        `--${b}`,
        "Content-Type: text/html",
        "Content-ID: <frame-0A1B2C3D@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        quotedPrintable(new TextEncoder().encode(html), "\n"),
        "",
        `--${b}`,
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "table { border-collapse: collapse; }",
        "",
        `--${b}--`,
        "",
      ].join("\n"),
    );
  };
  const base64Behind = (html: string): Uint8Array => {
    const gbk = iconv.encode(html, "gbk");
    return new TextEncoder().encode(
      [
        "标题: 年度报告",
        "原文链接: https://www.example.gov.cn/nb/2023.mht",
        "==================== 正文 ====================",
        "Mime-Version: 1.0",
        "content-type: multipart/related; boundary=NEXT_PART_7f3a; type=text/html",
        "",
        "--NEXT_PART_7f3a",
        "Content-Type: multipart/alternative; boundary=INNER_b2",
        "",
        "--INNER_b2",
        "Content-Type: text/html; charset=gbk",
        "Content-Transfer-Encoding: base64",
        "",
        base64Lines(gbk),
        "--INNER_b2--",
        "--NEXT_PART_7f3a--",
      ].join("\r\n"),
    );
  };
  const saves: [string, (html: string) => Uint8Array][] = [
    ["Word's .mht (gb2312, quoted-printable, CRLF)", word],
    ["Chrome's .mhtml (utf-8, folded headers, LF)", chrome],
    ["base64 gbk in a nested part, behind a crawler's header lines", base64Behind],
  ];
  it.each(PAGES)("%s reads the same figures however it was saved", async (name) => {
    const html = page(name);
    const want = await valuesOf(html, name);
    for (const [what, save] of saves) {
      expect(await valuesOf(save(html), name.replace(/\.html$/, ".txt")), `${name}: ${what}`).toEqual(want);
    }
  });
});
