/** Numbers written as Chinese number words, as counts and dates print them. */

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "12", "十二", "一百零五", "二〇" → the number; NaN when the characters do not spell one. */
export function countValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0 && CN_DIGITS[ch] !== 0) return NaN; // 二三: not a number
      digit = CN_DIGITS[ch];
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return NaN;
    total += (digit ?? (total === 0 ? 1 : NaN)) * unit; // 十二 = 12; 一百十 is not how counts are printed
    lastUnit = unit;
    digit = null;
  }
  return total + (digit ?? 0);
}
