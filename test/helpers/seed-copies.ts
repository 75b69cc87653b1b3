/**
 * Distinct, realistic report files for load and crash tests: the real seed report of 朝阳市民政局 (2023)
 * rewritten for other cities, departments and years, so each copy is a different agency-year the real
 * parser reads like the original.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listUnits } from "@/lib/regions";

const SEED = join(process.cwd(), "fixtures", "seeds", "003_516ff9c16babe9a7.txt");
const DEPARTMENTS = [
  "民政",
  "财政",
  "教育",
  "司法",
  "商务",
  "审计",
  "统计",
  "林业",
  "水利",
  "交通运输",
  "住房和城乡建设",
  "自然资源",
  "生态环境",
  "应急管理",
  "人力资源和社会保障",
  "农业农村",
  "体育",
  "医疗保障",
  "退役军人事务",
  "文化旅游",
];
const YEARS = [2021, 2022, 2023, 2024, 2025];

/** Writes `n` copies under `dir` (in sub-folders of 500) and returns their paths. */
export function writeSeedCopies(dir: string, n: number): string[] {
  const seed = readFileSync(SEED, "utf8");
  // Cities whose name is a plain 市 (autonomous prefectures and leagues name their offices differently).
  const cities = listUnits("city").filter((c) => c.name.endsWith("市") && c.name !== "朝阳市");
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = YEARS[i % YEARS.length];
    const dept = DEPARTMENTS[Math.floor(i / YEARS.length) % DEPARTMENTS.length];
    const city = cities[Math.floor(i / (YEARS.length * DEPARTMENTS.length)) % cities.length];
    const text = seed
      .replace(/2023|2024/g, (y) => String(year + Number(y) - 2023))
      .replaceAll("朝阳市民政局", `${city.name}${dept}局`)
      .replaceAll("市民政局", `市${dept}局`);
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, "0"));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `${String(i).padStart(6, "0")}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
