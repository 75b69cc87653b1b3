/**
 * The ways a unit is written in agency names and report text: its full name and short forms
 * (瓯海区 → 瓯海; 楚雄彝族自治州 → 楚雄州, 楚雄; 永兴傣族乡 → 永兴乡; 广西壮族自治区 → 广西).
 * Data and rules only; the index that uses them lives in name-index.ts.
 */
import type { RegionLevel } from "./divisions";

/** The 55 minority nationalities' names without 族, longest first so 土家 strips before 土. */
const ETHNIC_STEMS = [
  "乌孜别克",
  "柯尔克孜",
  "维吾尔",
  "哈萨克",
  "塔吉克",
  "达斡尔",
  "俄罗斯",
  "鄂温克",
  "鄂伦春",
  "塔塔尔",
  "蒙古",
  "布依",
  "朝鲜",
  "土家",
  "哈尼",
  "傈僳",
  "高山",
  "拉祜",
  "东乡",
  "纳西",
  "景颇",
  "仫佬",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "德昂",
  "保安",
  "裕固",
  "独龙",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "回",
  "藏",
  "苗",
  "彝",
  "壮",
  "满",
  "侗",
  "瑶",
  "白",
  "傣",
  "黎",
  "佤",
  "畲",
  "水",
  "土",
  "羌",
  "怒",
  "京",
  "民",
].sort((a, b) => b.length - a.length);

const ETHNIC_WITH_ZU = ETHNIC_STEMS.map((s) => `${s}族`);

/** Names written without 族 inside autonomous-unit names (博尔塔拉蒙古自治州, 新疆维吾尔自治区). */
const BARE_ETHNIC = ETHNIC_STEMS.filter((s) => s.length > 1);

/**
 * Bare short forms that are also everyday words in agency names or report text (公安县 → 公安局,
 * 共和县 → 中华人民共和国, 通道县 → 公开通道, 会同县 → 会同有关部门). Found by scanning real reports
 * (2026-11: the seeds, the three PDFs, the specs) and by reading the list of two-character county stems.
 */
const SHORT_FORM_STOPLIST = new Set([
  "公安",
  "市中",
  "城中",
  "新华",
  "和平",
  "长安",
  "前进",
  "红旗",
  "东方",
  "白云",
  "新城",
  "南城",
  "东城",
  "西城",
  "中原",
  "平安",
  "太平",
  "新兴",
  "振兴",
  "兴业",
  "合作",
  "新市",
  "港口",
  "解放",
  "友谊",
  "东风",
  "光明",
  "城东",
  "城西",
  "城北",
  "开平",
  "共和",
  "和政",
  "惠民",
  "资源",
  "威信",
  "大方",
  "新和",
  "通道",
  "会同",
  "中方",
  "延长",
  "互助",
  "同心",
  "博爱",
  "宏伟",
  "友好",
  "爱民",
  "工农",
  "向阳",
  "安定",
  "富民",
  "长寿",
  "平原",
  "高明",
  "新建",
  "正阳",
  "建安",
  "同德",
  "河口",
  "南部",
  "前锋",
  "新星",
  "清水",
  "金水",
  "白水",
  "上街",
  "天等",
  "大化",
  "安宁",
  "安化",
  "大观",
  "山城",
  "老城",
  "江南",
  "江北",
  "城关",
  "复兴",
  "运河",
  "大城",
  "上党",
  "和顺",
  "回民",
  "新民",
  "元宝",
  "建华",
  "东安",
  "阳明",
  "天元",
  "石门",
  "三元",
  "文明",
  "新安",
  "平和",
  "同仁",
  "永宁",
  "双河",
  "白杨",
  "兴国",
  "民权",
  "永康",
  "长兴",
  "平川",
  "新平",
]);

/**
 * Names too generic to identify a unit by themselves or to count as context (城区 ×3 counties, 郊区,
 * township-level 街道, 林场, 农场 …). They still resolve when a parent unit is named beside them.
 */
export const GENERIC_NAMES = new Set([
  "城区",
  "矿区",
  "郊区",
  "东区",
  "西区",
  "街道",
  "城南",
  "盐场",
  "林场",
  "农场",
  "苗圃",
  "牛场",
]);

/** Strips trailing nationality names (…彝族, …土家族苗族, …蒙古) from the base of an autonomous unit. */
function stripEthnic(base: string, allowBare: boolean): string {
  for (let changed = true; changed; ) {
    changed = false;
    const tails = base.endsWith("族") ? ETHNIC_WITH_ZU : allowBare ? BARE_ETHNIC : [];
    const tail = tails.find((t) => base.endsWith(t) && base.length > t.length + (t.endsWith("族") ? 0 : 1));
    if (tail) {
      base = base.slice(0, -tail.length);
      changed = true;
    }
  }
  return base;
}

interface SuffixRule {
  suffix: string;
  /** Strip nationality names before the suffix. */
  ethnic: boolean;
  /** Short forms made from the base: "" for the bare base, "州" for base+州 … */
  endings: string[];
}

const RULES: Record<RegionLevel, SuffixRule[]> = {
  province: [
    { suffix: "特别行政区", ethnic: false, endings: [""] },
    { suffix: "自治区", ethnic: true, endings: [""] },
    { suffix: "省", ethnic: false, endings: [""] },
    { suffix: "市", ethnic: false, endings: [""] },
  ],
  city: [
    { suffix: "自治州", ethnic: true, endings: ["州", ""] },
    { suffix: "地区", ethnic: false, endings: [""] },
    { suffix: "盟", ethnic: false, endings: [""] },
    { suffix: "市", ethnic: false, endings: [""] },
  ],
  county: [
    { suffix: "自治县", ethnic: true, endings: ["县", ""] },
    { suffix: "自治旗", ethnic: true, endings: ["旗", ""] },
    { suffix: "新区", ethnic: false, endings: [""] },
    { suffix: "林区", ethnic: false, endings: [""] },
    { suffix: "特区", ethnic: false, endings: [""] },
    { suffix: "县", ethnic: false, endings: [""] },
    { suffix: "区", ethnic: false, endings: [""] },
    { suffix: "市", ethnic: false, endings: [""] },
    { suffix: "旗", ethnic: false, endings: [""] },
  ],
  township: [
    // Townships have no bare short form: 繁荣, 城关 … are words, only 永兴傣族乡 → 永兴乡 is safe.
    { suffix: "乡", ethnic: true, endings: ["乡"] },
    { suffix: "镇", ethnic: true, endings: ["镇"] },
    { suffix: "苏木", ethnic: true, endings: ["苏木"] },
  ],
};

/** Short forms of one unit's name (never the full name itself), each at least 2 characters. */
export function shortForms(name: string, level: RegionLevel): string[] {
  // A township only has a short form when a nationality drops out of it (fast path for 40,000 names).
  if (level === "township" && !name.includes("族")) return [];
  const rule = RULES[level].find((r) => name.endsWith(r.suffix) && name.length > r.suffix.length);
  if (!rule) return [];
  const stem = name.slice(0, -rule.suffix.length);
  const base = rule.ethnic ? stripEthnic(stem, rule.suffix.startsWith("自治")) : stem;
  const forms = rule.endings.map((e) => base + e).filter((f) => f !== name && f.length >= 2);
  return [...new Set(forms)].filter((f) => !SHORT_FORM_STOPLIST.has(f));
}
