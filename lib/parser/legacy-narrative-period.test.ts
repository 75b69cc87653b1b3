/**
 * Legacy (2008–2018) sentences: answers counted after a longer period's count that leads the clause (截至…累计受理
 * 24件,同意公开16件) are the period's, not the year's; the already published answers told as a part of the granted
 * (同意公开3件,其中属于已主动公开范围的1件) are not added to them.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year: number) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year).map((f) => [f.key, f.value]),
  );

describe("readNarrativeCounts: a longer period's answers, and a part of the granted", () => {
  it("leaves the answers after a cumulative count leading the clause to that period", () => {
    const got = read(
      "三、依申请公开情况 截至2015年底,我办累计受理政府信息公开申请31件,同意公开20件,不予公开4件。2015年,我办受理" +
        "政府信息公开申请6件,其中同意公开4件、同意部分公开1件、不予公开1件。",
      2015,
    );
    expect(got).toMatchObject({
      "apps.new.total": 6,
      "outcome.granted.total": 4,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
  });

  it("still reads the year's answers after a cumulative aside that follows the year's count", () => {
    const got = read(
      "三、依申请公开情况 2015年,我办受理政府信息公开申请6件,历年累计受理40件,同意公开5件,不予公开1件。",
      2015,
    );
    expect(got).toMatchObject({ "apps.new.total": 6, "outcome.granted.total": 5, "outcome.denied.total": 1 });
  });

  it("does not add the already published ones told after 同意公开…,其中", () => {
    const got = read(
      "三、依申请公开情况 2013年,本局共受理政府信息公开申请9件。同意公开5件,其中属于已主动公开范围的2件;不予公开2件;" +
        "其他类型答复2件。",
      2013,
    );
    expect(got["outcome.granted.total"]).toBe(5);
    // Told beside the granted, the legacy form counts them as granted too.
    const beside = read(
      "三、依申请公开情况 2013年,本局共受理政府信息公开申请9件,属于已主动公开范围的2件,同意公开5件,不予公开2件。",
      2013,
    );
    expect(beside["outcome.granted.total"]).toBe(7);
  });
});
