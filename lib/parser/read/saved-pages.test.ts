/**
 * What saving a page does to a report's tables: each variant of a hand-made HTML report (the seeds' pages and the
 * hand-written doc-cells-split.html) must parse to exactly the figures of the page it was made from.
 */
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
