/** PDF → text with pdfjs-dist (legacy build for Node): positioned text items → table-shaped lines. */
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { firstSentence } from "./first-sentence";
import { dropPageFurniture } from "./pdf-furniture";
import { pageToLines, type PdfItem } from "./pdf-lines";

export interface PdfText {
  text: string;
  pages: number;
  pagesRead: number;
}

/** CMaps and standard fonts let pdfjs map CID fonts (common in Chinese PDFs) to Unicode. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } | null {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    return {
      cMapUrl: path.join(root, "cmaps") + path.sep,
      standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
    };
  } catch {
    return null;
  }
}

export async function pdfToText(
  bytes: Uint8Array,
  maxPages: number,
  signal: AbortSignal,
): Promise<PdfText | { error: string }> {
  // Loaded on the first PDF only: importing pdfjs replaces the global JSON.stringify with core-js's slower
  // one, which every text report and the dashboard would otherwise pay for.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs takes ownership of (detaches) the buffer it gets: give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    cMapPacked: true,
    ...pdfjsAssets(),
  });
  const stop = () => void task.destroy();
  signal.addEventListener("abort", stop, { once: true });
  try {
    const doc = await task.promise;
    const pagesRead = Math.min(doc.numPages, maxPages);
    const pages: string[][] = [];
    for (let n = 1; n <= pagesRead && !signal.aborted; n++) pages.push(pageToLines(await pageItems(doc, n)));
    if (signal.aborted) return { error: "PDF took too long to read." };
    const text = dropPageFurniture(pages).flat().join("\n");
    return { text, pages: doc.numPages, pagesRead };
  } catch (e) {
    if (signal.aborted) return { error: "PDF took too long to read." };
    const name = e instanceof Error ? e.name : "";
    if (name === "PasswordException") return { error: "PDF is protected by a password." };
    return { error: `PDF is damaged: ${firstSentence(e)}.` };
  } finally {
    signal.removeEventListener("abort", stop);
    await task.destroy().catch(() => undefined);
  }
}

async function pageItems(doc: PDFDocumentProxy, n: number): Promise<PdfItem[]> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const it of content.items) {
    if (!("str" in it) || it.str === "") continue;
    const [a, b, c, d, x, y] = it.transform as number[];
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const vertical = it.height > 1.5 * size && it.width < 1.5 * size && [...it.str.trim()].length >= 2;
    items.push({ str: it.str, x, y, width: it.width, size, vertical });
  }
  page.cleanup();
  return items;
}
