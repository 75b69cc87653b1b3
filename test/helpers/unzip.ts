/**
 * Reads a ZIP (a DOCX) in tests: the product's own central-directory reader (lib/parser/read/zip-guard.ts) and
 * node:zlib for the stored and deflated entries, so no zip library is needed to look inside what we write.
 */
import { inflateRawSync } from "node:zlib";
import { listZip } from "@/lib/parser/read/zip-guard";

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const entries = listZip(bytes);
  if (typeof entries === "string") throw new Error(`not a readable zip: ${entries}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    const p = e.localOffset;
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const data = Buffer.from(bytes.subarray(start, start + e.compressedSize));
    files.set(e.name, e.method === 0 ? data : inflateRawSync(data));
  }
  return files;
}

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

/** The text of each paragraph (w:p) of a WordprocessingML part, runs joined, entities decoded. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1].replace(/&(amp|lt|gt|quot|apos);/g, (m) => XML_ENTITIES[m]))
      .join(""),
  );
}
