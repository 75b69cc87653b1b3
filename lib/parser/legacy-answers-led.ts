/**
 * Legacy reports often tell the year's answers one sentence per kind, each led by the count it speaks of
 * (「有2件…,我局同意公开并提供了复印件;有1件…作了部分公开处理;有1件…告知了申请人向该办申请」,
 * 「对其中5件申请,…依法同意公开;对1件申请,…对可以公开的部分予以公开;对2件申请,…依法不予公开」,
 * 「前者我局予以公开;后者…不予公开」). Each such sentence names one kind of answer and no other count. The kinds
 * are read only where the sentences (with the kinds already counted elsewhere) account for every one of the year's
 * applications: a sentence misread would break the sum, and then nothing is read.
 *
 * Also: a page whose applications are none and which says no answer was made (未产生答复事项, 不存在答复…的问题,
 * 谈不上答复): every answer kind is 0.
 */
import { countValue } from "./cn-numbers";
import { type AnswerKey, ANSWER_KEYS as KEYS, answerKind, namesAnswerKind } from "./legacy-answer-kinds";

export interface LedClause {
  text: string;
  line: number;
  aboutReplies: boolean;
}

export interface LedFigure {
  key: string;
  value: number;
  source: { line: number; raw: string };
}

/** Words that may come before the count at a sentence's head (经审查,有11件…; 具体来说,对其中5件申请…). */
const LEAD_WORDS =
  String.raw`(?:(?:经(?:审查|审核|核查|核实|研究)|具体(?:来说|而言|情况(?:是|为|如下))|处理情况(?:是|为|如下)|` +
  String.raw`另外|此外|同时)[:：,，]?\s*)*`;
/** The set the sentences split, named before them (以上4件申请中,3件…;1件…): its count is their sum. */
const SET_LEAD = new RegExp(
  String.raw`(?:^|[,，:：\s])(?:针对|对于?)?(?:以上|上述|前述|这)(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*件(?:申请)?` +
    // 针对这4件申请,我局的处理情况是:有2件…
    String.raw`(?:中|[,，][^,，\d]{0,10}?(?:处理|答复|办理)(?:情况|结果)(?:是|为|如下)?[:：])[,，]?\s*|` +
    // 我院受理的政府信息公开申请共2件,1件系…同意公开;另1件…: the count of them all, then the first one led by its count.
    // 4件里有3件…: the count of them all leading the sentence.
    String.raw`^(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*件(?:申请)?(?:中|里)[,，]?(?=(?:其中|有)?(?:\d|[一二两三四五六七八九十]))|` +
    String.raw`(?:^|[,，])[^\d,，。;]{0,30}?申请[^\d,，。;]{0,6}?(?:共|共计|为)?(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:件|宗)[,，]` +
    String.raw`(?=(?:其中[:：]?|另有|有)?(?:(?:申请|要求)(?:公开|查询|提供)[^\d,，。;]{1,30}?)?` +
    String.raw`(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:件|宗))`,
);
/** A sentence led by a count of applications (有2件…, 对其中5件申请, 另有1件, 对后两件申请, 对第一件申请). */
const LED = new RegExp(
  String.raw`^${LEAD_WORDS}(?:另有|另|还有|有|对于?(?:其中|其余)?的?|其中|其余|剩下|剩余|余下)?` +
    // 其中,申请公开征地补偿标准的4件,已全部公开: what was asked for, then its count.
    // 其中:申请公开食堂承包合同1件,学校同意公开.
    String.raw`(?:[,，]?(?:其中[:：])?(?:申请|要求)(?:公开|查询|提供)[^,，。;\d]{1,30}?的?|` +
    // 其中:病历资料2件,…同意公开;医疗费用1件,…不予公开: what was asked for, in a few words.
    String.raw`(?:其中[:：]?)?(?:(?!收到|受理|接到|提出|申请|主动|公开|复议|诉讼|答复)[^,，。;:：\d\s]){2,8}?)?` +
    // (2起予以公开: applications counted in 起.)
    String.raw`(\d{1,3}|[一二两三四五六七八九十]{1,3}|[前后][两二三四五]|第[一二三四五六七八九十]{1,2})\s*(?:件|宗|起)(?:申请)?`,
);
/** A sentence's last part led by 另有/其余 and its count (…,另有1件…): a member of its own. */
const LED_TAIL =
  /[,，](?=(?:另有|另|还有|其余|剩下|剩余|余下)(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:件|宗)[^\d]*$)/;
/** 前者…;后者…: one application each (the sum to the year's count must still hold). */
const EITHER = new RegExp(String.raw`^${LEAD_WORDS}(?:对于?)?(?:前者|后者)(?![\d一二两三四五六七八九十])`);
/**
 * Time spans and dates are no counts (在10个工作日内, 第5个工作日, 2017年12月), nor is an article of a law cited
 * (依照《税收征收管理法》第八条第二款的规定).
 */
const SPANS = new RegExp(
  String.raw`\d{1,3}\s*个?(?:工作日|日|天|月|小时)|(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|` +
    String.raw`第[一二三四五六七八九十百零〇\d]{1,5}(?:条|款|项)(?:第[一二三四五六七八九十零〇\d]{1,3}(?:款|项))*`,
  "g",
);
const ANOTHER_COUNT = /\d|[一二两三四五六七八九十]{1,3}\s*(?:件|起|宗|个|份|项|条|次)/;
type Kind = AnswerKey | "other";

/** The answer a sentence's words tell; one not given this year (尚未办结) is none of these. */
function kindOf(rest: string): Kind | null {
  const kind = answerKind(rest);
  return kind === "pending" ? null : kind;
}

function ledCount(word: string): number {
  if (/^[前后]/.test(word)) return countValue(word.slice(1).replace("两", "二"));
  if (word.startsWith("第")) return 1;
  return countValue(word);
}

interface Member<C> {
  kind: Kind;
  value: number;
  c: C;
}

/** Cases (申请人对不予公开答复不服申请复议) and last year's applications are no answer of the year's. */
const NOT_AN_ANSWER = /复议|诉讼|起诉|不服|结转|上年|去年|上一年/;

function member<C extends LedClause>(c: C, setTotal: { n: number | undefined }): Member<C> | null {
  let text = c.text;
  if (!text.includes("件") && !text.includes("宗") && !text.includes("起") && !text.includes("者")) return null;
  const set = SET_LEAD.exec(text);
  if (set) {
    setTotal.n = countValue(set[1] ?? set[2] ?? set[3]);
    text = text.slice(set.index + set[0].length);
  }
  // 同意公开的是4件,另有1件是…,属同意部分公开: the sentence's last part led by its own count (the first is read
  // as counted; the sum to the year's count must hold).
  const tail = LED.test(text) || EITHER.test(text) ? null : LED_TAIL.exec(text);
  if (tail) text = text.slice(tail.index + 1);
  const led = LED.exec(text);
  const either = led ? null : EITHER.exec(text);
  if (!led && !either) return null;
  const value = led ? ledCount(led[1]) : 1;
  const rest = text.slice((led ?? either)?.[0].length ?? 0);
  if (!(value > 0) || NOT_AN_ANSWER.test(rest) || ANOTHER_COUNT.test(rest.replace(SPANS, ""))) return null;
  const kind = kindOf(rest);
  return kind ? { kind, value, c } : null;
}

/** The sentences' answer kinds (see the file's head), set on `found` where they account for every application. */
export function answersByLedCounts<C extends LedClause, F extends LedFigure>(
  found: Map<string, F>,
  all: readonly C[],
  figure: (key: string, value: number, c: C) => F,
): void {
  if (KEYS.every((k) => found.has(k))) return;
  const setTotal: { n: number | undefined } = { n: undefined };
  const members: Member<C>[] = [];
  for (const c of all) {
    if (!c.aboutReplies) continue;
    const m = member(c, setTotal);
    if (m) members.push(m);
  }
  if (members.length === 0) return;
  const apps = found.get("apps.new.total")?.value;
  const over = found.get("apps.carried_over.total")?.value ?? 0;
  const whole = apps ?? setTotal.n;
  if (whole === undefined || over !== 0 || (setTotal.n !== undefined && setTotal.n !== whole)) return;
  const told = new Map<Kind, { value: number; c: C }>();
  for (const m of members) {
    const had = m.kind !== "other" ? found.get(m.kind) : undefined;
    // 对其中2件予以公开 read already from this very sentence, the same count: counted once (in `known`).
    const same = had !== undefined && had.value === m.value && m.c.text.startsWith(had.source.raw.replace(/…$/, ""));
    if (same && members.filter((o) => o.kind === m.kind).length === 1) continue;
    if (had) return;
    const before = told.get(m.kind);
    told.set(m.kind, { value: (before?.value ?? 0) + m.value, c: before?.c ?? m.c });
  }
  const known = KEYS.reduce((n, k) => n + (found.get(k)?.value ?? 0), 0);
  const sum = known + [...told.values()].reduce((n, t) => n + t.value, 0);
  if (sum !== whole) return;
  for (const [kind, t] of told) if (kind !== "other") found.set(kind, figure(kind, t.value, t.c));
  const first = members[0].c;
  for (const key of KEYS) if (!found.has(key)) found.set(key, figure(key, 0, first));
}

/** No answer made (未产生答复事项, 不存在答复…的问题, 谈不上答复, 无需答复). */
const NO_ANSWERS =
  /(?:未|没有)(?:产生|发生|涉及)(?:任何)?答复|(?:不存在|谈不上|无需|不涉及)(?:任何)?(?:申请的?)?答复|无(?:任何)?答复事项/;

/** A page stating none applied and no answer made: every answer kind is 0. */
export function noAnswersWhenNone<C extends LedClause, F extends LedFigure>(
  found: Map<string, F>,
  all: readonly C[],
  figure: (key: string, value: number, c: C) => F,
): void {
  if (found.get("apps.new.total")?.value !== 0 || (found.get("apps.carried_over.total")?.value ?? 0) !== 0) return;
  if (KEYS.some((k) => (found.get(k)?.value ?? 0) !== 0)) return;
  const said = all.find((c) => NO_ANSWERS.test(c.text));
  if (!said) return;
  for (const key of KEYS) if (!found.has(key)) found.set(key, figure(key, 0, said));
}

/** Kinds said not to occur (不存在不予公开或部分公开的情形, 没有作出不予公开决定): no kind named. */
const NOT_OCCURRING =
  /(?:不存在|没有|无|未有|未出现|未作出|没有作出)(?:部分公开|不予公开|不公开)(?:(?:或|和|及|、)(?:部分公开|不予公开|不公开))*(?:的)?(?:决定|答复|情况|情形)?/g;

/**
 * The year's one application and the one sentence about it naming an answer kind, without a count
 * (…告知申请人该信息属于已主动公开的范围; 该申请的答复类型属于“已主动公开”): that kind is the one answer (an answer
 * that the information is already published is granted on the legacy form). Read only where no other sentence
 * about the applications names a kind.
 */
export function oneApplicationAnswered<C extends LedClause, F extends LedFigure>(
  found: Map<string, F>,
  all: readonly C[],
  figure: (key: string, value: number, c: C) => F,
): void {
  if (found.get("apps.new.total")?.value !== 1 || (found.get("apps.carried_over.total")?.value ?? 0) !== 0) return;
  if (KEYS.some((k) => (found.get(k)?.value ?? 0) !== 0)) return;
  let said: { c: C; kind: Kind } | undefined;
  for (const c of all) {
    if (!c.aboutReplies || NOT_AN_ANSWER.test(c.text)) continue;
    const text = c.text.replace(NOT_OCCURRING, "");
    const kind = namesAnswerKind(text) ? kindOf(text) : null;
    if (kind === null) continue;
    // A second sentence naming a kind, or a count beside it: not the one answer told once.
    if (said || kind === "other" || ANOTHER_COUNT.test(text.replace(SPANS, ""))) return;
    said = { c, kind };
  }
  if (!said || said.kind === "other" || found.has(said.kind)) return;
  found.set(said.kind, figure(said.kind, 1, said.c));
  for (const key of KEYS) if (!found.has(key)) found.set(key, figure(key, 0, said.c));
}
