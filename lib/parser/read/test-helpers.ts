/** Shared by the reader tests: fixture access, a minimal ZIP writer, and row lookup in read text. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";

export const REPO = fileURLToPath(new URL("../../..", import.meta.url));

export function fixtureBytes(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(path.join(REPO, "fixtures", ...parts)));
}

export function fixtureJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(path.join(REPO, "fixtures", ...parts), "utf8")) as T;
}

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Lie about the uncompressed size in both headers (to test that the guard inflates for real). */
  declaredSize?: number;
}

/** Writes signature, version, method 8 (deflate), then crc/sizes/name length at `at`. */
function header(length: number, signature: number, at: number, fields: [number, number, number, number]): Buffer {
  const buf = Buffer.alloc(length);
  buf.writeUInt32LE(signature, 0);
  buf.writeUInt16LE(20, 4);
  if (length === 46) buf.writeUInt16LE(20, 6); // central: "version needed" follows "made by"
  buf.writeUInt16LE(8, at - 6);
  fields.forEach((v, i) => (i < 3 ? buf.writeUInt32LE(v, at + 4 * i) : buf.writeUInt16LE(v, at + 12)));
  return buf;
}

/** A deflated ZIP archive built in memory. */
export function makeZip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const packed = deflateRawSync(e.data, { level: 1 });
    const fields: [number, number, number, number] = [crc32(e.data), packed.length, e.declaredSize ?? e.data.length, name.length];
    const central = header(46, 0x02014b50, 16, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(header(30, 0x04034b50, 14, fields), name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

const NUMBER = /^\d+(?:\.\d+)?$/;

/** Full-width brackets folded so "（一）" and "(一)" match alike. */
function fold(s: string): string {
  return s.replace(/（/g, "(").replace(/）/g, ")");
}

/**
 * The numeric cells of the first table row (a line with "|"-separated cells) that has a cell
 * containing `label` and at least `minNumbers` numeric cells after it; null when no line qualifies.
 */
export function rowNumbers(text: string, label: string, minNumbers = 1): number[] | null {
  for (const line of text.split("\n")) {
    if (!line.includes("|")) continue;
    const cells = fold(line).split("|").map((c) => c.trim());
    const at = cells.findIndex((c) => c.includes(fold(label)));
    if (at < 0) continue;
    const nums = cells.slice(at + 1).filter((c) => NUMBER.test(c)).map(Number);
    if (nums.length >= minNumbers) return nums;
  }
  return null;
}

export const APPLICANTS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

/** Expected values of a row from a seed's `nonzero` map (absent keys are 0). */
export function expectedRow(nonzero: Record<string, number>, prefix: string, columns: string[]): number[] {
  return columns.map((c) => nonzero[`${prefix}.${c}`] ?? 0);
}
