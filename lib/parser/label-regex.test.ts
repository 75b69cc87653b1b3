import { describe, expect, it } from "vitest";
import { anyOfRegex, findIn, LabelMatcher, STRADDLE } from "./label-regex";

/** A regex that records the length of every string it searches. */
class RecordingRegExp extends RegExp {
  readonly searched: number[] = [];
  exec(s: string): RegExpExecArray | null {
    this.searched.push(s.length);
    return super.exec(s);
  }
}

describe("findIn: the first match starting in [from, to)", () => {
  const re = anyOfRegex(["行政复议"]);

  it("finds a label that starts before the bound and ends past it, with its whole span", () => {
    const text = "前文 行 政 复 议 后文";
    expect(findIn(re, text, 0, 4)).toEqual({ start: 3, end: 10 });
  });

  it("does not return a match that starts at or after the bound", () => {
    const text = "前文行政复议";
    expect(findIn(re, text, 0, 2)).toBeNull();
    expect(findIn(re, text, 0, 3)).toEqual({ start: 2, end: 6 });
    expect(findIn(re, text, 3, text.length)).toBeNull();
  });

  it("searches only up to the bound plus STRADDLE, however long the page", () => {
    const spy = new RecordingRegExp("行[\\s|]*政[\\s|]*复[\\s|]*议", "g");
    const page = `行政许可${"无关文字".repeat(200_000)}行政复议`;
    expect(findIn(spy, page, 0, 100)).toBeNull();
    expect(Math.max(...spy.searched)).toBeLessThanOrEqual(100 + STRADDLE);
    // Unbounded, the label at the end is found.
    expect(findIn(spy, page, 0, page.length)?.start).toBe(page.length - 4);
  });

  it("cuts only a label spread over more blanks than STRADDLE past the bound", () => {
    const near = `行${" ".repeat(10)}政复议`;
    expect(findIn(re, near, 0, 1)).toEqual({ start: 0, end: near.length });
    const far = `行${" ".repeat(STRADDLE + 10)}政复议`;
    expect(findIn(re, far, 0, 1)).toBeNull();
    expect(findIn(re, far, 0, far.length)).toEqual({ start: 0, end: far.length });
  });
});

describe("LabelMatcher.find within a row", () => {
  it("finds a numbered label inside its bounds and nothing past them", () => {
    const m = new LabelMatcher({ prefix: "(一)", cores: ["维持"] });
    const text = "前 (一) 维持 3 后面还有一个维持";
    const span = m.find(text, 0, 10);
    expect(span && text.slice(span.start, span.end)).toBe("(一) 维持");
    expect(m.find(text, 9, 12)).toBeNull();
  });
});
