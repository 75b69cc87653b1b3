import { describe, expect, it } from "vitest";
import { BINS, jaccard, minhash, shingleHashes, similarity } from "./minhash";
import { boilerplateOf, MIN_NARRATIVE_CHARS, narrativeSentences, ownNarrative } from "./narrative";
import { buildTwinIndex, nearestOther } from "./twins";

/** A deterministic text of `n` distinct-ish Chinese characters (seeded LCG over the CJK block). */
function text(seed: number, n: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 3000));
  }
  return out;
}

const sig = (t: string) => minhash(shingleHashes(t))!;

describe("MinHash", () => {
  it("gives 1 for the same text and about 0 for unrelated texts", () => {
    const a = text(1, 800);
    expect(similarity(sig(a), sig(a))).toBe(1);
    expect(similarity(sig(a), sig(text(2, 800)))).toBeLessThan(0.05);
    expect(minhash(new Uint32Array(0))).toBeNull();
    expect(sig(a)).toHaveLength(BINS);
  });

  it("estimates Jaccard similarity within ±0.1 over texts sharing a part, short and long", () => {
    for (const [shared, own, seed] of [
      [600, 60, 3],
      [400, 200, 4],
      [300, 300, 5],
      [120, 30, 6],
      [2000, 150, 7],
    ]) {
      const common = text(seed, shared);
      const a = common + text(seed * 10 + 1, own);
      const b = text(seed * 10 + 2, own) + common;
      const exact = jaccard(shingleHashes(a), shingleHashes(b));
      expect(Math.abs(similarity(sig(a), sig(b)) - exact), `shared ${shared}, own ${own}: exact ${exact}`).toBeLessThan(
        0.1,
      );
    }
  });

  it("a report with a few words changed stays above 0.9; a different one falls far below", () => {
    const base = text(8, 1500);
    const edited = `${base.slice(0, 500)}另行${base.slice(500, 1000)}补充${base.slice(1000)}`;
    expect(similarity(sig(base), sig(edited))).toBeGreaterThanOrEqual(0.9);
    expect(similarity(sig(base), sig(base.slice(0, 700) + text(9, 800)))).toBeLessThan(0.6);
  });
});

describe("narrative", () => {
  const raw = [
    "瓯海区人民政府办公室2023年政府信息公开工作年度报告",
    "2023年,瓯海区人民政府办公室坚持以公开为常态,全年主动公开信息1234条,较上年增长12.5%。",
    "| 本年新收政府信息公开申请数量 | 12 | 0 |",
    "申请人情况",
    "一、总体情况",
  ].join("\n");

  it("keeps prose lines, masks the agency's names and the numbers, and drops tables and headings", () => {
    const sentences = narrativeSentences(raw, ["瓯海区人民政府办公室", "瓯海区", "温州市"]);
    expect(sentences).toEqual(["#年,□坚持以公开为常态,全年主动公开信息#条,较上年增长#%"]);
  });

  it("the same text of another agency reads the same once names are masked", () => {
    const other = raw.replaceAll("瓯海区", "鹿城区").replace("1234", "88");
    expect(narrativeSentences(other, ["鹿城区人民政府办公室", "鹿城区"])).toEqual(
      narrativeSentences(raw, ["瓯海区人民政府办公室", "瓯海区"]),
    );
  });

  it("leaves out sentences most reports share and judges nothing when too little is left", () => {
    const stock = "严格落实公开前保密审查,坚持谁公开谁审查、谁审查谁负责";
    const docs = Array.from({ length: 40 }, (_, i) => [
      stock,
      `第${i}份报告自己写的一句话,内容各不相同,编号${"甲乙丙丁"[i % 4]}${i}`,
    ]);
    const boilerplate = boilerplateOf(docs);
    expect([...boilerplate]).toEqual([stock]);
    expect(ownNarrative(docs[0], boilerplate)).toBeNull();
    const long = text(11, MIN_NARRATIVE_CHARS);
    expect(ownNarrative([stock, long], boilerplate)).toBe(long);
  });
});

describe("twin search", () => {
  it("finds the near-duplicate of another agency and never the agency itself", () => {
    const base = text(20, 1200);
    const items = [
      { id: 1, agencyId: "a", sig: sig(base) },
      { id: 2, agencyId: "b", sig: sig(`${base.slice(0, 600)}改动${base.slice(600)}`) },
      { id: 3, agencyId: "c", sig: sig(text(21, 1200)) },
      { id: 4, agencyId: "a", sig: sig(base) },
    ];
    const index = buildTwinIndex(items);
    expect(nearestOther(index, items[0])).toMatchObject({ id: 2, similarity: expect.any(Number) });
    expect(nearestOther(index, items[0])!.similarity).toBeGreaterThanOrEqual(0.9);
    const lone = nearestOther(index, items[2]);
    expect(lone === null || lone.similarity < 0.2).toBe(true);
  });
});

describe("narrative of a flattened table", () => {
  it("is not prose: a §三 table printed as one line of labels and figures is left out", () => {
    const flat =
      "申请人情况 自然人法人或其他组织总计 一、本年新收政府信息公开申请数量524100259 二、上年结转政府信息公开申请数量3000003 " +
      "三、本年度办理结果(一)予以公开261100129 (二)部分公开(区分处理的,只计这一情形,不计其他情形)4000004 (七)总计533100259";
    expect(narrativeSentences(flat, [])).toEqual([]);
    const legacy =
      "一、主动公开信息数条3131，网站公开条31312、依申请公开信息数件44 对申请的答复数件44 否决公开答复数件00。";
    expect(narrativeSentences(legacy, [])).toEqual([]);
    // Prose naming two outcomes with their figures stays prose.
    expect(narrativeSentences("全年共收到申请12件,其中予以公开10件,部分公开2件,均按时答复。", [])).toHaveLength(1);
  });
});
