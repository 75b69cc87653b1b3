/** One file's bytes → the item ingest stores (a report or a recorded failure). Runs in a worker or inline. */
import { failedItem, prepareItem, type Item, type SourceFile } from "./prepare";
import type { IngestDeps, ManifestEntry } from "./types";

export async function parseFile(file: SourceFile, entry: ManifestEntry | undefined, deps: IngestDeps): Promise<Item> {
  try {
    const result = await deps.parseDocument(file.bytes, file.path);
    return prepareItem(file, result, entry, deps);
  } catch (e) {
    // The parser promises never to throw; if it does, that file fails and the batch goes on.
    return failedItem(
      file.path,
      file.sha256,
      `The parser stopped on this file (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}
