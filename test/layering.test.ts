/**
 * lib/, app/ and components/ are what the product runs: their non-test files import neither the test runner nor
 * anything under test/ or bench/ (helpers live there so that a production bundle never pulls them in).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = resolve(import.meta.dirname, "..");
const PRODUCT_DIRS = ["lib", "app", "components"];
const FORBIDDEN_PACKAGES = ["vitest", "@playwright/test", "playwright"];
const FORBIDDEN_DIRS = ["test", "bench", "e2e"];

/** Every module specifier in a source file: static imports, re-exports, dynamic import() and require(). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^"';]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found;
}

/**
 * Why `specifier`, imported by the file at `file` (repository-relative), breaks the layering; null when it does not.
 */
function forbiddenImport(file: string, specifier: string): string | null {
  if (FORBIDDEN_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) {
    return `imports the test runner "${specifier}"`;
  }
  let target: string | null = null;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = relative(REPO, resolve(REPO, dirname(file), specifier));
  if (target === null) return null;
  const top = target.split(/[\\/]/)[0];
  return FORBIDDEN_DIRS.includes(top) ? `imports "${specifier}" from ${top}/` : null;
}

function productFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(REPO, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...productFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe("layering: product code imports no test or bench code", () => {
  it("recognises the imports it must refuse", () => {
    expect(forbiddenImport("lib/a/b.ts", "vitest")).toMatch(/test runner/);
    expect(forbiddenImport("lib/a/b.ts", "@/test/helpers/ingest")).toMatch(/test\//);
    expect(forbiddenImport("lib/a/b.ts", "../../bench/load")).toMatch(/bench\//);
    expect(forbiddenImport("app/page.tsx", "@/lib/metrics")).toBeNull();
    expect(forbiddenImport("lib/a/b.ts", "./testing")).toBeNull();
    expect(
      importsOf(`import { x } from "vitest";\nconst m = await import("@/bench/x");\nimport "server-only";`),
    ).toEqual(["vitest", "server-only", "@/bench/x"]);
  });

  it("no file under lib/, app/ or components/ (tests aside) imports vitest, test/ or bench/", () => {
    const files = PRODUCT_DIRS.flatMap(productFiles);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(join(REPO, file), "utf8")).flatMap((spec) => {
        const why = forbiddenImport(file, spec);
        return why ? [`${file} ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
