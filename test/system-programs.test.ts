import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./shared-samples";
import { BASE, type Context, NOT_ENSURED, problems, readEnsureSystem, repoContext } from "./system-programs/check";
import { scannedFiles, usesOf } from "./system-programs/check";
import { shellCommands } from "./system-programs/shell";
import type { Use } from "./system-programs/uses";

/** This file's strings are examples of what the scanner must catch, not programs it runs. */
const EXAMPLES = "test/system-programs.test.ts";

const ENSURE_SYSTEM = ["declare -A PACKAGE=(", "  [chromium]=chromium", "  [soffice]=libreoffice-writer", ")"];
const ctx: Context = {
  ensure: readEnsureSystem([...ENSURE_SYSTEM, "DEFAULT=(chromium)"].join("\n")),
  bins: new Set(["tsx", "next"]),
  scripts: new Set(["test", "ingest"]),
};
const names = (file: string, src: string) => usesOf(file, src).map((u) => `${u.kind}:${u.name}`);
const check = (file: string, src: string) => problems(usesOf(file, src), ctx);

describe("the scanner on code", () => {
  it("catches the call that broke a fresh `npm test`, naming file, line and program", () => {
    const src = [
      'import { execFileSync } from "node:child_process";',
      "",
      "function pdfLines(file: string): string[] {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a program under test, not a template.
      '  return execFileSync("pdftotext", ["-layout", `fixtures/pdf/${file}`, "-"]).toString().split("\\n");',
      "}",
    ].join("\n");
    expect(check("lib/parser/meta.test.ts", src)).toEqual([`lib/parser/meta.test.ts:4 runs pdftotext: ${NOT_ENSURED}`]);
  });

  it("follows aliases, namespaces, require, promisify and shell command lines", () => {
    const src = `
      import * as cp from "child_process";
      import { execFile as run, execSync } from "node:child_process";
      const { spawnSync: s } = require("node:child_process");
      const later = promisify(run);
      cp.spawn("convert", []); run('gs', []); s(\`qpdf\`); await later("mutool", []);
      execSync("cd out && pdfinfo x.pdf | grep Pages");`;
    expect(names("x.ts", src)).toEqual(
      ["convert", "gs", "qpdf", "mutool", "pdfinfo", "grep"].map((p) => `program:${p}`),
    );
  });

  it("reads npx targets, node_modules/.bin paths and absolute program paths; skips what is not literal", () => {
    const src = `
      import { spawn } from "node:child_process";
      spawn("npx", ["tsx", "lib/cli/ingest.ts"]); spawn("node_modules/.bin/next", ["start"]);
      spawn(process.execPath, ["-e", "1"]); spawn(cmd, rest); /x/.exec("pdftotext");
      const browser = "/usr/bin/chromium";`;
    expect(names("x.ts", src)).toEqual(["program:npx", "bin:tsx", "bin:next", "program:chromium"]);
  });

  it("ignores a file that does not import child_process", () => {
    expect(names("x.ts", 'const exec = (s: string) => s; exec("pdftotext");')).toEqual([]);
  });
});

describe("the scanner on shell scripts", () => {
  it("splits commands the way bash does", () => {
    const src = [
      "set -e # a comment naming pdftotext",
      'A=1 B="$(dirname "$0")" nice -n 5 gs -q \\',
      "  x.pdf 2>/dev/null | grep -c x && echo done",
    ].join("\n");
    const starts = shellCommands(src).map((c) => `${c.line}:${c.words[0]}`);
    expect(starts).toEqual(["1:set", "2:dirname", "2:A=1", "3:grep", "3:echo"]);
  });

  it("finds programs after lead-ins, in substitutions and pipes; not in heredocs, comments or `command -v`", () => {
    const src = [
      "#!/usr/bin/env bash",
      "OUT=$(mktemp -d)",
      "if ! command -v pdftotext >/dev/null; then exit 1; fi",
      "python3 - \"$OUT\" <<'PY'",
      "import subprocess; subprocess.run(['tesseract'])",
      "PY",
      'for f in a b; do soffice --headless "$f"; done',
      "exec npx next start -p 3000",
      "npm run --silent ingest -- fixtures/seeds",
      "trap 'rm -rf \"$OUT\"' EXIT",
      'fc-list 2>/dev/null | grep -qi "wqy" || missing+=(fonts-wqy-microhei)',
    ].join("\n");
    expect(names("x.sh", src)).toEqual([
      "program:mktemp",
      "program:python3",
      "program:soffice",
      "program:npx",
      "bin:next",
      "program:npm",
      "npm-script:ingest",
      "program:fc-list",
      "program:grep",
    ]);
  });

  it("lets a script use what it asks ensure-system.sh for, and only that", () => {
    const asks = "bash ../scripts/ensure-system.sh soffice\nsoffice --convert-to pdf x.docx\npython3 -c 1\n";
    expect(check("fixtures/make.sh", asks)).toEqual([`fixtures/make.sh:3 runs python3: ${NOT_ENSURED}`]);
    expect(check("fixtures/make.sh", "bash ../scripts/ensure-system.sh pdftotext\n")).toEqual([
      "fixtures/make.sh:1 asks scripts/ensure-system.sh for pdftotext, which its PACKAGE table does not list",
    ]);
    expect(check("other.sh", "soffice --convert-to pdf x.docx\n")).toHaveLength(1);
  });

  it("checks npx targets and npm scripts against node_modules/.bin and package.json", () => {
    expect(check("x.sh", "npx vite build\nnpm run lint\nnpm test\nnpx tsx a.ts\n")).toEqual([
      "x.sh:1 runs vite from node_modules/.bin, which no installed dependency provides",
      "x.sh:2 runs npm script lint, which package.json does not define",
    ]);
  });
});

describe("the repository", () => {
  const real = repoContext(REPO);
  const files = scannedFiles(REPO).filter((f) => f !== EXAMPLES);
  const uses: Use[] = files.flatMap((f) => usesOf(f, readFileSync(join(REPO, f), "utf8")));

  it("runs only programs that a fresh machine has after the README's command", () => {
    expect(problems(uses, real)).toEqual([]);
  });

  it("is really scanned: tests, scripts, fixtures scripts, CI and package.json", () => {
    const scripts = ["scripts/test.sh", "scripts/ensure-system.sh", "scripts/start.sh", "e2e/serve.sh", ".ci/run"];
    scripts.push("fixtures/make-documents.sh", "package.json");
    for (const f of [...scripts, "lib/parser/meta.test.ts"]) expect(files, f).toContain(f);
    const seen = new Set(uses.map((u) => `${u.file} ${u.kind}:${u.name}`));
    const expected = [
      "fixtures/make-documents.sh program:soffice",
      "playwright.config.ts program:chromium",
      "scripts/test.sh bin:vitest",
      ".ci/run npm-script:test",
    ];
    for (const u of expected) expect(seen, u).toContain(u);
  });

  it("ensure-system.sh knows a package for each program it ensures by default, none of them base", () => {
    for (const p of real.ensure.defaults) expect(real.ensure.packages.has(p), p).toBe(true);
    expect([...real.ensure.packages.keys()].filter((p) => BASE.has(p))).toEqual([]);
  });
});
