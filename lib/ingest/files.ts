/**
 * Which files an ingest run looks at: the given files, and every report-like file under the given folders
 * (recursive), in a stable sorted order so two runs over the same tree ingest in the same order.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";

/** Extensions the parser reads (it tells the kind from the bytes; the name only picks files out of folders). */
export const REPORT_EXTENSIONS = new Set([".txt", ".htm", ".html", ".docx", ".pdf", ".doc"]);

/** Files that sit beside reports but are not reports (fixtures' truth files, manifests). */
const NOT_REPORTS = /^(expected|truth|manifest)([._-].*)?\.(json|csv|txt)$|\.expected\.json$/i;

export function isReportFile(name: string): boolean {
  if (name.startsWith(".")) return false;
  if (NOT_REPORTS.test(name)) return false;
  return REPORT_EXTENSIONS.has(extname(name).toLowerCase());
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && isReportFile(e.name)) out.push(full);
    // A link to a report file is followed; links to folders are not (no cycles), nor broken links.
    else if (e.isSymbolicLink() && isReportFile(e.name) && (await stat(full).catch(() => null))?.isFile())
      out.push(full);
  }
}

/**
 * Expands paths into report files. A path given explicitly is kept even when its name does not look like a
 * report (the user asked for it; the parser will say what it is); a missing path is returned in `missing`.
 */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    const info = await stat(abs).catch(() => null);
    if (!info) missing.push(abs);
    else if (info.isDirectory()) await walk(abs, files);
    else if (!basename(abs).startsWith(".")) files.push(abs);
  }
  return { files: [...new Set(files)], missing };
}
