/**
 * The narrative's own count of applications received ("全年共收到…申请N件", "共受理依申请公开N件",
 * "未收到…申请" = 0), so validation can compare it with the table (rule N1).
 *
 * Conservative on purpose: a count is taken only when its clause speaks for the whole agency and year
 * (全年/全区/共/我局…). "区政府办代表区政府受理…17件" (hongze 2024) is one office's subset and is skipped.
 */
import { aboutLongerPeriod } from "./legacy-narrative-rules";

export interface NarrativeCount {
  value: number;
  line: number;
}

const VERBS = ["收到", "受理", "新收"];
/** The clause before the verb must say "all of it" … */
const WHOLE =
  /全年|全区|全市|全县|全镇|全乡|全旗|全街道|共|累计|合计|总计|本年|我[局委办乡镇区市县厅处街]|本机关|本单位|本部门/;
/** … and must not single out a part. */
const PART = /代表|其中|各部门|各单位|部分|下属/;
/** Applications that are not information-disclosure requests. */
const OTHER_KIND = /复议|诉讼|举报|投诉|信访|热线|咨询|来电|来信|审批|许可|登记/;

const COUNT_RE = /(收到|受理|新收)([^,。;:]{0,30}?)(\d{1,7})件/g;
/** Words of a sentence about last year. */
const LAST_YEAR = /上年|去年|上一年|前年|同期/;
const ZERO_RE = /未(?:收到|受理)([^,。;:]{0,24}?)申请/;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The clause before position `at`: from the last punctuation to `at`. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(",", at), text.lastIndexOf("。", at), text.lastIndexOf(";", at));
  return text.slice(start + 1, at);
}

/** The subject names the agency itself ("2023年,瓯海区人民政府办公室受理…", "繁荣街道共…"). */
function isAgency(subject: string, agency: string | null): boolean {
  const name = subject.replace(/^\d{4}年度?/, "");
  return agency !== null && name.length >= 2 && (name.includes(agency) || agency.endsWith(name));
}

/** The sentence before position `at`: from the last full stop to `at`. */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at)) + 1, at);
}

/** A total the same sentence gives after a part of the intake (…,上级机关转办1件,合计3件). */
const SUM_AFTER = /^[,，][^。;]{0,30}?\d{1,7}件[,，](?:合计|共计|总计)(\d{1,7})件/;

/** The sentence after position `at`: from `at` to the next full stop. */
function sentenceAfter(text: string, at: number): string {
  const end = text.slice(at).search(/[。;]/);
  return end < 0 ? text.slice(at) : text.slice(at, at + end);
}

function readCount(text: string, agency: string | null): number | null {
  const zero = ZERO_RE.exec(text);
  if (zero && !OTHER_KIND.test(zero[1]) && !PART.test(clauseBefore(text, zero.index))) return 0;
  for (const m of text.matchAll(COUNT_RE)) {
    if (!m[2].includes("申请") || OTHER_KIND.test(m[2])) continue;
    // 累计受理…7件, 上年度受理…4件: a count of a longer period or of last year says nothing of this year's.
    const sentence = sentenceBefore(text, m.index) + m[1] + m[2];
    if (aboutLongerPeriod(sentence) || LAST_YEAR.test(sentence)) continue;
    const subject = clauseBefore(text, m.index);
    if (PART.test(subject + m[2])) return null;
    if (!(WHOLE.test(subject + m[1] + m[2]) || isAgency(subject, agency))) return null;
    // 本机关直接受理申请2件,上级机关转办1件,合计3件: the total after the parts of the intake is the count.
    const total = SUM_AFTER.exec(sentenceAfter(text, m.index + m[0].length));
    return total ? Number(total[1]) : Number(m[3]);
  }
  return null;
}

/** First whole-agency count of applications received stated in prose; table rows (with `|`) are skipped. */
export function findAppsReceived(lines: string[], agency: string | null = null): NarrativeCount | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes("|") || !VERBS.some((v) => line.includes(v))) continue;
    if (!line.includes("申") && !(lines[i + 1] ?? "").includes("申")) continue;
    // A sentence may wrap onto the next line (PDF text): read both, the verb being on this one.
    const next = lines[i + 1] && !lines[i + 1].includes("|") ? compact(lines[i + 1]) : "";
    const value = readCount(compact(line) + next, agency);
    if (value !== null) return { value, line: i + 1 };
  }
  return null;
}
