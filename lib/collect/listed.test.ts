import { describe, expect, it } from "vitest";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { ingestPaths } from "@/lib/ingest/ingest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { applications, reportText, tempDir, useFreshDbs } from "@/test/helpers/ingest";
import { registerListedAgencies } from "./listed";

const fresh = useFreshDbs();
const AGENCY = "温州市瓯海区统计局";

describe("agencies listed in a collect CSV", () => {
  it(
    "are stored once, with kind, level and region, and a later report of the agency lands on the same " + "row",
    async () => {
      const { client } = await fresh();
      const deps = await loadDefaultDeps();
      const targets = [
        { url: "http://a.example/ndbg/", agency: AGENCY, regionCode: "330304" },
        { url: "http://a.example/ndbg2/", agency: AGENCY, regionCode: "330304" },
        { url: "http://b.example/ndbg/" }, // no agency: nothing to register
      ];
      expect(await registerListedAgencies(client, targets, deps)).toBe(1);
      expect(await registerListedAgencies(client, targets, deps)).toBe(0);
      const [row] = (
        await client.execute("SELECT id, kind, level, province_code, city_code, county_code, first_year FROM agencies")
      ).rows;
      expect({ ...row }).toMatchObject({
        kind: "department",
        level: "county",
        province_code: "33",
        city_code: "3303",
        county_code: "330304",
        first_year: null,
      });
      expect((await client.execute("SELECT name FROM regions WHERE code = '330304'")).rows[0]?.name).toBe("瓯海区");

      const dir = tempDir();
      writeFileSync(
        join(dir, "r.txt"),
        reportText({ agency: AGENCY, year: 2023, published: "2024-01-20", values: applications(3) }),
      );
      const manifest = new Map([[join(dir, "r.txt"), { agency: AGENCY, regionCode: "330304" }]]);
      await ingestPaths([join(dir, "r.txt")], { client, deps, workers: 0, manifest });
      const agencies = (await client.execute("SELECT id, first_year FROM agencies")).rows;
      expect(agencies.map((a) => [a.id, a.first_year])).toEqual([[row.id, 2023]]);
    },
  );
});
