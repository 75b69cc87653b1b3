/**
 * `npm run --silent parse -- FILE...` — the parser's public contract (../shared/spec/PARSE-OUTPUT.md):
 * one JSON object per file on stdout (JSON Lines, in order), a summary on stderr, exit 0 / 1 / 2.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseDocument } from "@/lib/parser/index";
import type { ParsedReport } from "@/lib/parser/types";

const USAGE = "usage: npm run --silent parse -- FILE [FILE ...]";

/** The contract's field order; `blanks` is an added field (the contract allows additions). */
function reportLine(file: string, sha256: string, r: ParsedReport): Record<string, unknown> {
  return {
    file,
    sha256,
    family: r.family,
    year: r.year,
    published: r.published,
    agency: r.agency,
    region: r.region,
    values: r.values,
    blanks: r.blanks,
    findings: r.findings,
    sources: r.sources,
  };
}

async function parseFile(file: string): Promise<{ line: Record<string, unknown>; ok: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unknown error";
    return { line: { file, error: `The file could not be opened (${code}).` }, ok: false };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const parsed = await parseDocument(bytes, file);
  if (!parsed.value) return { line: { file, sha256, error: parsed.error ?? "The file could not be read." }, ok: false };
  return { line: reportLine(file, sha256, parsed.value), ok: true };
}

async function main(argv: string[]): Promise<number> {
  // Before a `--`, anything starting with "-" is an option, and there are none besides --help: bad usage.
  // After it, every argument is a file (a file may be named "-x").
  const cut = argv.indexOf("--") < 0 ? argv.length : argv.indexOf("--");
  const before = argv.slice(0, cut);
  const options = before.filter((a) => a.startsWith("-"));
  const files = [...before.filter((a) => !a.startsWith("-")), ...argv.slice(cut + 1)];
  const unknown = options.filter((o) => o !== "-h" && o !== "--help");
  if (files.length === 0 || options.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : ""}${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const { line, ok } = await parseFile(file);
    if (!ok) failed++;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  process.stderr.write(`parsed ${files.length - failed} of ${files.length} file(s) as reports\n`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`parse failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
