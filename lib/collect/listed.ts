/**
 * The agencies a collect CSV lists (`agency,region_code,url`): registered in `agencies` before collecting, so an
 * agency whose column holds no report of a year still counts as 未发布 (lib/timeliness) instead of being unknown.
 * The id is the one ingest gives a report of that agency with the CSV's overrides (same name, same region code), so
 * its reports land on the same row. Kind and level are read from the name and the region code, as ingest would;
 * a report ingested later names the agency (its name, kind and level win: its first_year starts the years owed).
 */
import type { Client } from "@libsql/client";
import { regionRows } from "@/lib/ingest/prepare";
import type { IngestDeps } from "@/lib/ingest/types";
import { agencyKind } from "@/lib/regions/classify";
import { regionLevel } from "@/lib/regions/divisions";
import type { CollectTarget } from "./targets";

type Deps = Pick<IngestDeps, "agencyIdentity" | "pinyinInitials" | "regionPath">;

/** Adds the CSV's agencies (rows naming both agency and region) that are not stored yet; returns how many it added. */
export async function registerListedAgencies(client: Client, targets: CollectTarget[], deps: Deps): Promise<number> {
  const listed = new Map<string, { args: (string | null)[]; regions: (string | number | null)[][] }>();
  for (const t of targets) {
    if (!t.agency || !t.regionCode) continue;
    const { id, normName } = deps.agencyIdentity(t.agency, t.regionCode);
    const kind = agencyKind(t.agency);
    const level = kind === "street" || kind === "township" ? "township" : (regionLevel(t.regionCode) ?? "county");
    const path = deps.regionPath?.(t.regionCode) ?? [];
    const at = (len: number) => path.find((s) => s.code.length === len)?.code ?? null;
    const regions = regionRows(t.regionCode, [], deps).map((r) => [r.code, r.name, r.level, r.parentCode]);
    listed.set(id, {
      args: [id, t.agency, normName, kind, level, t.regionCode, at(2), at(4), at(6), deps.pinyinInitials(t.agency)],
      regions,
    });
  }
  if (!listed.size) return 0;
  let added = 0;
  const tx = await client.transaction("write");
  try {
    for (const { args, regions } of listed.values()) {
      const r = await tx.execute({
        sql:
          `INSERT INTO agencies (id, name, norm_name, kind, level, region_code, province_code, city_code, ` +
          `county_code, initials)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
        args,
      });
      added += r.rowsAffected;
      for (const region of regions) {
        await tx.execute({
          sql: "INSERT OR IGNORE INTO regions (code, name, level, parent_code) VALUES (?, ?, ?, ?)",
          args: region,
        });
      }
    }
    await tx.commit();
  } finally {
    tx.close();
  }
  return added;
}
