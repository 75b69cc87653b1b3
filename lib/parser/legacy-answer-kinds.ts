/**
 * The legacy form's (2008–2018) three answer kinds as a sentence tells one of them, for the readers of answers told
 * item by item: legacy-narrative.ts's items told one by one (第一件…;另一件…) and legacy-answers-led.ts's sentences
 * led by their count (有2件…;有1件…). Both classify with answerKind, so a wording added here is read by both.
 * (Data only, beside legacy-narrative-rules.ts: both readers import it without importing each other.)
 */

export const ANSWER_KEYS = ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total"] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** Partly granted: 部分公开, 作了部分公开处理, 对可以公开的部分予以公开; the private part refused, the rest given. */
const PARTIAL = new RegExp(
  String.raw`部分(?:予以)?(?:公开|提供)|部分同意|同意部分|` +
    String.raw`(?:可以|可|能够|可予)公开(?:的)?部分(?:予以|作了?|进行了?)?(?:公开|提供)|` +
    // 有2件涉及隐私不予公开,其余内容予以公开.
    String.raw`(?:不予(?:以)?|未予?)(?:公开|提供)[^;。]{0,20}?(?:其余|其他|剩余)(?:的)?(?:内容|部分|信息)(?:均)?` +
    String.raw`(?:予以|同意|已)?(?:公开|提供)|` +
    // 对认定书予以提供,对询问笔录等涉及他人信息的部分未予提供: a part given, the rest refused.
    String.raw`(?<![不未])(?:予以|同意|已)(?:公开|提供)[^;。]{0,40}?部分(?:内容|信息|材料)?(?:未予|不予)(?:以)?(?:公开|提供)|` +
    // 因涉及他人隐私,只提供了公示名单: only part of what was asked given (not a way to find it, not a count).
    String.raw`(?<!不)(?:只|仅)(?:能|可)?(?:向申请人)?(?:提供|公开)(?:了)?` +
    String.raw`(?![^,，。;]{0,6}?(?:途径|方式|渠道|网址|链接|咨询|服务|帮助|便利|查询))(?!\s*\d|[一二两三四五六七八九十]\s*件)`,
);
/** Refused: 不予公开, 拒绝提供; 没有同意公开 (a clerk's words for the same). */
const DENIED = /不予(?:以)?(?:公开|提供)|(?:不|没有|未)同意(?:公开|提供)|拒绝(?:公开|提供)|未予(?:以)?(?:公开|提供)/;
/**
 * Granted; an answer that the information is already published counts as granted on the legacy form
 * (属于可以公开的范围, 属于“已主动公开”).
 */
const GRANTED = new RegExp(
  String.raw`(?<![不未]|部分|没有)(?:同意|予以|依法|给予|准予)(?:了)?(?:公开|提供)|已(?:向申请人)?提供(?!咨询|服务|帮助|查询)|` +
    // 已全部公开, 均予公开 (不予公开 is no grant).
    String.raw`(?<![不未])(?:已|均|都)?全部(?:予以|给予)?公开|(?<![不未])(?<=[均都已])予公开|` +
    String.raw`(?<!不)可以?公开的?范围|属于?[“"]?已(?:经)?主动公开(?:[”"]|(?:的)?(?:范围|信息|内容))|` +
    // 已将有关信息书面提供给申请人: the information itself given (not the way to find it).
    String.raw`(?<![不未])将(?:有关|相关|所需|所申请的?|该)?(?:政府)?信息(?:(?!途径|方式|渠道|网址|链接|地址)[^,，。;]){0,8}?` +
    String.raw`提供(?:给)?(?:了)?申请人`,
);
/** Information refused or given without 公开 (无法提供, 提供了所需信息). */
const REFUSED_OTHERWISE = /(?:未能|无法|不能)(?:以)?提供/;
const GIVEN = /(?<!未予?|不予?|无法|不能|未能)(?:予以)?提供(?!咨询|服务|帮助|便利|查询|途径)/;
/** Information already published (已在网站主动公开): granted on the legacy form. */
const PUBLISHED = /已(?:在[^,，。;]{0,8}?)?(?:经)?主动公开/;
/** Answered otherwise (告知…, 不属于本机关, 信息不存在, 申请人撤回, 告知补正): no kind of the form's three. */
export const OTHER_ANSWER = /告知|不属于|非本(?:机关|单位|局)?|不存在|不掌握|撤回|补正/;
/** Not answered within the year (尚未答复, 正在办理, 转入下年度继续办理). */
const PENDING = /(?<!没有|无|不存在)(?:尚未(?:答复|办结|办理)|未办结|正在办理|在办理中|继续办理|结转|转入)/;

export type AnswerKind = AnswerKey | "other" | "pending";

/**
 * The one answer a sentence's words tell (what follows its count or mark), in words of 公开 or of an answer given
 * (已提供, 属于已主动公开): null where they name none or both a grant and a refusal.
 */
export function answerKind(item: string): AnswerKind | null {
  if (PENDING.test(item)) return "pending";
  if (PARTIAL.test(item)) return "outcome.partial.total";
  const denied = DENIED.test(item);
  const granted = GRANTED.test(item);
  if (denied && granted) return null;
  if (denied) return "outcome.denied.total";
  if (granted) return "outcome.granted.total";
  return OTHER_ANSWER.test(item) ? "other" : null;
}

/**
 * An item told one by one (第二件…): its answerKind, or where that names none of the three, information given or
 * refused without 公开 (提供了所需信息; 无法提供, even beside 不存在) and, on the legacy form (`legacy`), information
 * already published (已在网站主动公开), which that form counts as granted. (Not read of a sentence led by its count:
 * its 提供 may be of a copy or of a way to find the information, beside an answer told otherwise.)
 */
export function itemAnswerKind(item: string, legacy: boolean): AnswerKind | null {
  const kind = answerKind(item);
  if (kind !== null && kind !== "other") return kind;
  if (REFUSED_OTHERWISE.test(item)) return "outcome.denied.total";
  if (kind === null && GIVEN.test(item)) return "outcome.granted.total";
  if (legacy && PUBLISHED.test(item)) return "outcome.granted.total";
  return kind;
}

/** Whether the words name one of the form's three kinds in words of 公开 or 提供 (同意公开, 部分公开, 不予提供). */
export function namesAnswerKind(text: string): boolean {
  return PARTIAL.test(text) || DENIED.test(text) || GRANTED.test(text);
}
