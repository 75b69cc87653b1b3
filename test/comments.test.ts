/**
 * Comments stay true to the repository: every repository path a comment names exists, and no comment points
 * at an issue number — the issue tracker is not part of the repository, so a new maintainer cannot follow it
 * (say what the code is for instead).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "..");
const DIRS = ["lib", "components", "app", "db", "bench", "scripts", "test", "e2e"];
const SOURCE = /\.(ts|tsx|mjs|js|sh)$/;
/** Folders a comment may name that exist only after a run (generated output). */
const GENERATED = ["bench/out/"];

function sourceFiles(): string[] {
  return DIRS.flatMap(
    (dir) =>
      readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.parentPath.includes("node_modules"))
        .map((e) => join(e.parentPath, e.name).slice(REPO.length + 1))
        .filter((file) => file !== "test/comments.test.ts"), // its examples are strings, read as comments here
  );
}

/** The comments of a source file with their line numbers: block and line comments, `#` lines of shell scripts. */
function commentsOf(path: string, text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const patterns = path.endsWith(".sh") ? [/^\s*#.*$/gm] : [/\/\*[\s\S]*?\*\//g, /(?<=^|\s)\/\/.*$/gm];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      m[0].split("\n").forEach((t, i) => {
        out.push({ line: lineOf(m.index) + i, text: t });
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

const PATH = /(?<![\w@/.-])((?:lib|components|app|db|bench|scripts|test|e2e|fixtures|public)\/[\w.[\]/-]*)/g;

/** Repository paths a comment line names that do not exist (globs, placeholders and generated output skipped). */
function missingPaths(comment: string, exists: (path: string) => boolean): string[] {
  const missing: string[] = [];
  for (const m of comment.matchAll(PATH)) {
    const after = comment[m.index + m[0].length] ?? "";
    if (after !== "" && "*<{…".includes(after)) continue;
    const path = m[1].replace(/[./-]+$/, "");
    if (GENERATED.some((g) => path.startsWith(g))) continue;
    if (!["", ".ts", ".tsx", ".mjs", ".js"].some((ext) => exists(path + ext))) missing.push(path);
  }
  return missing;
}

const ISSUE = /\bissues? ?#?\d+/i;

describe("comments", () => {
  it("recognise what they must", () => {
    const exists = (p: string) => p === "lib/metrics.ts" || p === "lib/charts";
    expect(missingPaths("rates (lib/metrics.ts) and lib/charts/", exists)).toEqual([]);
    expect(missingPaths("see lib/metrics and lib/gone.ts", exists)).toEqual(["lib/gone.ts"]);
    expect(missingPaths("lib/parser/legacy-*.ts, app/<view>, bench/out/million.db", exists)).toEqual([]);
    expect(commentsOf("a.ts", 'const u = "http://x/lib/gone.ts"; // lib/a\n/**\n * b (issue 3)\n */')).toEqual([
      { line: 1, text: "// lib/a" },
      { line: 2, text: "/**" },
      { line: 3, text: " * b (issue 3)" },
      { line: 4, text: " */" },
    ]);
    expect(ISSUE.test("(issue 11 §3)")).toBe(true);
    expect(ISSUE.test("issues of the parser")).toBe(false);
  });

  it("name only repository paths that exist", () => {
    const exists = (p: string) => existsSync(join(REPO, p));
    const problems = sourceFiles().flatMap((file) =>
      commentsOf(file, readFileSync(join(REPO, file), "utf8")).flatMap(({ line, text }) =>
        missingPaths(text, exists).map((p) => `${file}:${line} names ${p}, which does not exist`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("point at no issue numbers of a tracker outside the repository", () => {
    const problems = sourceFiles().flatMap((file) =>
      commentsOf(file, readFileSync(join(REPO, file), "utf8"))
        .filter(({ text }) => ISSUE.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(problems).toEqual([]);
  });
});
