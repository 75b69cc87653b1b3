/**
 * Finding a collected report's original bytes again: collect stores them as DIR/host/sha16/name (store.ts), and a
 * report's public id is that sha16, so the file is found from the report alone, whichever host served it.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

export interface OriginalFile {
  path: string;
  name: string;
  size: number;
  contentType: string;
}

const TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".doc": "application/msword",
  ".wps": "application/vnd.ms-works",
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".shtml": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The stored original of the bytes whose sha256 starts with `sha16`, or null (ingested by hand, or kept elsewhere). */
export function findOriginal(originalsDir: string, sha16: string): OriginalFile | null {
  if (!/^[0-9a-f]{16}$/.test(sha16)) return null;
  for (const host of list(originalsDir).sort()) {
    const dir = join(originalsDir, host, sha16);
    // A kill mid-write leaves NAME.partial beside nothing: never serve it.
    const name = list(dir)
      .filter((n) => !n.endsWith(".partial"))
      .sort()[0];
    if (!name) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    return {
      path,
      name,
      size: stat.size,
      contentType: TYPES[extname(name).toLowerCase()] ?? "application/octet-stream",
    };
  }
  return null;
}
