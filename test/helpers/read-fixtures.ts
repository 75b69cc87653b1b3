/** Shared by the reader tests: fixture access, a minimal ZIP writer, and row lookup in read text. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

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
    const fields: [number, number, number, number] = [
      crc32(e.data),
      packed.length,
      e.declaredSize ?? e.data.length,
      name.length,
    ];
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
    const cells = fold(line)
      .split("|")
      .map((c) => c.trim());
    const at = cells.findIndex((c) => c.includes(fold(label)));
    if (at < 0) continue;
    const nums = cells
      .slice(at + 1)
      .filter((c) => NUMBER.test(c))
      .map(Number);
    if (nums.length >= minNumbers) return nums;
  }
  return null;
}

export const APPLICANTS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
];

/** Expected values of a row from a seed's `nonzero` map (absent keys are 0). */
export function expectedRow(nonzero: Record<string, number>, prefix: string, columns: string[]): number[] {
  return columns.map((c) => nonzero[`${prefix}.${c}`] ?? 0);
}

export interface OleStream {
  name: string;
  data: Uint8Array;
}

/**
 * A minimal version-3 compound file (the .doc/.xls container) built in memory: sector 0 holds the FAT,
 * sector 1 the directory (root + up to 3 streams), then each stream padded to 4096 bytes so it lives in
 * regular sectors. Stream i starts at sector 2 + 8·i; the FAT entry of sector k is at byte 512 + 4k.
 */
export function makeOle(streams: OleStream[]): Uint8Array {
  const SECTOR = 512;
  const padded = streams.map((s) => Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR));
  const total = 2 + padded.reduce((n, p) => n + p / SECTOR, 0);
  if (streams.length > 3 || total > SECTOR / 4)
    throw new Error("makeOle: too many streams for one FAT and directory sector");
  const out = Buffer.alloc(SECTOR * (1 + total));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  const head: [number, number, number][] = [
    [24, 0x3e, 2],
    [26, 3, 2],
    [28, 0xfffe, 2],
    [30, 9, 2],
    [32, 6, 2],
    [44, 1, 4],
    [48, 1, 4],
    [56, 4096, 4],
    [60, -2, 4],
    [64, 0, 4],
    [68, -2, 4],
    [72, 0, 4],
    [76, 0, 4],
  ];
  for (const [at, value, size] of head) size === 2 ? out.writeUInt16LE(value, at) : out.writeInt32LE(value, at);
  for (let i = 1; i < 109; i++) out.writeInt32LE(-1, 76 + 4 * i);
  const fat = SECTOR;
  for (let k = 0; k < SECTOR / 4; k++) out.writeInt32LE(-1, fat + 4 * k);
  out.writeInt32LE(-3, fat);
  out.writeInt32LE(-2, fat + 4);
  const dir = 2 * SECTOR;
  const entry = (i: number, name: string, type: number, start: number, size: number, right: number, child: number) => {
    const at = dir + 128 * i;
    out.write(name, at, "utf16le");
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out.writeUInt8(type, at + 66);
    out.writeUInt8(1, at + 67);
    out.writeInt32LE(-1, at + 68);
    out.writeInt32LE(right, at + 72);
    out.writeInt32LE(child, at + 76);
    out.writeInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, "Root Entry", 5, -2, 0, -1, streams.length > 0 ? 1 : -1);
  let sector = 2;
  streams.forEach((s, i) => {
    const count = padded[i] / SECTOR;
    for (let k = 0; k < count; k++) out.writeInt32LE(k === count - 1 ? -2 : sector + k + 1, fat + 4 * (sector + k));
    Buffer.from(s.data).copy(out, SECTOR * (1 + sector));
    entry(i + 1, s.name, 2, sector, padded[i], i + 1 < streams.length ? i + 2 : -1, -1);
    sector += count;
  });
  return new Uint8Array(out);
}
