/**
 * Reads a ZIP's central directory and refuses archives that would blow up when inflated, before any
 * library unpacks them. Declared sizes can lie, so the XML parts are also inflated under a hard cap.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxDocumentBytes: 50 * 1024 * 1024,
  maxXmlTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
};

/** Central directory entries, or an error sentence. */
export function listZip(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) return "the ZIP directory is missing (the file is truncated or damaged)";
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return "it uses ZIP64, which a Word document never needs";
  if (count > ZIP_LIMITS.maxEntries) return `it holds ${count} entries (limit ${ZIP_LIMITS.maxEntries})`;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return "the ZIP directory is damaged";
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString("utf8"),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** Refusal sentence when the archive's XML parts are too big or too compressed; null when safe. */
export function checkZipBomb(bytes: Uint8Array, entries: ZipEntry[]): string | null {
  let budget = ZIP_LIMITS.maxXmlTotalBytes;
  for (const e of entries) {
    if (e.name === "word/document.xml" && e.size > ZIP_LIMITS.maxDocumentBytes) {
      return `word/document.xml declares ${mb(e.size)} MB uncompressed (limit ${mb(ZIP_LIMITS.maxDocumentBytes)} MB)`;
    }
    if (e.size > 1024 * 1024 && e.size > ZIP_LIMITS.maxRatio * Math.max(1, e.compressedSize)) {
      return `${e.name} is compressed ${Math.round(e.size / Math.max(1, e.compressedSize))}× (a zip bomb)`;
    }
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const actual = inflatedSize(bytes, e, Math.min(budget, ZIP_LIMITS.maxDocumentBytes));
    if (actual === null) return `${e.name} inflates beyond the size limit or is damaged`;
    budget -= actual;
  }
  return null;
}

/** Really inflates one entry under a cap (declared sizes may lie); null when over the cap or broken. */
function inflatedSize(bytes: Uint8Array, e: ZipEntry, cap: number): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize) return null;
  if (e.method === 0) return data.length <= cap ? data.length : null;
  if (e.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) }).length;
  } catch {
    return null;
  }
}

function mb(n: number): number {
  return Math.round(n / 1024 / 1024);
}
