/** What a PDF shows, for tests: its text (items joined, spaces dropped) and how many images its pages paint. */
import { createRequire } from "node:module";
import path from "node:path";

export interface PdfSummary {
  pages: number;
  /** Every page's text items joined with nothing between them and whitespace removed (CJK lines split anywhere). */
  text: string;
  /** Image draws over all pages (XObject and inline). */
  images: number;
}

export async function summarisePdf(bytes: Uint8Array): Promise<PdfSummary> {
  const { getDocument, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(root, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(root, "standard_fonts") + path.sep,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
  let text = "";
  let images = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ("str" in item) text += item.str;
      images += (await page.getOperatorList()).fnArray.filter((op) => imageOps.has(op)).length;
      page.cleanup();
    }
    return { pages: doc.numPages, text: text.replace(/\s+/g, ""), images };
  } finally {
    await doc.destroy();
  }
}
