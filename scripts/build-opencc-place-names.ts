/**
 * Writes lib/parser/opencc-place-names.ts: what OpenCC gets wrong about official place names, computed
 * from the division list (lib/regions/data/divisions.json) and OpenCC itself — no hand-made table.
 *
 * Run: npx tsx scripts/build-opencc-place-names.ts   (again whenever the division data or opencc-js changes;
 * lib/parser/opencc-place-names.test.ts fails until the file is up to date)
 *
 * - `SIMPLIFIED_IN_NAMES`: characters OpenCC lists as traditional-only that official (simplified) names use
 *   (乾县, 濛江镇, 尖塚镇). They are no evidence that a text is traditional.
 * - `NAME_RESTORE`: names that do not survive the trip a traditional-character page makes (written from the
 *   simplified name with OpenCC cn→tw, read back with tw→cn): 澄江街道 → 澂江街道, 濛江乡 → 蒙江乡. The parser
 *   puts the official name back after converting a traditional text.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computePlaceNameFixes } from "../lib/parser/opencc-place-names-source";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "lib/parser/opencc-place-names.ts");
writeFileSync(out, computePlaceNameFixes().module);
console.log(`wrote ${out}`);
