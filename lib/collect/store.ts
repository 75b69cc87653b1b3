/**
 * What collect keeps: the original bytes on disk (written whole or not at all), its per-URL state in
 * `collect_urls`, failures of URLs as `reports` rows with status 'failed' (where /quality lists what could
 * not be read, now with the URL), and the provenance of reports it fetched again unchanged.
 */
import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Client } from "@libsql/client";
import { type CollectUrlRow, collectUrls } from "@/db/schema";
import { failedItem, sha256Hex } from "@/lib/ingest/prepare";
import { tableWriter, valuesSql } from "@/lib/ingest/sql-rows";
import type { Provenance } from "@/lib/ingest/types";
import { writeBatch, type WriteContext } from "@/lib/ingest/write";
import { failureRelease, retireFailures } from "@/lib/releases/failed-files";
import type { ReleaseRun } from "@/lib/releases/record";
import { keepProvenance } from "@/lib/releases/renames";
import { collectReasonZh } from "./reasons";

/** What collect keeps per URL: a `collect_urls` row, every column (the write below names them from the schema). */
export type UrlState = CollectUrlRow;

/**
 * Originals sit beside a file database (`data/originals` for the default `file:data/nianbao.db`), or where
 * NIANBAO_ORIGINALS says (a remote database has no folder beside it); the server reads them from the same place.
 */
export function defaultOriginalsDir(databaseUrl: string): string {
  const configured = process.env.NIANBAO_ORIGINALS?.trim();
  if (configured) return resolve(configured);
  const path = databaseUrl.startsWith("file:") ? databaseUrl.slice(5).replace(/^\/\/(?=\/)/, "") : "";
  return path && path !== ":memory:" ? join(dirname(resolve(path)), "originals") : resolve("data", "originals");
}

const EXT_BY_MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], ".pdf"],
  [[0x50, 0x4b, 0x03, 0x04], ".docx"],
  [[0xd0, 0xcf, 0x11, 0xe0], ".doc"],
];

/**
 * A file name for the bytes: the URL's own (P020240131….pdf), made safe; an extension from the bytes if it has none.
 */
function originalName(url: URL, bytes: Uint8Array, html: boolean): string {
  let name = url.pathname.split("/").pop() ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it encoded
  }
  name = name
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/^\.+/, "")
    .slice(-120);
  if (/\.\w{1,5}$/.test(name)) return name;
  const magic = EXT_BY_MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b))?.[1];
  return `${name || "index"}${magic ?? (html ? ".html" : ".bin")}`;
}

/** Stores the bytes under DIR/host/sha16/name (once per content); a kill mid-write leaves only a .partial. */
export function saveOriginal(dir: string, url: URL, bytes: Uint8Array, sha256: string, html: boolean): string {
  const path = join(dir, url.host.replace(/[^\w.-]/g, "_"), sha256.slice(0, 16), originalName(url, bytes, html));
  if (statSync(path, { throwIfNoEntry: false })?.size === bytes.length) return path;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.partial`, bytes);
  renameSync(`${path}.partial`, path);
  return path;
}

export async function getUrlState(client: Client, url: string): Promise<UrlState | null> {
  const rs = await client.execute({
    sql: `SELECT url, kind, status, etag, last_modified AS lastModified, sha256, info, error, fetched_at AS fetchedAt,
            first_seen_at AS firstSeenAt FROM collect_urls WHERE url = ?`,
    args: [url],
  });
  return (rs.rows[0] as unknown as UrlState | undefined) ?? null;
}

export const URLS = tableWriter(collectUrls);
const PUT_URL = valuesSql(
  "INSERT INTO",
  URLS,
  `ON CONFLICT(url) DO UPDATE SET ${URLS.columns
    .filter((c) => c !== "url")
    .map((c) => `${c} = excluded.${c}`)
    .join(", ")}`,
);

export async function putUrlState(client: Client, s: UrlState): Promise<void> {
  await client.execute({ sql: PUT_URL, args: URLS.row(s) });
}

/** The key of a URL's failure row: one per URL, however often it fails. */
function failureKey(url: string): string {
  return sha256Hex(new TextEncoder().encode(`collect\u0000${url}`));
}

/** Records (or re-words) the failure of a URL as a failed report row with its URL, as ingest records files. */
export async function recordUrlFailure(client: Client, ctx: WriteContext, url: string, error: string): Promise<void> {
  const sha = failureKey(url);
  const rs = await client.execute({
    sql: "SELECT id, error FROM reports WHERE sha256 = ? AND status = 'failed'",
    args: [sha],
  });
  if (rs.rows[0]?.error === error) return; // failed the same way before: nothing to write
  const item = { ...failedItem(url, sha, error, "", url), errorZh: collectReasonZh(error) };
  await writeBatch(client, [{ item, replaceId: rs.rows[0] ? Number(rs.rows[0].id) : undefined }], ctx);
}

/**
 * A URL that failed before works now: its failure row goes (to failed_files_history: earlier releases list it), no
 * longer held from `run`'s release (the collect run that found it working), or the next release when the run has
 * made none yet.
 */
export async function clearUrlFailure(client: Client, url: string, run: ReleaseRun | null): Promise<void> {
  const sha = failureKey(url);
  const rs = await client.execute({ sql: "SELECT 1 FROM reports WHERE sha256 = ? AND status = 'failed'", args: [sha] });
  if (rs.rows.length === 0) return; // the usual case: it never failed, nothing to write
  const tx = await client.transaction("write");
  try {
    await retireFailures(tx, "sha256 = ?", [sha], await failureRelease(tx, run));
    await tx.commit();
  } finally {
    tx.close();
  }
}

/**
 * Bytes fetched again unchanged: the stored report was seen again now (and gains a URL if it was ingested by hand).
 * What earlier releases showed of its provenance is kept (report_provenance_history), until `run`'s release (the
 * collect run that fetched it again), or the next release when the run has made none yet.
 */
export async function touchReport(
  client: Client,
  sha256: string,
  url: string,
  p: Provenance,
  run: ReleaseRun | null,
): Promise<void> {
  const tx = await client.transaction("write");
  try {
    await keepProvenance(tx, sha256, await failureRelease(tx, run));
    await tx.execute({
      sql:
        `UPDATE reports SET source_url = coalesce(source_url, ?), fetched_at = ?, http_last_modified = coalesce(?, ` +
        `http_last_modified),
            page_published = coalesce(page_published, ?), first_seen_at = coalesce(first_seen_at, ?) WHERE sha256 = ?`,
      args: [url, p.fetchedAt, p.httpLastModified, p.pagePublished, p.firstSeenAt, sha256],
    });
    await tx.commit();
  } finally {
    tx.close();
  }
}
