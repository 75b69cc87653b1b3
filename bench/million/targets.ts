/**
 * What the serve benchmark requests, picked from the database itself: the province 33 (浙江), its busiest
 * city and that city's busiest county, an agency of that county with reports in every year, a report of it;
 * and for each URL its floor — the same aggregate as hand-written SQL run directly on the file.
 */
import type { Client, InValue } from "@libsql/client";

export interface Target {
  /** Short label: view · scope. */
  name: string;
  path: string;
  /** The main read(s) of the URL as plain SQL (run in sequence; the floor is their total time). */
  floor: { sql: string; args: InValue[] }[];
  /** Request headers (a revalidation sends the ETag it holds: If-None-Match). */
  headers?: Record<string, string>;
}

export interface Picks {
  year: number;
  province: string;
  city: string;
  county: string;
  agency: string;
  agencyName: string;
  peers: string[];
  report: string;
  /** Pinyin initials of the agency's name, first three letters (search by initials). */
  initials: string;
}

async function one(client: Client, sql: string, args: InValue[] = []): Promise<Record<string, unknown>> {
  const rs = await client.execute({ sql, args });
  if (!rs.rows.length) throw new Error(`no row for: ${sql}`);
  return rs.rows[0] as Record<string, unknown>;
}

async function busiestChild(client: Client, parent: string, year: number): Promise<string> {
  const row = await one(
    client,
    `SELECT scope FROM agg_region_year WHERE parent_scope = ? AND year = ?
    GROUP BY scope ORDER BY SUM(reports) DESC LIMIT 1`,
    [parent, year],
  );
  return String(row.scope);
}

export async function pick(client: Client, province = "33"): Promise<Picks> {
  const year = Number((await one(client, "SELECT MAX(year) AS y FROM agg_region_year WHERE scope = ''")).y);
  const city = await busiestChild(client, province, year);
  const county = await busiestChild(client, city, year);
  const agencyRows = await client.execute({
    sql: `SELECT agency_id FROM report_facts WHERE county_code = ? GROUP BY agency_id
          ORDER BY COUNT(*) DESC, SUM(apps_new) DESC LIMIT 3`,
    args: [county],
  });
  const ids = agencyRows.rows.map((r) => String(r.agency_id));
  const agency = ids[0];
  const named = await one(client, "SELECT name, initials FROM agencies WHERE id = ?", [agency]);
  const agencyName = String(named.name);
  const report = String(
    (
      await one(
        client,
        `SELECT public_id FROM reports WHERE agency_id = ? AND status = 'active'
    ORDER BY year DESC LIMIT 1`,
        [agency],
      )
    ).public_id,
  );
  return {
    year,
    province,
    city,
    county,
    agency,
    agencyName,
    peers: ids.slice(1),
    report,
    initials: String(named.initials).slice(0, 3),
  };
}

const SUMS =
  "SUM(reports), SUM(failing), SUM(apps_new), SUM(outcome_total), SUM(granted), SUM(partial), SUM(denied), " +
  "SUM(review_total), SUM(lit_total)";
const FACT_SUMS =
  "COUNT(*), SUM(has_error), SUM(apps_new), SUM(outcome_total), SUM(granted), SUM(partial), SUM(denied), " +
  "SUM(review_total), SUM(lit_total)";

function regionColumn(scope: string): string {
  return scope.length === 2 ? "province_code" : scope.length === 4 ? "city_code" : "county_code";
}

/** Per-year totals, the ranking of the last year and (for the quality view) the first failing page of a scope. */
function scopeFloors(scope: string, year: number) {
  const totals = { sql: `SELECT year, ${SUMS} FROM agg_region_year WHERE scope = ? GROUP BY year`, args: [scope] };
  const ranking =
    scope.length === 6
      ? {
          sql:
            `SELECT agency_id, apps_new FROM report_facts WHERE county_code = ? AND year = ? ORDER BY apps_new ` +
            `DESC LIMIT 20`,
          args: [scope, year],
        }
      : {
          sql:
            `SELECT scope, SUM(apps_new) AS v FROM agg_region_year WHERE parent_scope = ? AND year = ? GROUP BY ` +
            `scope ORDER BY v DESC LIMIT 20`,
          args: [scope, year],
        };
  const where = scope ? `${regionColumn(scope)} = ? AND` : "";
  const failing = {
    sql:
      `SELECT report_id, agency_id FROM report_facts WHERE ${where} has_error = 1 AND year = ? ORDER BY year ` +
      `DESC, ${scope ? regionColumn(scope) : "province_code"} DESC, report_id DESC LIMIT 20`,
    args: scope ? [scope, year] : [year],
  };
  const series = {
    sql:
      `SELECT scope, year, SUM(apps_new) FROM agg_region_year WHERE scope IN (SELECT scope FROM agg_region_year ` +
      `WHERE parent_scope = ? AND year = ? GROUP BY scope ORDER BY SUM(apps_new) DESC LIMIT 8) GROUP BY scope, year`,
    args: [scope, year],
  };
  return { totals, ranking, failing, series };
}

export function targets(p: Picks): Target[] {
  // The framework's own floor: a route that runs one trivial query.
  const out: Target[] = [
    { name: "api health (baseline)", path: "/api/health", floor: [{ sql: "SELECT 1", args: [] }] },
  ];
  const scopes: [string, string][] = [
    ["national", ""],
    ["province", p.province],
    ["city", p.city],
    ["county", p.county],
  ];
  const search = p.agencyName.slice(0, 2);
  for (const [label, scope] of scopes) {
    const f = scopeFloors(scope, p.year);
    const q = scope ? `?region=${scope}` : "";
    const amp = scope ? `&region=${scope}` : "";
    out.push({ name: `overview · ${label}`, path: `/${q}`, floor: [f.totals, f.ranking] });
    // A county has no sub-regions to compare: the view asks for agencies (one cheap read).
    out.push({
      name: `compare · ${label}`,
      path: `/compare${q}`,
      floor: scope.length === 6 ? [f.totals] : [f.ranking, f.series],
    });
    out.push({ name: `quality · ${label}`, path: `/quality${q}`, floor: [f.totals, f.failing] });
    out.push({ name: `export applicants · ${label}`, path: `/api/export/applicants${q}`, floor: [f.totals] });
    out.push({
      name: `api agencies · ${label}`,
      path: `/api/agencies?q=${encodeURIComponent(search)}${amp}`,
      floor: [
        {
          sql: `SELECT id, name FROM agencies WHERE name LIKE ? ${scope ? "AND region_code LIKE ?" : ""} LIMIT 20`,
          args: scope ? [`%${search}%`, `${scope}%`] : [`%${search}%`],
        },
      ],
    });
  }
  out.push({
    name: "api agencies · initials",
    path: `/api/agencies?q=${p.initials}`,
    floor: [
      {
        sql: "SELECT id, name FROM agencies WHERE initials >= ? AND initials < ? LIMIT 20",
        args: [p.initials, `${p.initials}\uffff`],
      },
    ],
  });
  const ids = [p.agency, ...p.peers];
  const inIds = ids.map(() => "?").join(",");
  const agencyFacts = {
    sql: `SELECT year, ${FACT_SUMS} FROM report_facts WHERE agency_id = ? GROUP BY year`,
    args: [p.agency],
  };
  const seriesOf = {
    sql: `SELECT agency_id, year, apps_new FROM report_facts WHERE agency_id IN (${inIds}) ORDER BY agency_id, year`,
    args: ids,
  };
  out.push({ name: "overview · agency", path: `/?agencies=${p.agency}`, floor: [agencyFacts] });
  out.push({ name: "compare · agencies", path: `/compare?agencies=${ids.join("~")}`, floor: [seriesOf] });
  out.push({
    name: "agency page",
    path: `/agencies/${p.agency}`,
    floor: [agencyFacts, { sql: "SELECT id, year, status FROM reports WHERE agency_id = ?", args: [p.agency] }],
  });
  out.push({
    name: "report page",
    path: `/reports/${p.report}`,
    floor: [
      { sql: "SELECT * FROM reports WHERE public_id = ?", args: [p.report] },
      {
        sql: `SELECT k.key, v.value, v.line FROM report_values v JOIN value_keys k ON k.id = v.key_id
              WHERE v.report_id = (SELECT id FROM reports WHERE public_id = ?) ORDER BY k.key`,
        args: [p.report],
      },
    ],
  });
  out.push({
    name: "api series · agencies",
    path: `/api/series?agencies=${ids.join("~")}&metric=rate.grant`,
    floor: [seriesOf],
  });
  out.push({
    name: "export applicants · agency",
    path: `/api/export/applicants?agencies=${p.agency}`,
    floor: [agencyFacts],
  });
  return out;
}

/** Median wall time (ms) of running a target's floor queries in sequence, over `rounds` runs after one warm-up. */
export async function floorMs(client: Client, t: Target, rounds = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const start = performance.now();
    for (const q of t.floor) await client.execute(q);
    if (i > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
