import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable, looksLikeMhtml, readMhtml } from "./mhtml";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe("decodeQuotedPrintable", () => {
  it("turns =XX into bytes and joins soft line breaks (=CRLF, =LF, = before trailing spaces)", () => {
    expect(text(decodeQuotedPrintable("=E5=B9=B4=\r\n=E5=BA=A6 3=3D3"))).toBe("年度 3=3");
    expect(text(decodeQuotedPrintable("<td>1=\n2</td>=  \n<td>=e4=b8=80</td>"))).toBe("<td>12</td><td>一</td>");
  });

  it("keeps a lone '=' that is neither a byte nor a soft break, and a trailing '='", () => {
    expect(text(decodeQuotedPrintable("a=G1 b="))).toBe("a=G1 b");
  });
});

describe("readMhtml", () => {
  const message = (parts: string[], header = 'Content-Type: multipart/related; boundary="B1"') =>
    bytes(["MIME-Version: 1.0", header, "", ...parts.flatMap((p) => ["--B1", p]), "--B1--", ""].join("\r\n"));

  it("reads every text/html part, skipping others; null when there is none", () => {
    const got = readMhtml(
      message([
        "Content-Type: text/css\r\n\r\ntd{}",
        "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E4=B8=80</p>",
        "Content-Type: text/html; charset=utf-8\r\n\r\n<p>frame</p>",
      ]),
    );
    expect(got?.html.map((h) => h.trim())).toEqual(["<p>一</p>", "<p>frame</p>"]);
    expect(got?.prefix).toBe("");
    expect(
      readMhtml(message(["Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo="])),
    ).toBe(null);
  });

  it("is decided by a multipart header in the opening header block, not by words in a report's text", () => {
    const prose = "本报告附件格式为 multipart/related（单个文件网页）。\nContent-Type 说明：无。";
    expect(looksLikeMhtml(prose)).toBe(false);
    expect(readMhtml(bytes(prose))).toBe(null);
    expect(looksLikeMhtml("X-Note: a\ncontent-type: Multipart/Related; boundary=x")).toBe(true);
  });

  it("stays linear on many parts without a blank line (a hostile file)", () => {
    const parts = Array.from({ length: 2000 }, () => `Content-Type: text/html${"x".repeat(2000)}`);
    const t0 = performance.now();
    expect(readMhtml(message(parts))).toBe(null);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
