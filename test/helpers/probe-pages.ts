/** Hand-written probe pages (fixtures/probes/<folder>/) with their expected figures and what the parser reads. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseText } from "@/lib/parser/index";
import { REPO } from "./read-fixtures";

export interface ProbePage {
  file: string;
  text: string;
  /** The figures as printed (the folder's expected.json). */
  values: Record<string, number>;
  /** The figures the parser reads from the page as it is. */
  read: Record<string, number>;
}

export function probePages(folder: string): ProbePage[] {
  const dir = path.join(REPO, "fixtures/probes", folder);
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<
    string,
    { values: Record<string, number> }
  >;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      return { file, text, values: expected[file].values, read: parseText(text).value?.values ?? {} };
    });
}
