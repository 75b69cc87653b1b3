/**
 * Legacy (2008–2018) reviews told in sentences: how each ended in the wordings long reports use (确认我局答复违法,
 * 撤回复议申请, 尚未作出复议决定, 均决定维持, 其中,复议经…维持), the one review of a person named by what they are
 * (1名被征收人), a date between the count and its end, and an agency's caseload of another cause told after its count.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year).map((f) => [f.key, f.value]),
  );

describe("readNarrativeCounts: the ends of reviews counted in a sentence", () => {
  it("reads 确认…违法 with the answer named between, and 撤回复议申请 with a count", () => {
    const got = read(
      "五、复议诉讼情况 本年度因政府信息公开被申请行政复议5件，其中经复议维持原答复2件，确认本机关的答复违法2件，" +
        "申请人主动撤回复议申请1件。",
    );
    expect(got).toMatchObject({ "review.total": 5, "review.upheld": 2, "review.corrected": 2, "review.other": 1 });
  });

  it("reads 尚未作出复议决定 as pending, after the other ends", () => {
    const got = read(
      "五、复议诉讼情况 申请人不服我委信息公开答复提起行政复议3件，复议机关维持2件，另1件至年末尚未作出决定。",
      2016,
    );
    expect(got).toMatchObject({ "review.total": 3, "review.upheld": 2, "review.pending": 1 });
  });

  it("reads 均决定维持 as every review upheld", () => {
    const got = read("四、复议和诉讼 因信息公开事项被申请行政复议3件，区管委会均决定维持。未发生行政诉讼。", 2013);
    expect(got).toMatchObject({ "review.total": 3, "review.upheld": 3, "litigation.total": 0 });
  });

  it("reads the one review's end told in the next sentence after 其中,", () => {
    const got = read(
      "五、复议诉讼 涉及政府信息公开的行政复议、行政诉讼各1件。其中，复议经区政府审查后维持了我局答复；诉讼尚在审理中。",
      2016,
    );
    expect(got).toMatchObject({ "review.total": 1, "litigation.total": 1, "review.upheld": 1 });
    expect(got["review.pending"]).toBeUndefined();
  });

  it("reads the one review of a person named by what they are, and its end", () => {
    const got = read(
      "五、复议诉讼 2011年，1名被征收人对我局部分公开的答复不服，向市政府申请行政复议，市政府复议后撤销了该答复。",
      2011,
    );
    expect(got).toMatchObject({ "review.total": 1, "review.corrected": 1 });
  });

  it("reads the end after a date between the count and it, not a count in that place", () => {
    const got = read("五、复议诉讼 因政府信息公开被申请复议1件，截至2015年12月31日，复议机关尚在审理。", 2015);
    expect(got).toMatchObject({ "review.total": 1, "review.pending": 1 });
    // A count between them is another matter: the end is not read as the review's.
    const other = read("五、复议诉讼 因政府信息公开被申请复议1件，涉及3户，复议机关尚在审理。", 2015);
    expect(other["review.pending"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: cases of another cause named after their count", () => {
  it("sets aside a caseload said to be all of another matter, and reads the disclosure count after it", () => {
    const got = read(
      "六、行政复议和行政诉讼 全年共发生行政复议案件17件，均系不服土地征收补偿决定引起。因政府信息公开被申请行政复议2件，" +
        "均维持原答复。",
      2012,
    );
    expect(got).toMatchObject({ "review.total": 2, "review.upheld": 2 });
    const suits = read(
      "六、复议诉讼 本年度应诉行政诉讼案件9件，均为工伤认定类案件，没有因政府信息公开引起的行政诉讼。",
      2012,
    );
    expect(suits["litigation.total"]).toBe(0);
  });

  it("keeps a count said to be all of one applicant or of disclosure", () => {
    const same = read("五、复议诉讼 因政府信息公开被申请行政复议3件，均为同一申请人提起。", 2012);
    expect(same["review.total"]).toBe(3);
    const ours = read("五、复议诉讼 行政复议案件2件，均为不服我局不予公开答复提起。", 2012);
    expect(ours["review.total"]).toBe(2);
  });
});
