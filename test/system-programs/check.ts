/**
 * Every program a test or script of the repository runs must be there on a fresh machine after the README's
 * command: part of base Debian + Node (BASE), installed by `npm ci` (node_modules/.bin), or ensured by
 * scripts/ensure-system.sh — by default, or on request by the script that runs it. (A test once called
 * pdftotext, which nothing installed, and `npm test` failed on a fresh machine.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { codeUses, shellUses, type Use } from "./uses";

/**
 * Base Debian (its required packages: coreutils, findutils, grep, sed, tar, gzip, util-linux, mount, apt),
 * Node with npm, and git. Anything else goes into scripts/ensure-system.sh.
 */
export const BASE = new Set([
  ...["node", "npm", "npx", "git", "bash", "sh", "env", "apt-get", "dpkg"],
  ...["cat", "cp", "mv", "rm", "mkdir", "ls", "ln", "touch", "head", "tail", "sort", "wc", "tee", "date", "sleep"],
  ...["dirname", "basename", "mktemp", "id", "nice", "timeout", "kill", "find", "xargs", "grep", "sed", "tar", "gzip"],
  ...["mount", "umount", "setpriv"],
]);

export const NOT_ENSURED = "not in base Debian + Node, and scripts/ensure-system.sh does not ensure it";

export interface EnsureSystem {
  /** program → Debian package */
  packages: Map<string, string>;
  /** What `bash scripts/ensure-system.sh` without arguments ensures. */
  defaults: string[];
}

/** The PACKAGE table and DEFAULT list of scripts/ensure-system.sh. */
export function readEnsureSystem(src: string): EnsureSystem {
  const table = /declare -A PACKAGE=\(([^)]*)\)/.exec(src)?.[1] ?? "";
  const packages = new Map<string, string>();
  for (const m of table.matchAll(/\[([\w.+-]+)\]=([\w.+-]+)/g)) packages.set(m[1], m[2]);
  const defaults = (/^DEFAULT=\(([^)]*)\)/m.exec(src)?.[1] ?? "").trim().split(/\s+/).filter(Boolean);
  return { packages, defaults };
}

const SKIP_DIRS = new Set(["node_modules", ".git", "data", "test-results", "playwright-report"]);
const SKIP_PATHS = new Set(["bench/out", "e2e/output"]);
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Source files, scripts (by extension or a shell #! line) and package.json, relative to `root`. */
export function scannedFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = relative(root, path);
    if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".next") || SKIP_PATHS.has(rel)) continue;
    if (entry.isDirectory()) {
      out.push(...scannedFiles(root, path));
    } else if (!entry.isFile()) {
    } else if (CODE.test(entry.name) || entry.name.endsWith(".sh") || rel === "package.json") {
      out.push(rel);
    } else if (!entry.name.includes(".") && /^#!.*\b(ba)?sh\b/.test(readFileSync(path, "utf8").slice(0, 100))) {
      out.push(rel);
    }
  }
  return out.sort();
}

/** The uses of one file, by its kind. */
export function usesOf(file: string, src: string): Use[] {
  if (file.endsWith("package.json")) {
    const scripts = (JSON.parse(src) as { scripts?: Record<string, string> }).scripts ?? {};
    const lines = src.split("\n");
    const lineOf = (name: string) => lines.findIndex((l) => l.includes(`"${name}":`)) + 1;
    return Object.entries(scripts).flatMap(([name, cmd]) => shellUses(file, cmd, lineOf(name)));
  }
  return CODE.test(file) ? codeUses(file, src) : shellUses(file, src);
}

export interface Context {
  ensure: EnsureSystem;
  /** node_modules/.bin */
  bins: Set<string>;
  /** package.json scripts */
  scripts: Set<string>;
}

/** One sentence per use that a fresh machine could not run, naming the file, line and program. */
export function problems(uses: Use[], ctx: Context): string[] {
  const askedFor = new Map<string, Set<string>>();
  for (const u of uses.filter((u) => u.kind === "ensure")) {
    askedFor.set(u.file, (askedFor.get(u.file) ?? new Set()).add(u.name));
  }
  const out: string[] = [];
  for (const u of uses) {
    const at = `${u.file}:${u.line}`;
    if (u.kind === "ensure" && !ctx.ensure.packages.has(u.name)) {
      out.push(`${at} asks scripts/ensure-system.sh for ${u.name}, which its PACKAGE table does not list`);
    } else if (u.kind === "bin" && !ctx.bins.has(u.name)) {
      out.push(`${at} runs ${u.name} from node_modules/.bin, which no installed dependency provides`);
    } else if (u.kind === "npm-script" && !ctx.scripts.has(u.name)) {
      out.push(`${at} runs npm script ${u.name}, which package.json does not define`);
    } else if (u.kind === "program" && !allowed(u, ctx, askedFor.get(u.file))) {
      out.push(`${at} runs ${u.name}: ${NOT_ENSURED}`);
    }
  }
  return out;
}

function allowed(u: Use, ctx: Context, askedFor: Set<string> | undefined): boolean {
  if (BASE.has(u.name) || ctx.ensure.defaults.includes(u.name)) return true;
  if (askedFor?.has(u.name) && ctx.ensure.packages.has(u.name)) return true;
  // npm puts node_modules/.bin on the PATH of package.json scripts.
  return u.file === "package.json" && ctx.bins.has(u.name);
}

/** The context of the repository at `root`. */
export function repoContext(root: string): Context {
  const binDir = join(root, "node_modules", ".bin");
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: object };
  return {
    ensure: readEnsureSystem(readFileSync(join(root, "scripts", "ensure-system.sh"), "utf8")),
    bins: new Set(existsSync(binDir) ? readdirSync(binDir) : []),
    scripts: new Set(Object.keys(pkg.scripts ?? {})),
  };
}
