/**
 * HTML → text lines with htmlparser2's Tokenizer. Not its Parser: the Parser keeps an open-element
 * stack with Array.unshift/indexOf, which is quadratic in nesting depth (200,000 nested <div>s took
 * 100 s). The Tokenizer has no stack and no recursion; the little state tables need is kept here. Tables become one
 * line per <tr> with cells joined
 * by " | "; empty cells stay (as "") so column positions survive; colspan/rowspan add nothing. Text an element hides
 * inline (style display:none, visibility:hidden or Word's mso-hide:all; the hidden attribute) is not on the page a
 * reader sees: Word keeps last year's figures beside this year's that way (<span style='display:none'>19</span>).
 */
import { Tokenizer } from "htmlparser2";

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "title",
  "ul",
  "body",
]);
/**
 * Not read: scripts, styles, and <del>, a revision's deleted text (Word's and editors' track changes print
 * "<del>7</del><ins>8</ins>": the figure is the inserted 8, never 78).
 */
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "del"]);
/** Elements without content: a hidden one hides nothing after it. */
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "wbr",
]);
/** An inline style that keeps an element off the page a reader sees. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;
/** A page naming none of these words hides nothing inline: its attributes are not read. */
const HIDING_WORDS = ["none", "hidden", "mso-hide"];
/** An <input>'s type whose value shows on the page as text (none printed is a text field). */
const TEXT_INPUT = /^(?:|text|number)$/;
/** Marks a <br> outside cells; source newlines are only whitespace. */
const BR = "\ue000";
const WS_RUN = /[\s\u00a0\u3000]+/g;
const HAS_WS = /[\s\u00a0\u3000]/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Collapses whitespace like a browser, but drops source line breaks between two CJK characters. */
export function collapseWhitespace(raw: string): string {
  // Most cells ("0", labels) hold no whitespace at all: skip the regex and its callback.
  if (!HAS_WS.test(raw)) return raw;
  const out = raw.replace(WS_RUN, (run, offset: number, whole: string) => {
    if (!run.includes("\n")) return " ";
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + run.length] ?? "";
    return CJK.test(before) && CJK.test(after) ? "" : " ";
  });
  return out.trim();
}

class LineCollector {
  readonly lines: string[] = [];
  private text = "";
  /** Cells of the row being read; null outside a <tr>. */
  private cells: string[] | null = null;
  private cell: string | null = null;
  /** Depth of <table> nesting: inner tables are flattened into the outer cell. */
  tableDepth = 0;
  private skipDepth = 0;
  /**
   * The hidden element being read (its text is dropped), where it stands in a table (tableLevel), how deep elements
   * of its name nest in it, and how many tables opened inside it are open (their rows and cells are its own).
   */
  private hiddenName: string | null = null;
  private hiddenLevel = 0;
  private hiddenNest = 0;
  private hiddenTables = 0;

  get skipping(): boolean {
    return this.skipDepth > 0;
  }

  addText(s: string): void {
    if (this.skipDepth > 0 || this.hiddenName !== null) return;
    if (this.cell !== null) this.cell += s;
    else this.text += s;
  }

  /** The element just opened is hidden: drop its text up to its end tag. */
  hide(name: string): void {
    if (this.hiddenName !== null || VOID_TAGS.has(name)) return;
    this.hiddenName = name;
    this.hiddenLevel = tableLevel(name);
    this.hiddenNest = 1;
    this.hiddenTables = 0;
  }

  open(name: string): void {
    if (this.hiddenName !== null) this.hiddenOpens(name);
    if (SKIP_TAGS.has(name)) this.skipDepth++;
    else if (this.skipDepth > 0) return;
    else if (name === "table") this.openTable();
    else if (this.tableDepth > 1 && isTableTag(name)) this.addText(" ");
    else if (name === "tr") this.startRow();
    else if (name === "td" || name === "th") this.startCell();
    else if (name === "br") this.addText(this.cell !== null ? " " : BR);
    else if (BLOCK_TAGS.has(name) || name === "img") this.breakLine();
  }

  close(name: string): void {
    if (this.hiddenName !== null) this.hiddenCloses(name);
    if (SKIP_TAGS.has(name)) this.skipDepth = Math.max(0, this.skipDepth - 1);
    else if (this.skipDepth > 0) return;
    else if (name === "table") this.closeTable();
    else if (this.tableDepth > 1 && isTableTag(name)) this.addText(" ");
    else if (name === "tr") this.endRow();
    else if (name === "td" || name === "th") this.endCell();
    else if (BLOCK_TAGS.has(name)) this.breakLine();
  }

  /**
   * A tag opening inside the hidden element. An inline one left open ends where a cell, row or table opens; one
   * that is a table, or other than a cell, row or section, nests by its name. A hidden cell, row or section (tbody)
   * holds the tables opened in it, rows and cells included; outside them, the next of its kind or a larger part
   * opening ends it (</td>, </tr> are optional, and a cell never holds a cell without a table between).
   */
  private hiddenOpens(name: string): void {
    const level = tableLevel(name);
    if (this.hiddenLevel === 0 || this.hiddenLevel === TABLE || level === 0) {
      if (name === this.hiddenName) this.hiddenNest++;
      else if (this.endsInline(name)) this.hiddenName = null;
    } else if (level === TABLE) this.hiddenTables++;
    else if (this.hiddenTables === 0 && level >= this.hiddenLevel) this.hiddenName = null;
  }

  /**
   * A tag closing inside the hidden element: its own end tag ends it (the last of its name nesting); an inline one
   * left open ends with its cell, row or table; a hidden cell, row or section, outside the tables it holds, with the
   * part it is in.
   */
  private hiddenCloses(name: string): void {
    const level = tableLevel(name);
    if (this.hiddenLevel === 0 || this.hiddenLevel === TABLE || level === 0) {
      if (name === this.hiddenName) {
        if (--this.hiddenNest === 0) this.hiddenName = null;
      } else if (this.endsInline(name)) this.hiddenName = null;
    } else if (this.hiddenTables > 0) {
      if (level === TABLE) this.hiddenTables--;
    } else if (level >= this.hiddenLevel) this.hiddenName = null;
  }

  /** A cell, row or table tag ends a hidden inline element (not a block: a hidden <div> may hold a whole table). */
  private endsInline(name: string): boolean {
    const hidden = this.hiddenName ?? "";
    return this.hiddenLevel === 0 && !BLOCK_TAGS.has(hidden) && isCellOrRow(name);
  }

  finish(): string[] {
    while (this.tableDepth > 0) this.closeTable();
    this.breakLine();
    return this.lines;
  }

  private openTable(): void {
    this.tableDepth++;
    if (this.tableDepth === 1) this.breakLine();
    else this.addText(" ");
  }

  private closeTable(): void {
    if (this.tableDepth === 1) this.endRow();
    this.tableDepth = Math.max(0, this.tableDepth - 1);
    if (this.tableDepth === 0) this.breakLine();
  }

  private startRow(): void {
    this.endRow();
    this.breakLine();
    this.cells = [];
  }

  private endRow(): void {
    this.endCell();
    if (this.cells === null) return;
    const cells = this.cells;
    this.cells = null;
    // Trailing empty cells (Word pads short rows to the grid) cannot shift any value: drop them.
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    if (cells.length > 0) this.lines.push(cells.join(" | "));
  }

  private startCell(): void {
    this.endCell();
    if (this.cells === null) {
      // A cell outside any <tr> (broken markup): treat it as opening a row.
      this.breakLine();
      this.cells = [];
    }
    this.cell = "";
  }

  private endCell(): void {
    if (this.cell === null) return;
    this.cells?.push(collapseWhitespace(this.cell));
    this.cell = null;
  }

  private breakLine(): void {
    if (this.cell !== null) {
      this.cell += " ";
      return;
    }
    for (const part of this.text.split(BR)) {
      const line = collapseWhitespace(part);
      if (line) this.lines.push(line);
    }
    this.text = "";
  }
}

function isCellOrRow(name: string): boolean {
  return name === "td" || name === "th" || name === "tr" || name === "table";
}

const TABLE = 4;
/** Where a tag stands in a table: 1 a cell, 2 a row, 3 a section (tbody, thead, tfoot), TABLE the table, 0 other. */
function tableLevel(name: string): number {
  if (name === "td" || name === "th") return 1;
  if (name === "tr") return 2;
  if (name === "tbody" || name === "thead" || name === "tfoot") return 3;
  return name === "table" ? TABLE : 0;
}

function isTableTag(name: string): boolean {
  return name === "tr" || name === "td" || name === "th" || name === "tbody" || name === "thead" || name === "tfoot";
}

/** Tag names met, by their lower-cased characters packed into a number (bounded: a hostile page may invent many). */
const TAG_NAMES = new Map<number, string>();
const MAX_TAG_NAMES = 512;

/**
 * A tag's name lower-cased, as html.slice(start, end).toLowerCase() gives it: a short name of ASCII letters, digits,
 * ':' and '-' (td, TR, o:p) comes from TAG_NAMES without a new string per tag; any other the slow way.
 */
function tagName(html: string, start: number, end: number): string {
  if (end - start > 6) return html.slice(start, end).toLowerCase();
  let key = 0;
  for (let i = start; i < end; i++) {
    let c = html.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 58) || c === 45)) return html.slice(start, end).toLowerCase();
    key = key * 128 + c;
  }
  let name = TAG_NAMES.get(key);
  if (name === undefined) {
    name = html.slice(start, end).toLowerCase();
    if (TAG_NAMES.size < MAX_TAG_NAMES) TAG_NAMES.set(key, name);
  }
  return name;
}

/**
 * XHTML inside another XML vocabulary ("<gkml:document xmlns:h="http://www.w3.org/1999/xhtml">…<h:td>"): its
 * elements written with the prefix the document binds to the XHTML namespace. The prefix is dropped from their tags
 * (<h:td> → <td>); another prefix (Word's <o:p>) stays.
 */
const XHTML_PREFIX_RE = /xmlns:([A-Za-z][\w.-]{0,20})\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/;

function withoutXhtmlPrefix(html: string): string {
  if (!html.includes("1999/xhtml")) return html;
  const prefix = XHTML_PREFIX_RE.exec(html)?.[1];
  return prefix ? html.replace(new RegExp(`(</?)${prefix.replace(/\./g, "\\.")}:(?=[A-Za-z])`, "g"), "$1") : html;
}

/** HTML source → text with one table row per line. Never throws on malformed markup. */
export function htmlToText(source: string): string {
  const html = withoutXhtmlPrefix(source);
  const collector = new LineCollector();
  const noop = () => undefined;
  // An element's inline style or hidden attribute, read only on a page that names a hiding word at all; a text
  // field's value (a 年报填报系统 publishing the form read-only: <input type="text" value="3" readonly>, the figure in
  // no text node), only on a page with an <input.
  const readAttributes =
    HIDING_WORDS.some((w) => html.includes(w)) || html.includes("<input") || html.includes("<INPUT");
  let opened = "";
  let attribute = "";
  let style = "";
  let hidden = false;
  let value: string | null = null;
  let inputType = "";
  const endAttribute = () => {
    if (attribute === "hidden" || (attribute === "style" && HIDING_STYLE.test(style))) hidden = true;
    attribute = "";
    style = "";
  };
  /** A text field's value where the field ends: what the page shows in it. */
  const endInput = () => {
    if (opened === "input" && value !== null && TEXT_INPUT.test(inputType) && !hidden) collector.addText(` ${value} `);
    value = null;
    inputType = "";
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => {
        opened = tagName(html, start, end);
        hidden = false;
        value = null;
        inputType = "";
        collector.open(opened);
      },
      onclosetag: (start, end) => collector.close(tagName(html, start, end)),
      ontext: (start, end) => collector.addText(html.slice(start, end)),
      ontextentity: (codepoint) => collector.addText(String.fromCodePoint(codepoint)),
      onattribdata: readAttributes
        ? (start, end) => {
            if (attribute === "style") style += html.slice(start, end);
            else if (opened !== "input") return;
            else if (attribute === "value") value = (value ?? "") + html.slice(start, end);
            else if (attribute === "type") inputType += html.slice(start, end).toLowerCase();
          }
        : noop,
      // An entity in a field's value (value=&#48;) is part of what the field shows.
      onattribentity: readAttributes
        ? (codepoint) => {
            if (attribute === "value" && opened === "input") value = (value ?? "") + String.fromCodePoint(codepoint);
          }
        : noop,
      onattribend: readAttributes ? endAttribute : noop,
      onattribname: readAttributes
        ? (start, end) => {
            attribute = end - start >= 4 && end - start <= 6 ? html.slice(start, end).toLowerCase() : "";
            if (attribute === "value" && opened === "input") value = "";
          }
        : noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: readAttributes
        ? () => {
            endInput();
            if (hidden) collector.hide(opened);
            hidden = false;
          }
        : noop,
      onprocessinginstruction: noop,
      onselfclosingtag: readAttributes
        ? () => {
            endInput();
            hidden = false;
          }
        : noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return collector.finish().join("\n");
}
