/**
 * Checks an OLE2 compound file (the container of Word 97–2003 .doc, .xls, .ppt and encrypted DOCX) before any
 * library reads it, as zip-guard.ts does for DOCX. word-extractor 1.0.4 follows sector chains without a
 * visited set (a two-sector cycle grows an array until the process dies), trusts sector and table sizes, and
 * reads past the end of a truncated file as zeros; this walks every chain it will walk, once, under limits.
 * Layout: [MS-CFB] 2.2 (header), 2.3 (FAT), 2.5 (mini FAT), 2.6 (directory).
 */

const OLE_LIMITS = { maxDirectoryEntries: 10_000 };

export interface OleInfo {
  /** Names of the streams directly under the root storage ("WordDocument", "1Table", "Workbook", …). */
  rootStreams: Set<string>;
}

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NO_STREAM = 0xffffffff;
const ENTRY = 128;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;

class Damaged extends Error {}

/** The root streams of a sound compound file, or a sentence fragment saying what is wrong with it. */
export function checkOle(bytes: Uint8Array): OleInfo | string {
  try {
    return inspect(bytes);
  } catch (e) {
    if (e instanceof Damaged) return e.message;
    throw e;
  }
}

function inspect(bytes: Uint8Array): OleInfo {
  if (bytes.length < 512) throw new Damaged("the file is truncated (shorter than its 512-byte header)");
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw new Damaged("its compound-file signature is incomplete");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(30, true);
  // Version 3 files use 512-byte sectors, version 4 files 4096-byte ones; the library believes any shift.
  if ((shift !== 9 && shift !== 12) || view.getUint16(32, true) !== 6 || u32(56) !== MINI_CUTOFF) {
    throw new Damaged("its compound-file header is invalid");
  }
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size); // whole sectors after the header sector
  const sectorAt = (id: number) => (id + 1) * size;

  const fat = readFat(bytes, view, size, sectors);
  const fatChain = (start: number, what: string) => chain(start, fat, sectors, what);
  const dirIds = fatChain(u32(48), "directory");
  const entries = Math.min((dirIds.length * size) / ENTRY, OLE_LIMITS.maxDirectoryEntries + 1);
  if (entries > OLE_LIMITS.maxDirectoryEntries)
    throw new Damaged(`its directory holds over ${OLE_LIMITS.maxDirectoryEntries} entries`);
  const entryAt = (i: number) => sectorAt(dirIds[Math.floor((i * ENTRY) / size)]) + ((i * ENTRY) % size);

  const miniFatIds = fatChain(u32(60), "mini FAT");
  // The library insists that the mini FAT's chain is exactly as long as the header says.
  if (miniFatIds.length !== u32(64)) throw new Damaged("its mini FAT is cut short");
  const miniFat = tableOf(bytes, view, miniFatIds.map(sectorAt), size);
  const root = entryAt(0);
  if (view.getUint8(root + 66) !== 5) throw new Damaged("its directory has no root entry");
  const miniSectors = Math.floor(view.getUint32(root + 120, true) / MINI_SECTOR);
  const miniStreamIds = fatChain(u32(root + 116), "mini stream");
  if (miniStreamIds.length * size < miniSectors * MINI_SECTOR) throw new Damaged("its mini stream is cut short");

  const rootStreams = new Set<string>();
  walkTree(view, entryAt, entries, view.getUint32(root + 76, true), (at, depth) => {
    if (view.getUint8(at + 66) !== 2) return;
    const length = view.getUint32(at + 120, true);
    const start = view.getUint32(at + 116, true);
    const name = entryName(bytes, view, at);
    // Walked even when empty: the library follows a stream's chain whatever its length says.
    const mini = length < MINI_CUTOFF;
    const ids = mini ? chain(start, miniFat, miniSectors, `stream ${name}`) : fatChain(start, `stream ${name}`);
    if (ids.length * (mini ? MINI_SECTOR : size) < length) throw new Damaged(`its stream ${name} is cut short`);
    if (depth === 0) rootStreams.add(name);
  });
  return { rootStreams };
}

/** The FAT, read from the sectors the header and the DIFAT chain list ([MS-CFB] 2.5). */
function readFat(bytes: Uint8Array, view: DataView, size: number, sectors: number): Int32Array {
  const count = view.getUint32(44, true);
  const difatCount = view.getUint32(72, true);
  if (count > sectors || difatCount > sectors)
    throw new Damaged("the file is truncated (its allocation table lies past the end)");
  const ids: number[] = [];
  for (let i = 0; i < Math.min(count, 109); i++) ids.push(view.getInt32(76 + i * 4, true));
  const seen = new Set<number>();
  let next = view.getInt32(68, true);
  for (let d = 0; d < difatCount && ids.length < count; d++) {
    if (next < 0 || next >= sectors || seen.has(next)) throw new Damaged("its DIFAT chain is broken");
    seen.add(next);
    const at = (next + 1) * size;
    for (let i = 0; i < size / 4 - 1 && ids.length < count; i++) ids.push(view.getInt32(at + i * 4, true));
    next = view.getInt32(at + size - 4, true);
  }
  if (ids.length < count) throw new Damaged("its DIFAT chain is cut short");
  for (const id of ids) {
    if (id < 0 || id >= sectors) throw new Damaged("the file is truncated (its allocation table lies past the end)");
  }
  return tableOf(
    bytes,
    view,
    ids.map((id) => (id + 1) * size),
    size,
  );
}

function tableOf(_bytes: Uint8Array, view: DataView, offsets: number[], size: number): Int32Array {
  const table = new Int32Array((offsets.length * size) / 4);
  offsets.forEach((at, s) => {
    for (let i = 0; i < size / 4; i++) table[s * (size / 4) + i] = view.getInt32(at + i * 4, true);
  });
  return table;
}

/**
 * Sector ids of the chain from `start`, as the library follows it (any negative id ends it). Every id must
 * name a sector that exists, and none may repeat.
 */
function chain(start: number, table: Int32Array, sectors: number, what: string): number[] {
  const ids: number[] = [];
  const seen = new Uint8Array(Math.min(table.length, sectors));
  for (let id = start | 0; id >= 0; id = table[id]) {
    if (id >= seen.length) throw new Damaged(`the file is truncated (its ${what} runs past the end)`);
    if (seen[id]) throw new Damaged(`its ${what} chain loops`);
    seen[id] = 1;
    ids.push(id);
  }
  return ids;
}

/**
 * Visits the red-black trees of the directory from the root's child, each entry at most once; a storage's
 * children are one level deeper. The library recurses through the same links without a visited set.
 */
function walkTree(
  view: DataView,
  entryAt: (i: number) => number,
  entries: number,
  first: number,
  visit: (at: number, depth: number) => void,
): void {
  const seen = new Uint8Array(entries);
  seen[0] = 1;
  const stack: [number, number][] = [[first, 0]];
  while (stack.length > 0) {
    const [id, depth] = stack.pop()!;
    if (id === NO_STREAM) continue;
    if (id >= entries || seen[id]) throw new Damaged("its directory is damaged");
    seen[id] = 1;
    const at = entryAt(id);
    visit(at, depth);
    stack.push([view.getUint32(at + 68, true), depth], [view.getUint32(at + 72, true), depth]);
    if (view.getUint8(at + 66) === 1) stack.push([view.getUint32(at + 76, true), depth + 1]);
  }
}

function entryName(bytes: Uint8Array, view: DataView, at: number): string {
  const length = Math.min(64, Math.max(0, view.getUint16(at + 64, true) - 2));
  return Buffer.from(bytes.subarray(at, at + length)).toString("utf16le");
}
