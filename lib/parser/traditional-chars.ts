/** The characters OpenCC's TSCharacters dictionary lists as traditional-only (BMP, single characters). */
import tsCharacters from "opencc-js/dict/TSCharacters";

export function traditionalOnlyChars(): Set<string> {
  const out = new Set<string>();
  for (const entry of (tsCharacters as string).split("|")) {
    const [trad, ...simp] = entry.split(" ");
    // "乾 乾 干": a character that is also its own simplified form is not evidence of traditional text.
    if (trad && trad.length === 1 && !simp.includes(trad)) out.add(trad);
  }
  return out;
}
