/**
 * Marks a page picked up between the clerk's file and the crawled text that are neither words nor cells: Markdown bold
 * markers around figures ("**4**"), a screen reader's cell announcements ("第2行第3列 0"), escape sequences stored
 * as their two characters ("\t2\t0\n"), the underscores of a fill-in form ("受理___3___件"), a script's "undefined"
 * printed for an empty cell, Markdown links' addresses, a PDF's text blocks' coordinates, a Word file's deleted
 * text and comments (pandoc's tracked changes), Markdown's backslash escapes, and middle dots or hyphens parting
 * cells. Each is blanked in place (spaces,
 * or a blank-cell dash for "undefined"), so positions and line numbers stay the page's. Each test is behind a cheap
 * `includes`, so ordinary pages pay nothing.
 */

/** "**52**", "**一、总体情况**": bold markers around a short run on one line (a footnote's lone stars stay). */
const BOLD_RE = /\*\*([^*\n]{1,80}?)\*\*/g;
/** Bold around a figure, the sign that the page is Markdown and not a footnote's stars. */
const BOLD_FIGURE = /\*\*\s*\d[\d,.]*\s*\*\*/g;

/** "表格 共26行8列 表格开始", "第2行第3列", "表格结束": what a screen reader says of a table. */
const CELL_CALL_RE = /第\d{1,3}行第\d{1,3}列|表格\s*共\d{1,3}行\d{1,3}列|表格开始|表格结束/g;

/** "\n", "\t", "\r" printed as a backslash and a letter, between words, cells or figures. */
const ESCAPE_RE = /\\[ntr]/g;

/** "___3___", "______元": a form's blank lines, filled or not. */
const UNDERLINE_RE = /_{2,}/g;

/** "5 undefined undefined 1 6": a script's empty cell, alone between spaces or borders. */
const UNDEFINED_RE = /(?<=^|[\s|])(?:undefined|NaN|null)(?=$|[\s|])/g;

/**
 * "[9](https://…/202401/t20240108_86502.htm)": a Markdown link, a figure or words linking to a page. Its text is the
 * cell; the brackets and the address (whose digits are no cells) are blanked. So with a phone link a mobile renderer
 * made of a glued digit run ("[92001012](tel:92001012)": a row's seven cells) or of a phone number.
 */
const MD_LINK_RE =
  /\[([^[\]\n]{0,200})\]\((?:https?:\/\/|\.{0,2}\/|tel:|mailto:)[^()\s]{0,500}(?:\s+"[^"\n]{0,200}")?\)/g;

/**
 * "(160.00, 425.90, 538.58, 441.10, '14 0 96\n', 16, 0)": a PDF's text blocks printed as a library gives them (x0,
 * y0, x1, y1, text, block number, block type). Only the text is the page's: the coordinates, numbers, quotes and
 * escaped line breaks are blanked.
 */
const PDF_BLOCK_RE = /^\((?:-?\d+(?:\.\d+)?, ){4}'(.*)', \d+, \d+\)$/gm;
const PDF_BLOCK_FEWEST = 3;

function blankPdfBlocks(text: string): string {
  return text.replace(PDF_BLOCK_RE, (m: string, inner: string) => {
    const lead = m.indexOf("'") + 1;
    const kept = inner.replace(/\\n/g, "  ");
    return " ".repeat(lead) + kept + " ".repeat(m.length - lead - inner.length);
  });
}

/**
 * "[None, '（一）予以公开', None, '3', '2', …]," on a line: a table row as pdfplumber's extract_tables() gives it, saved
 * as a Python list literal (None for a merged or empty cell, "\\n" inside a wrapped label, figures quoted or not).
 * The brackets and commas become `|` borders, None an empty cell, the quotes and escapes spaces: a bordered row the
 * table readers read.
 */
const LIST_ITEM = String.raw`(?:None|-?\d+(?:\.\d+)?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const LIST_ROW_RE = new RegExp(String.raw`^[ \t]*\[{1,2}${LIST_ITEM}(?:, ?${LIST_ITEM})*\]{1,2},?[ \t]*$`, "gm");
const LIST_ITEM_RE = new RegExp(LIST_ITEM, "g");
const LIST_ROWS_FEWEST = 3;
/** "## page 3 tables", "## page 3 text (cont.)": the heading of each page's part; its page number is no cell. */
const DUMP_PAGE_RE = /^#{1,3} ?page \d{1,3} (?:text|tables?)(?: ?\(cont\.?\))?[ \t]*$/gim;

function listRowsAsCells(text: string): string {
  return text.replace(LIST_ROW_RE, (row: string) => {
    // Code units, as the match's indices count them.
    const out = row.split("").map(() => " ");
    out[row.indexOf("[")] = "|";
    LIST_ITEM_RE.lastIndex = row.indexOf("[") + 1;
    for (let m = LIST_ITEM_RE.exec(row); m !== null; m = LIST_ITEM_RE.exec(row)) {
      if (/^-?\d/.test(m[0])) for (let i = 0; i < m[0].length; i++) out[m.index + i] = m[0][i];
      else if (m[0] !== "None") {
        const inner = m[0].slice(1, -1).replace(/\\(.)/g, (_e, c: string) => (/[ntr]/.test(c) ? "  " : ` ${c}`));
        for (let i = 0; i < inner.length; i++) out[m.index + 1 + i] = inner[i];
      }
      out[m.index + m[0].length] = "|";
    }
    return out.join("");
  });
}

/**
 * A table's HTML source pasted into a CMS as text and published escaped ("&lt;tr&gt;&lt;td colspan="3"&gt;一、本年新收…
 * &lt;/td&gt;&lt;td&gt;3&lt;/td&gt;"): each escaped cell's opening tag becomes a `|` border, every other escaped tag
 * spaces, so the rows read as bordered cells.
 */
const ESCAPED_TAG_NAMES = "td|th|tr|table|tbody|thead|tfoot|caption|colgroup|col|p|br|span|div|font|b|strong";
const ESCAPED_TAG_RE = new RegExp(String.raw`&lt;(\/?)(${ESCAPED_TAG_NAMES})\b(?:(?!&gt;)[^\n])*?&gt;`, "gi");
const ESCAPED_CELL_RE = /&lt;t[dr]\b/gi;
const ESCAPED_CELLS_FEWEST = 8;

const escapedTagAsBorder = (tag: string, close: string, name: string): string =>
  close === "" && /^t[dh]$/i.test(name) ? `|${spaces(tag.slice(1))}` : spaces(tag);

/**
 * A Word file's tracked changes and comments as pandoc writes them ("[21]{.deletion author=… date=…}[22]{.insertion
 * …}", "[请核对]{.comment-start id="0" …}12[]{.comment-end id="0"}"): the deleted text and the comment are no part of
 * the page, and are blanked with their marks; the inserted text stays, its marks blanked.
 */
const REVISION_RE = /\[([^[\]\n]{0,1000})\]\{\.(deletion|insertion|comment-start|comment-end)(?:\s[^{}\n]{0,300})?\}/g;

function blankRevisions(text: string): string {
  return text.replace(REVISION_RE, (m: string, inner: string, kind: string) =>
    kind === "insertion" ? ` ${inner}${spaces(m.slice(inner.length + 1))}` : spaces(m),
  );
}

/**
 * Markdown's escapes of punctuation a line could start a list or a heading with (pandoc writes "1\. 属于国家秘密",
 * "\-1", "\[附件\]"): the punctuation is the page's, the backslash is not. The backslash is dropped and a space put
 * after the word it starts instead, so the line's length holds ("1. 属于…", "-1 ").
 */
const MD_ESCAPE_RE = /\\([-.+*#()[\]!])([^\s\\]*)/g;
const MD_ESCAPES_FEWEST = 3;

/**
 * "10·1·0·0·0·0·11", "(商业企业·科研机构·…)": a clerk's table whose cells and header words a middle dot (·, ・ or
 * ‧) parts instead of spaces. The dots become spaces only where the page parts figures so often (a dot between two
 * figures once may be a decimal point written so, "6·5"; a dot between words a name's, "阿卜杜·热合曼").
 */
const MIDDOT_CELL_RE = /(?<=\d)[·・‧](?=[+-]?\d)/g;
const MIDDOT_RE = /[·・‧]/g;
const MIDDOT_CELLS_FEWEST = 8;

/**
 * "4-0-0-0-0-0-4", "规章 1-0-3": a table Word turned to text with "-" between the cells. Where a page joins four or
 * more figures so, often, each run of three or more has its hyphens made spaces, and so have the header's words; a
 * date ("2021-01-01") keeps them.
 */
const HYPHEN_ROW_RE = /(?<![\d.-])\d{1,6}(?:-\d{1,6}){3,}(?![\d.-])/g;
const HYPHEN_RUN_RE = /(?<![\d.-])\d{1,6}(?:-\d{1,6}){2,}(?![\d.-])/g;
/** "结果维持-结果纠正", "总计）-行政诉讼": the header's words joined so on such a page. */
const HYPHEN_WORDS_RE = /(?<=[\u4e00-\u9fff）)])-(?=[\u4e00-\u9fff（(])/g;
const HYPHEN_DATE = /^(?:19|20)\d\d-\d\d?-\d\d?$/;
const HYPHEN_ROWS_FEWEST = 8;

const spaces = (m: string): string => m.replace(/[^\n]/g, " ");

function count(text: string, re: RegExp, atLeast: number): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) if (++n >= atLeast) return true;
  return false;
}

export function blankCrawlResidue(text: string): string {
  let out = text;
  if (out.includes(", '") && count(out, PDF_BLOCK_RE, PDF_BLOCK_FEWEST)) out = blankPdfBlocks(out);
  if (out.includes("None, ") && count(out, LIST_ROW_RE, LIST_ROWS_FEWEST))
    out = listRowsAsCells(out).replace(DUMP_PAGE_RE, spaces);
  if ((out.includes("\\.") || out.includes("\\-")) && count(out, MD_ESCAPE_RE, MD_ESCAPES_FEWEST))
    out = out.replace(MD_ESCAPE_RE, "$1$2 ");
  if (out.includes("&lt;") && count(out, ESCAPED_CELL_RE, ESCAPED_CELLS_FEWEST))
    out = out.replace(ESCAPED_TAG_RE, escapedTagAsBorder);
  if (out.includes("]{.")) out = blankRevisions(out);
  if ((out.includes("·") || out.includes("・") || out.includes("‧")) && count(out, MIDDOT_CELL_RE, MIDDOT_CELLS_FEWEST))
    out = out.replace(MIDDOT_RE, " ");
  if (out.includes("0-0-") && count(out, HYPHEN_ROW_RE, HYPHEN_ROWS_FEWEST))
    out = out
      .replace(HYPHEN_RUN_RE, (m) => (HYPHEN_DATE.test(m) ? m : m.replaceAll("-", " ")))
      .replace(HYPHEN_WORDS_RE, " ");
  if (out.includes("]("))
    out = out.replace(MD_LINK_RE, (m, inner: string) => ` ${inner}${spaces(m.slice(inner.length + 1))}`);
  if (out.includes("**") && count(out, BOLD_FIGURE, 2))
    out = out.replace(BOLD_RE, (_m, inner: string) => `  ${inner}  `);
  if (out.includes("行第") && count(out, CELL_CALL_RE, 4)) out = out.replace(CELL_CALL_RE, spaces);
  if (out.includes("\\") && count(out, ESCAPE_RE, 8)) out = out.replace(ESCAPE_RE, "  ");
  if (out.includes("__") && count(out, UNDERLINE_RE, 3)) out = out.replace(UNDERLINE_RE, spaces);
  if (out.includes("undefined") && count(out, UNDEFINED_RE, 3))
    out = out.replace(UNDEFINED_RE, (m) => `-${" ".repeat(m.length - 1)}`);
  return out;
}
