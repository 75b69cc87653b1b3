/**
 * XHTML inside another XML vocabulary (a catalogue's <gkml:document xmlns:h="http://www.w3.org/1999/xhtml"> with
 * <h:table><h:tr><h:td>): read as the HTML it is, whatever prefix the document binds, under any file name.
 */
import { describe, expect, it } from "vitest";
import { applications, reportText } from "@/test/helpers/ingest";
import { parseDocument, parseText } from "../index";
import { htmlToText } from "./html-to-text";

/** The report's lines as namespaced XHTML: a line of cells is a row, any other a paragraph. */
function asXhtml(text: string, p: string, root: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    const isRow = line.includes(" | ");
    if (isRow && !inTable) out.push(`<${p}:table border="1">`);
    if (!isRow && inTable) out.push(`</${p}:table>`);
    inTable = isRow;
    if (isRow) {
      const cells = line.replace(/\s*\|\s*$/, "").split(" | ");
      out.push(`<${p}:tr>${cells.map((c) => `<${p}:td>${c}</${p}:td>`).join("")}</${p}:tr>`);
    } else out.push(`<${p}:p>${line}</${p}:p>`);
  }
  if (inTable) out.push(`</${p}:table>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns:${root.split(":")[0]}="http://example.gov.cn/schema/1.0"`,
    ` xmlns:${p}="http://www.w3.org/1999/xhtml">`,
    "<meta:title>年报</meta:title>",
    ...out,
    `</${root}>`,
  ].join("\n");
}

const CASES = [
  { prefix: "h", root: "gkml:document", agency: "瓯海区人民政府办公室", year: 2022, apps: applications(7, 1, 0) },
  { prefix: "x", root: "cms:article", agency: "瓯海区人民政府办公室", year: 2023, apps: applications(46, 5, 3) },
  { prefix: "xhtml", root: "doc:page", agency: "瓯海区人民政府办公室", year: 2024, apps: applications(118, 0, 9) },
];

describe("namespaced XHTML (<h:td>)", () => {
  for (const c of CASES)
    it(`reads the table of <${c.prefix}:td> cells as the plain page's (${c.year})`, async () => {
      const plain = reportText({ agency: c.agency, year: c.year, values: c.apps });
      const want = parseText(plain).value!.values;
      const xml = asXhtml(plain, c.prefix, c.root);
      for (const name of ["report.txt", "report.xml", "report.html"]) {
        const got = await parseDocument(new TextEncoder().encode(xml), name);
        expect(got.error, name).toBeUndefined();
        expect(got.value!.values, name).toEqual(want);
      }
      expect(want["apps.new.total"]).toBe(c.apps["apps.new.total"]);
    });

  it("drops only the prefix bound to XHTML: Word's <o:p> stays what it was", () => {
    const word = "<table><tr><td><p>5<o:p></o:p></p></td><td>6</td></tr></table>";
    const declared = `<r xmlns:h="http://www.w3.org/1999/xhtml">${word}</r>`;
    expect(htmlToText(declared).trim()).toBe(htmlToText(word).trim());
    const ns =
      '<r xmlns:h="http://www.w3.org/1999/xhtml"><h:table><h:tr><h:td>5</h:td><h:td>6</h:td></h:tr></h:table></r>';
    expect(htmlToText(ns).trim()).toBe(htmlToText("<table><tr><td>5</td><td>6</td></tr></table>").trim());
  });
});
