/** Fails listing every line over 120 characters in the .ts/.tsx sources (Biome wraps code, not strings or comments). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const MAX = 120;
const FOLDERS = ["app", "components", "lib", "db", "e2e", "test", "bench", "scripts"];
const SKIP = new Set(["node_modules", "output", "fixtures", "migrations", "out"]);

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name) && !entry.name.startsWith(".")) yield* sources(path);
    } else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

const long: string[] = [];
for (const folder of FOLDERS) {
  for (const file of sources(folder)) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const width = [...line].length;
        if (width > MAX) long.push(`${file}:${i + 1}: ${width} characters`);
      });
  }
}
if (long.length) {
  console.error(`${long.length} lines over ${MAX} characters:\n${long.join("\n")}`);
  process.exit(1);
}
console.error(`line length: no line over ${MAX} characters`);
