/**
 * A pristine JSON.stringify. pdfjs-dist's legacy build (which the parser loads for PDFs) replaces the
 * global one with core-js's JavaScript version (checked 2026-11: `JSON.stringify !== before` after import),
 * several times slower; ingest serialises millions of rows, so it takes the function from a fresh realm,
 * which core-js never touched. Cross-realm use is safe: it only reads the objects it is given.
 */
import { runInNewContext } from "node:vm";

export const stringifyJson: typeof JSON.stringify = runInNewContext("JSON.stringify");
