/**
 * Word 97–2003 .doc → text: compound-file guard, the body's paragraphs and table rows (word-binary.ts), then
 * the HTML path, so a .doc table comes out in exactly the shape of the same table in DOCX (one row per line,
 * cells joined by " | ", a cell's paragraphs joined by spaces, merged-cell continuations dropped).
 */
import type { TextOrError } from "./docx-to-text";
import { firstSentence } from "./first-sentence";
import { htmlToText } from "./html-to-text";
import { checkOle } from "./ole-guard";
import { DocRefusal, readWordParagraphs, type Paragraph } from "./word-binary";

/** Root streams that name what else an OLE2 file is ([MS-XLS], [MS-PPT], [MS-OFFCRYPTO] 2.3.4). */
const OTHER_OLE: [string, string][] = [
  [
    "EncryptedPackage",
    "The file is a password-protected (encrypted) Office document; save a copy without the password.",
  ],
  ["Workbook", "Not a report: the file is an Excel workbook (XLS)."],
  ["Book", "Not a report: the file is an Excel workbook (XLS)."],
  ["PowerPoint Document", "Not a report: the file is a PowerPoint presentation (PPT)."],
];

export async function docToText(bytes: Uint8Array): Promise<TextOrError> {
  const ole = checkOle(bytes);
  if (typeof ole === "string") return { error: `DOC is damaged: ${ole}.` };
  if (!ole.rootStreams.has("WordDocument")) {
    const other = OTHER_OLE.find(([name]) => ole.rootStreams.has(name));
    return { error: other ? other[1] : "Not a report: the file is an Office 97–2003 file but not a Word document." };
  }
  try {
    return { text: htmlToText(paragraphsToHtml(await readWordParagraphs(bytes, ole.rootStreams))) };
  } catch (e) {
    return { error: e instanceof DocRefusal ? e.message : `DOC is damaged: ${firstSentence(e)}.` };
  }
}

/** Body paragraphs as <p>, rows of outer tables as <tr>; nested tables become text of their outer cell. */
export function paragraphsToHtml(paragraphs: Paragraph[]): string {
  const html: string[] = [];
  const fields = new FieldFilter();
  let cells: string[] = [];
  let cell = "";
  let inTable = false;
  for (const { text, mark, props } of paragraphs) {
    const content = fields.visible(text);
    fields.endParagraph();
    if (props.depth === 0 && !props.rowEnd) {
      if (inTable) html.push(endTable(cells, cell));
      inTable = false;
      cells = [];
      cell = "";
      html.push(`<p>${content}</p>`);
      continue;
    }
    if (!inTable) html.push("<table>");
    inTable = true;
    if (props.rowEnd) {
      html.push(row(cells, props.mergedCells));
      cells = [];
      cell = "";
    } else if (mark === "\u0007" && props.depth === 1) {
      cells.push(`${cell}<p>${content}</p>`);
      cell = "";
    } else {
      cell += `<p>${content}</p>`;
    }
  }
  if (inTable) html.push(endTable(cells, cell));
  return html.join("\n");
}

function row(cells: string[], merged: boolean[]): string {
  // Drop continuations only when the row has exactly the cells its definition describes.
  const keep = merged.length === cells.length ? cells.filter((_, i) => !merged[i]) : cells;
  return `<tr>${keep.map((c) => `<td>${c}</td>`).join("")}</tr>`;
}

/** Closes a table whose last row had no end mark (damaged or unusual files): its cells still form a row. */
function endTable(cells: string[], cell: string): string {
  const rest = cell ? [...cells, cell] : cells;
  return `${rest.length > 0 ? row(rest, []) : ""}</table>`;
}

/**
 * Field codes ([MS-DOC] 2.8.25): 0x13 instructions 0x14 result 0x15. Only results are text; fields nest, and
 * a result may span paragraphs (a table of contents) but an instruction never does, so a field still in its
 * instruction at a paragraph's end is broken and is dropped: one stray 0x13 hides at most one paragraph's rest.
 * Linear in the text (word-extractor's regex is quadratic on a field that never closes).
 */
class FieldFilter {
  private stack: boolean[] = [];
  /** Open fields still in their instruction part. */
  private hidden = 0;

  visible(raw: string): string {
    let out = "";
    for (const c of raw) {
      if (c === "\u0013") {
        this.stack.push(false);
        this.hidden++;
      } else if (c === "\u0014") {
        if (this.stack.length > 0 && !this.stack[this.stack.length - 1]) {
          this.stack[this.stack.length - 1] = true;
          this.hidden--;
        }
      } else if (c === "\u0015") {
        if (this.stack.length > 0 && !this.stack.pop()) this.hidden--;
      } else if (this.hidden === 0) {
        out += shown(c);
      }
    }
    return out;
  }

  endParagraph(): void {
    if (this.hidden === 0) return;
    this.stack = this.stack.filter((inResult) => inResult);
    this.hidden = 0;
  }
}

/** One character of Word text as HTML: breaks, hyphens and markup-significant characters; other controls dropped. */
function shown(c: string): string {
  switch (c) {
    case "\u000b": // line break
    case "\u000c": // page or section break
    case "\u000e": // column break
      return "<br>";
    case "\t":
      return "\t";
    case "\u001e": // non-breaking hyphen
      return "-";
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    default:
      // Pictures (0x01), drawn objects (0x08), note and comment references, optional hyphens (0x1f).
      return c < " " ? "" : c;
  }
}
