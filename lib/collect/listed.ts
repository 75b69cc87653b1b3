/**
 * The agencies a collect CSV lists (`agency,region_code,url`): registered in `agencies` before collecting, so an
 * agency whose column holds no report of a year still counts as 未发布 (lib/timeliness) instead of being unknown.
 * The id is the one ingest gives a report of that agency with the CSV's overrides (same name, same region code), so
 * its reports land on the same row. Kind and level are read from the name and the region code, as ingest would;
 * a report ingested later names the agency (its name, kind and level win: its first_year starts the years owed).
 */
import type { Client, InValue } from "@libsql/client";
import { agencies, regions as regionsTable } from "@/db/schema";
import { regionRows } from "@/lib/ingest/prepare";
import { tableWriter, valuesSql } from "@/lib/ingest/sql-rows";
import type { IngestDeps } from "@/lib/ingest/types";
import { agencyKind } from "@/lib/regions/classify";
import { regionLevel } from "@/lib/regions/divisions";
import type { CollectTarget } from "./targets";

type Deps = Pick<IngestDeps, "agencyIdentity" | "pinyinInitials" | "regionPath">;

/** No report yet: no years (first_year starts with the first report) and never demo data. */
export const LISTED_AGENCY = tableWriter(agencies, ["firstYear", "lastYear", "isDemo"]);
const REGION = tableWriter(regionsTable);
const INSERT_AGENCY = valuesSql("INSERT INTO", LISTED_AGENCY, "ON CONFLICT(id) DO NOTHING");
const INSERT_REGION = valuesSql("INSERT OR IGNORE INTO", REGION);

/** Adds the CSV's agencies (rows naming both agency and region) that are not stored yet; returns how many it added. */
export async function registerListedAgencies(client: Client, targets: CollectTarget[], deps: Deps): Promise<number> {
  const listed = new Map<string, { args: InValue[]; regions: InValue[][] }>();
  for (const t of targets) {
    if (!t.agency || !t.regionCode) continue;
    const { id, normName } = deps.agencyIdentity(t.agency, t.regionCode);
    const kind = agencyKind(t.agency);
    const level = kind === "street" || kind === "township" ? "township" : (regionLevel(t.regionCode) ?? "county");
    const path = deps.regionPath?.(t.regionCode) ?? [];
    const at = (len: number) => path.find((s) => s.code.length === len)?.code ?? null;
    const regions = regionRows(t.regionCode, [], deps).map((r) => REGION.row(r));
    const args = LISTED_AGENCY.row({
      id,
      name: t.agency,
      normName,
      kind,
      level,
      regionCode: t.regionCode,
      provinceCode: at(2),
      cityCode: at(4),
      countyCode: at(6),
      initials: deps.pinyinInitials(t.agency),
    });
    listed.set(id, { args, regions });
  }
  if (!listed.size) return 0;
  let added = 0;
  const tx = await client.transaction("write");
  try {
    for (const { args, regions } of listed.values()) {
      const r = await tx.execute({ sql: INSERT_AGENCY, args });
      added += r.rowsAffected;
      for (const region of regions) {
        await tx.execute({ sql: INSERT_REGION, args: region });
      }
    }
    await tx.commit();
  } finally {
    tx.close();
  }
  return added;
}
