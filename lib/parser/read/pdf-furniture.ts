/** Page numbers and running headers/footers: PDF page furniture that is not report text. */

const PAGE_NUMBER = new RegExp(
  String.raw`^[-—–_·.\s]*(?:第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|` +
    String.raw`\d{1,4}|[ivxlc]{1,6})[-—–_·.\s]*$`,
  "i",
);

export function isPageNumber(line: string): boolean {
  return line.length <= 24 && PAGE_NUMBER.test(line);
}

/**
 * Drops page numbers standing alone at the top or bottom of a page, and header/footer lines that
 * repeat verbatim at the top or bottom of at least three pages and half of all pages. (Ignoring
 * digits would also drop body lines such as a per-page "第1页…" sentence.)
 */
export function dropPageFurniture(pages: string[][]): string[][] {
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    for (const line of new Set(edgeLines(lines))) edgeCounts.set(shape(line), (edgeCounts.get(shape(line)) ?? 0) + 1);
  }
  const repeated = (line: string) => {
    const n = edgeCounts.get(shape(line)) ?? 0;
    return n >= 3 && n >= pages.length / 2;
  };
  return pages.map((lines) => {
    const out = [...lines];
    while (out.length > 0 && (isPageNumber(out[0]) || repeated(out[0]))) out.shift();
    while (out.length > 0 && (isPageNumber(out[out.length - 1]) || repeated(out[out.length - 1]))) out.pop();
    return out;
  });
}

function edgeLines(lines: string[]): string[] {
  return lines.length <= 2 ? lines : [lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]];
}

function shape(line: string): string {
  return line.replace(/\s+/g, "");
}
