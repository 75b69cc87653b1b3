/**
 * A report's own narrative, ready for near-duplicate comparison: the prose lines of the stored text (not the tables,
 * even when a site flattened one into a single line of labels and figures), numbers and the agency's and its regions'
 * names masked (a report copied from another agency or from last year changes exactly those), split into sentences;
 * then the sentences a large share of the year's reports share (the template's and the genre's stock phrases) are
 * left out, so that only what the agency wrote is compared.
 */
import { LEGACY_LABELS } from "@/lib/template/legacy";
import { APPLICANTS, REVIEW_GROUPS, SECTION2, SECTION3 } from "@/lib/template/modern";

/** A sentence in more than this share of the year's reports (and at least BOILERPLATE_MIN of them) is stock text. */
export const BOILERPLATE_SHARE = 0.02;
const BOILERPLATE_MIN = 10;
/** Fewer characters than this left after stock text is removed: too little to judge (not scored). */
export const MIN_NARRATIVE_CHARS = 120;

const PROSE_PUNCTUATION = /[。，,；;、：:！？]/;
const MIN_PROSE_HAN = 12;
const SENTENCE_END = /[。！？；!?;]+/;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const NAME_MARK = "□";
const NUMBER_MARK = "#";
const MIN_SENTENCE = 6;

/** The templates' row and column labels (4 characters or more: shorter ones are ordinary words). */
const TABLE_LABELS: readonly string[] = [
  ...new Set(
    [
      ...SECTION3["2021"],
      ...SECTION3["2019"],
      ...SECTION2["2021"],
      ...SECTION2["2019"],
      ...APPLICANTS,
      ...REVIEW_GROUPS,
    ]
      .map((row) => row.label)
      .concat(LEGACY_LABELS.flatMap((l) => [...l.labels])),
  ),
].filter((label) => label.length >= 4);
/** A line with this many template labels and table figures is a table printed as one line, not prose. */
const TABLE_LINE_LABELS = 3;
/**
 * A figure as a table cell prints it: no unit or date word after it. Prose counts things (收到申请12件, 予以公开10件)
 * and the widened legacy labels (收到申请, 予以公开, 部分公开) are ordinary words in such sentences.
 */
const TABLE_FIGURE = /[0-9]+(?![0-9件条项次人个家份年月日号%％万元余多])/g;

function isFlattenedTable(line: string): boolean {
  if ((line.match(TABLE_FIGURE)?.length ?? 0) < TABLE_LINE_LABELS) return false;
  let found = 0;
  for (const label of TABLE_LABELS) if (line.includes(label) && ++found >= TABLE_LINE_LABELS) return true;
  return false;
}

/** A line of prose: enough Chinese characters, sentence punctuation, and no table cell separators. */
function isProse(line: string): boolean {
  if (line.length < MIN_PROSE_HAN || line.includes("|") || line.includes("\t") || !PROSE_PUNCTUATION.test(line))
    return false;
  let han = 0;
  for (let i = 0; i < line.length && han < MIN_PROSE_HAN; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++; // CJK Unified Ideographs and Extension A: a counting loop, no regex
  }
  return han >= MIN_PROSE_HAN && !isFlattenedTable(line);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The normalised sentences of a stored report text. `names`: the agency's name and its regions' names, masked
 * longest first so that 温州市瓯海区 is not left half masked.
 */
export function narrativeSentences(rawText: string, names: string[]): string[] {
  const masks = [...new Set(names.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const nameRe = masks.length ? new RegExp(masks.map(escapeRegExp).join("|"), "g") : null;
  const out: string[] = [];
  for (const line of rawText.split("\n")) {
    if (!isProse(line)) continue;
    let text = line.replace(/\s+/g, "");
    if (nameRe) text = text.replace(nameRe, NAME_MARK);
    text = text.replace(NUMBER, NUMBER_MARK);
    for (const sentence of text.split(SENTENCE_END)) if (sentence.length >= MIN_SENTENCE) out.push(sentence);
  }
  return out;
}

/** Sentences shared by more than BOILERPLATE_SHARE of the documents (each document counted once per sentence). */
export function boilerplateOf(documents: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const sentences of documents) for (const s of new Set(sentences)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const limit = Math.max(BOILERPLATE_MIN, documents.length * BOILERPLATE_SHARE);
  const out = new Set<string>();
  for (const [s, n] of counts) if (n > limit) out.add(s);
  return out;
}

/** The text to compare: the report's own sentences joined, or null when too little is left to judge. */
export function ownNarrative(sentences: string[], boilerplate: ReadonlySet<string>): string | null {
  const text = sentences.filter((s) => !boilerplate.has(s)).join("。");
  return text.length >= MIN_NARRATIVE_CHARS ? text : null;
}
