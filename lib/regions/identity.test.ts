import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { agencyIdentity, pinyinInitials } from "./identity";
import { describeAgency } from "./index";

/** Identity as ingest computes it: region code from describeAgency, then the id. */
const identityOf = (name: string, text = "") => agencyIdentity(name, describeAgency(name, text).region?.code ?? null);

describe("agencyIdentity", () => {
  it("gives the same id to both spellings of 瓯海区人民政府办公室", () => {
    const a = identityOf("瓯海区人民政府办公室");
    const b = identityOf("温州市瓯海区人民政府办公室");
    const c = identityOf("浙江省温州市瓯海区政府办公室");
    expect(a.normName).toBe("人民政府办公室");
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it("treats 街道办事处 / 街道办 / 街道 and a county prefix as one agency", () => {
    const ids = ["繁荣街道", "繁荣街道办事处", "同江市繁荣街道", "繁荣街道办"].map((n) =>
      agencyIdentity(n, "230881001"),
    );
    expect(new Set(ids.map((i) => i.id)).size).toBe(1);
    expect(ids[0].normName).toBe("繁荣街道");
  });

  it("strips the place after a leading party or tax-bureau prefix too", () => {
    const a = identityOf("中共瓯海区委办公室");
    expect(identityOf("中共温州市瓯海区委办公室")).toEqual(a);
    expect(identityOf("中国共产党温州市瓯海区委员会办公室").normName).toBe("中共委员会办公室");
    expect(a.normName).toBe("中共委办公室");
    expect(identityOf("国家税务总局温州市瓯海区税务局")).toEqual(identityOf("国家税务总局瓯海区税务局"));
  });

  it("treats traditional and simplified spellings, spaces and punctuation alike", () => {
    expect(agencyIdentity("永興傣族鄉 人民政府", "532327204")).toEqual(
      agencyIdentity("永兴傣族乡人民政府", "532327204"),
    );
    expect(agencyIdentity("瓯海区（人民政府）办公室", "330304")).toEqual(
      agencyIdentity("瓯海区人民政府办公室", "330304"),
    );
  });

  it("keeps different offices and different regions apart", () => {
    const office = agencyIdentity("瓯海区人民政府办公室", "330304");
    expect(agencyIdentity("瓯海区民政局", "330304").id).not.toBe(office.id);
    expect(agencyIdentity("鹿城区人民政府办公室", "330302").id).not.toBe(office.id);
    expect(agencyIdentity("瓯海区人民政府办公室", null).id).not.toBe(office.id);
  });

  it("is sha256(code|normName), so every database derives the same id", () => {
    const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);
    expect(agencyIdentity("朝阳市民政局", "2113")).toEqual({ id: sha("2113|民政局"), normName: "民政局" });
    expect(agencyIdentity("某某局", null)).toEqual({ id: sha("|某某局"), normName: "某某局" });
  });

  it("leaves the name whole when the region is unknown", () => {
    expect(agencyIdentity("某某局", null).normName).toBe("某某局");
    expect(agencyIdentity("瓯海区民政局", "999999").normName).toBe("瓯海区民政局");
  });
});

describe("pinyinInitials", () => {
  it.each([
    ["瓯海区人民政府办公室", "ohqrmzfbgs"],
    ["朝阳市民政局", "cysmzj"],
    ["淮安市12345热线", "has12345rx"],
  ])("%s → %s", (name, initials) => {
    expect(pinyinInitials(name)).toBe(initials);
  });
});
