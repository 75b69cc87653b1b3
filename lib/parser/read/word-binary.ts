/**
 * Word 97–2003 binary (.doc) → its body's paragraphs with their table properties. word-extractor reads the
 * compound file, the FIB's stream choice and the piece table; everything it would do after that is replaced:
 * its plain-text output cannot tell a cell mark from a typed tab, misses row ends in files LibreOffice writes
 * (it reads a 2-byte sprm length as 1 byte), strips fields with a regex that is quadratic on an unclosed field,
 * and rewrites piece strings once per formatting run. Here each of those steps is one linear pass.
 * Format: [MS-DOC] 2.5.1 (FIB), 2.9.177 (PlcPcd), 2.9.127/2.9.175 (CHPX/PAPX FKPs), 2.6 (sprms).
 */
import BufferReader from "word-extractor/lib/buffer-reader.js";
import WordOleExtractor from "word-extractor/lib/word-ole-extractor.js";

export interface ParagraphProps {
  /** Table nesting depth: 0 body text, 1 a cell of a table, 2+ a table inside a cell. */
  depth: number;
  /** The paragraph is a table row's end mark ("TTP"). */
  rowEnd: boolean;
  /** On a row end: which of the row's cells merely continue a merged cell (Word keeps them, DOCX does not). */
  mergedCells: boolean[];
}

export interface Paragraph {
  /** Text without its mark; Word's control characters (fields, breaks, objects) are still in it. */
  text: string;
  /** "\r" ends a paragraph, "\u0007" a table cell or (with props.rowEnd) a row; "" the last, unterminated text. */
  mark: string;
  props: ParagraphProps;
}

/** A sentence for the user: the document is sound but cannot be read (too old, password-protected). */
export class DocRefusal extends Error {}

const BODY: ParagraphProps = { depth: 0, rowEnd: false, mergedCells: [] };
const FIB = { flags: 0x0a, ccpText: 0x4c, chpx: 0xfa, papx: 0x102, clx: 0x1a2, end: 0x1aa };
const FKP = 512;

/** Body paragraphs of a .doc whose compound file passed checkOle, with the names of its root streams. */
export async function readWordParagraphs(bytes: Uint8Array, rootStreams: Set<string>): Promise<Paragraph[]> {
  const extractor = new ParagraphExtractor(rootStreams);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (await extractor.extract(new BufferReader(buffer))) as Paragraph[];
}

interface FcRun<T> {
  start: number;
  end: number;
  value: T;
}

class ParagraphExtractor extends WordOleExtractor {
  private paragraphRuns: FcRun<ParagraphProps>[] = [];
  private deletedRuns: FcRun<true>[] = [];
  /** The Data stream, where PAPXs too big for their page live. */
  private data: Buffer | null = null;

  constructor(private readonly rootStreams: Set<string>) {
    super();
  }

  protected override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
    if (buffer.length < FIB.end || buffer.readUInt16LE(0) !== 0xa5ec)
      throw new Error("its WordDocument stream has no valid header");
    // nFib 193 and up is Word 97 and later; Word 6.0/95 lays the FIB out differently.
    if (buffer.readUInt16LE(2) < 0xc1)
      throw new DocRefusal("The file is a Word 6.0/95 document, which is not supported; save it as DOCX.");
    const flags = buffer.readUInt16LE(FIB.flags);
    if (flags & 0x0100)
      throw new DocRefusal("The Word document is password-protected (encrypted); save a copy without the password.");
    if (!this.rootStreams.has(flags & 0x0200 ? "1Table" : "0Table")) throw new Error("its table stream is missing");
    if (!this.rootStreams.has("Data")) return super.extractWordDocument(document, buffer);
    return this.documentStream(document, "Data")
      .then((stream) => this.streamBuffer(stream))
      .then((data) => {
        this.data = data;
        return super.extractWordDocument(document, buffer);
      });
  }

  /** Bookmarks and headers are not read; the library's passes over them throw or go quadratic on odd input. */
  protected override writeBookmarks(): void {}
  protected override normalizeHeaders(): void {}

  protected override writePieces(buffer: Buffer, table: Buffer): void {
    checkPieceTable(buffer, table);
    super.writePieces(buffer, table);
  }

  protected override writeCharacterProperties(buffer: Buffer, table: Buffer): void {
    const runs = fkpRuns(buffer, table, FIB.chpx, chpxDeleted).filter((r): r is FcRun<true> => r.value);
    this.deletedRuns = disjoint(runs);
  }

  protected override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
    this.paragraphRuns = disjoint(fkpRuns(buffer, table, FIB.papx, papxReader(this.data)));
  }

  protected override buildDocument(): Paragraph[] {
    return splitParagraphs(this._pieces, this._boundaries.ccpText, this.paragraphRuns, this.deletedRuns);
  }
}

/**
 * The piece table must describe at most as many bytes as the WordDocument stream holds, in pieces that do
 * not overlap: the library slices a string per piece, so overlapping pieces would multiply memory.
 */
function checkPieceTable(buffer: Buffer, table: Buffer): void {
  const fc = buffer.readUInt32LE(FIB.clx);
  const end = fc + buffer.readUInt32LE(FIB.clx + 4);
  if (end > table.length) throw new Error("its piece table lies past the end of the table stream");
  let at = fc;
  while (at < end && table[at] === 1) at += 3 + table.readUInt16LE(at + 1);
  if (at + 5 > end || table[at] !== 2) throw new Error("its piece table is missing");
  const size = table.readUInt32LE(at + 1);
  const count = (size - 4) / 12;
  at += 5;
  if (!Number.isInteger(count) || count < 1 || at + size > end) throw new Error("its piece table is damaged");
  const spans: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = table.readUInt32LE(at + 4 * i);
    const chars = table.readUInt32LE(at + 4 * i + 4) - cpStart;
    if (chars < 0) throw new Error("its piece table is out of order");
    const raw = table.readUInt32LE(at + 4 * (count + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const start = compressed ? Math.floor((raw & 0x3fffffff) / 2) : raw;
    spans.push([start, start + chars * (compressed ? 1 : 2)]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  spans.forEach(([start, stop], i) => {
    if (stop > buffer.length || (i > 0 && start < spans[i - 1][1]))
      throw new Error("its text pieces overlap or run past the end");
  });
  const lastCp = table.readUInt32LE(at + 4 * count);
  if (buffer.readUInt32LE(FIB.ccpText) > lastCp) throw new Error("its text is shorter than its header says");
}

/**
 * Runs of file positions with the value `read` finds in each formatting page (FKP) of a PlcBte. A page
 * listed twice is read once, so the work is bounded by the stream's size.
 */
function fkpRuns<T>(
  buffer: Buffer,
  table: Buffer,
  fibAt: number,
  read: (page: Buffer, j: number, crun: number) => T,
): FcRun<T>[] {
  const fc = buffer.readUInt32LE(fibAt);
  const lcb = buffer.readUInt32LE(fibAt + 4);
  const count = (lcb - 4) / 8;
  if (lcb === 0) return [];
  if (!Number.isInteger(count) || fc + lcb > table.length) throw new Error("its formatting tables are damaged");
  const pages = new Set<number>();
  for (let i = 0; i < count; i++) pages.add(table.readUInt32LE(fc + 4 * (count + 1) + 4 * i) & 0x3fffff);
  const runs: FcRun<T>[] = [];
  for (const pn of pages) {
    if ((pn + 1) * FKP > buffer.length) throw new Error("its formatting pages lie past the end");
    const page = buffer.subarray(pn * FKP, (pn + 1) * FKP);
    const crun = page[FKP - 1];
    if ((crun + 1) * 4 + crun * 13 > FKP) continue;
    for (let j = 0; j < crun; j++) {
      runs.push({ start: page.readUInt32LE(j * 4), end: page.readUInt32LE(j * 4 + 4), value: read(page, j, crun) });
    }
  }
  return runs;
}

/** Sorted runs that do not overlap (a later-starting run loses the overlap); empty runs dropped. */
function disjoint<T>(runs: FcRun<T>[]): FcRun<T>[] {
  runs.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: FcRun<T>[] = [];
  for (const r of runs) {
    const start = Math.max(r.start, out.length > 0 ? out[out.length - 1].end : 0);
    if (r.end > start) out.push({ ...r, start });
  }
  return out;
}

/** Walks a grpprl's sprms ([MS-DOC] 2.2.5.1); stops at one whose length it cannot know. */
function forEachSprm(grpprl: Buffer, at: number, visit: (sprm: number, operand: number, length: number) => void): void {
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    const length = operandLength(sprm, grpprl, at);
    if (length < 0 || at + length > grpprl.length) return;
    visit(sprm, at, length);
    at += length;
  }
}

function operandLength(sprm: number, grpprl: Buffer, at: number): number {
  const spra = sprm >> 13;
  if (spra <= 1) return 1;
  if (spra === 2 || spra === 4 || spra === 5) return 2;
  if (spra === 3) return 4;
  if (spra === 7) return 3;
  // sprmTDefTable and sprmTDefTable10 count their length in two bytes; sprmPChgTabs's long form (255)
  // needs its own parse, and nothing after it matters here.
  if (sprm === 0xd608 || sprm === 0xd606) return at + 2 <= grpprl.length ? grpprl.readUInt16LE(at) + 1 : -1;
  if (at >= grpprl.length || (sprm === 0xc615 && grpprl[at] === 255)) return -1;
  return grpprl[at] + 1;
}

/** sprmCFRMarkDel: text deleted under tracked changes (still stored, not shown). */
function chpxDeleted(page: Buffer, j: number, crun: number): boolean {
  const offset = page[(crun + 1) * 4 + j] * 2;
  if (offset === 0) return false;
  const grpprl = page.subarray(offset + 1, Math.min(FKP, offset + 1 + page[offset]));
  let deleted = false;
  forEachSprm(grpprl, 0, (sprm, at) => {
    if (sprm === 0x0800) deleted = (grpprl[at] & 1) === 1;
  });
  return deleted;
}

/**
 * A paragraph run's table properties: sprmPFInTable, sprmPFTtp, sprmPItap, and the row's merged cells. A
 * PAPX too big for its page (a wide table's row end) is in the Data stream, named by sprmPHugePapx.
 */
function papxReader(data: Buffer | null): (page: Buffer, j: number, crun: number) => ParagraphProps {
  return (page, j, crun) => {
    const offset = page[(crun + 1) * 4 + j * 13] * 2;
    if (offset === 0) return BODY;
    const cb = page[offset];
    const start = cb === 0 ? offset + 2 : offset + 1;
    const grpprl = page.subarray(start, Math.min(FKP, start + (cb === 0 ? 2 * page[offset + 1] : 2 * cb - 1)));
    let inTable = false;
    let depth = -1;
    let rowEnd = false;
    const merged: boolean[] = [];
    const visit = (list: Buffer) => (sprm: number, at: number, length: number) => {
      if (sprm === 0x2416) inTable = list[at] !== 0;
      else if (sprm === 0x2417) rowEnd = list[at] !== 0;
      else if (sprm === 0x6649) depth = list.readInt32LE(at);
      else if (sprm === 0xd608) mergedOfRow(list.subarray(at, at + length), merged);
      else if (sprm === 0xd62b && length >= 3) merged[list[at + 1]] = list[at + 2] === 1;
      else if (sprm === 0x6646 && list === grpprl && data) {
        const from = list.readUInt32LE(at);
        if (from + 2 > data.length) return;
        const huge = data.subarray(from + 2, Math.min(data.length, from + 2 + data.readUInt16LE(from)));
        forEachSprm(huge, 0, visit(huge));
      }
    };
    forEachSprm(grpprl, 2, visit(grpprl));
    if (depth < 0) depth = inTable || rowEnd ? 1 : 0;
    return depth === 0 && !rowEnd ? BODY : { depth, rowEnd, mergedCells: merged };
  };
}

/**
 * From sprmTDefTable's TC80 cells: a cell continues the one before it (horizontal merge) or the one above
 * it (vertical merge, not its first cell).
 */
function mergedOfRow(operand: Buffer, merged: boolean[]): void {
  const cells = operand[2] ?? 0;
  const tcAt = 3 + 2 * (cells + 1);
  for (let i = 0; i < cells && tcAt + 20 * (i + 1) <= operand.length; i++) {
    const flags = operand.readUInt16LE(tcAt + 20 * i);
    merged[i] = (flags & 0x0002) !== 0 || (flags & 0x0060) === 0x0020;
  }
}

/** The body text (CPs 0..ccpText) cut at paragraph and cell marks, without deleted text. */
function splitParagraphs(
  pieces: { startCp: number; startFilePos: number; bpc: number; text: string }[],
  ccpText: number,
  paragraphs: FcRun<ParagraphProps>[],
  deleted: FcRun<true>[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let text = "";
  for (const piece of pieces) {
    const chars = Math.min(piece.text.length, ccpText - piece.startCp);
    let p = firstEndingAfter(paragraphs, piece.startFilePos);
    let d = firstEndingAfter(deleted, piece.startFilePos);
    for (let i = 0; i < chars; i++) {
      const fc = piece.startFilePos + i * piece.bpc;
      while (d < deleted.length && deleted[d].end <= fc) d++;
      if (d < deleted.length && deleted[d].start <= fc) continue;
      const c = piece.text[i];
      if (c !== "\r" && c !== "\u0007") {
        text += c;
        continue;
      }
      while (p < paragraphs.length && paragraphs[p].end <= fc) p++;
      const props = p < paragraphs.length && paragraphs[p].start <= fc ? paragraphs[p].value : BODY;
      out.push({ text, mark: c, props });
      text = "";
    }
  }
  if (text) out.push({ text, mark: "", props: BODY });
  return out;
}

function firstEndingAfter<T>(runs: FcRun<T>[], fc: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= fc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
