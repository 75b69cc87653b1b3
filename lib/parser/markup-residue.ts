/**
 * Word's HTML export leaves its style settings in the text of pages that were copied from Word
 * ("Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE", "table.MsoNormalTable {mso-style-name:普通表格;
 * …font-size:10.0pt}"). Their numbers must not become cells: they are blanked (spaces, so positions and
 * line numbers stay the document's).
 */

const RESIDUE_RE = new RegExp(
  [
    // The document settings line Word writes before the body.
    String.raw`Normal\s+0\s+[\d.]+\s*(?:磅|pt)(?:\s+\d+){0,3}` +
      String.raw`(?:\s+(?:false|true)){0,6}(?:\s+(?:[A-Z]{2}-[A-Z]{2}|X-NONE)){0,4}`,
    // Comments and CSS rule blocks that carry Word's mso- properties.
    String.raw`/\*\s*Style Definitions\s*\*/`,
    String.raw`[\w.#:-]{0,40}\s*\{[^{}]{0,3000}?mso-[^{}]{0,3000}\}`,
    String.raw`<!--\[if [^\]]{0,40}\]>|<!\[endif\]-->`,
    // The same conditionals with their comment marks stripped by a crawler ("[if !supportLists]1、[endif]当面申请数").
    String.raw`(?<!<!--)\[if [^\]\n]{1,40}\](?!>|-->)|(?<!<!)\[endif\](?!-->)`,
    // Line breaks and spaces left as markup inside table cells of converted documents ("确认或<br>重新").
    String.raw`<br\s*/?>|&nbsp;`,
  ].join("|"),
  "gi",
);

/**
 * A list ordinal between such conditionals ("[if !supportLists]2、[endif]传真申请数"): the marks blanked before it, so
 * the ordinal stays beside its words ("                  2、传真申请数").
 */
const CONDITIONAL_ORDINAL = /(?<!<!--)\[if [^\]\n]{1,40}\]([^[\]<>\n]{0,8}?)\[endif\]/g;

export function blankMarkupResidue(text: string): string {
  if (!/mso-|Normal|\[if |<br|&nbsp;/i.test(text)) return text;
  const ordinals = text.includes("[endif]")
    ? text.replace(CONDITIONAL_ORDINAL, (m, inner: string) => " ".repeat(m.length - inner.length) + inner)
    : text;
  return ordinals.replace(RESIDUE_RE, (m) => m.replace(/[^\n]/g, " "));
}
