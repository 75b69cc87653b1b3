/**
 * The wordings legacy reports state their counts in (legacy-narrative.ts reads them): what a count looks like,
 * which clauses speak of another year or period, and the sentences that state applications, answers and cases.
 */

/**
 * 未及时更新 (how something was done, a count may follow), 未经复议, 尚未审结 are no negation of a count, nor is one
 * inside the reason an applicant gave (以我局未公开补偿方案为由提起行政诉讼).
 */
export const NEGATION =
  // 有没有人…? asks, it does not deny.
  String.raw`(?:未(?!及时|按时|按期|按规定|经|审结|[^\d,，。;]{0,24}为由)|(?<!有)没有(?!及时|按时|按期|[^\d,，。;]{0,24}为由)|` +
  String.raw`无(?=因|行政|复议|诉讼|申诉|举报|投诉|涉及|政府|收到|依申请|公民|法人|单位|个人|群众|任何|针对|有关|关于|人[就向对因提申]))`;
/** A count as printed: digits or Chinese numerals (十二, 一百零五); an approximate one (二十余件) is not a count. */
export const COUNT = String.raw`(\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})(?![余多])`;
/** A count printed without its unit in a list (同意公开2、部分公开1、不予公开0; 复议0、诉讼0). */
const BARE_END = String.raw`(?=[、,，;；]|$)`;
/** A count without its capture group, for lists of counts. */
const COUNT_TEXT = String.raw`(?:\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})`;
/**
 * Units a count of applications or answers is printed in (申请4次, 申请1起, 申请事项3项); 人次 counts visitors,
 * not applications.
 */
const UNIT = String.raw`\s*(?:条|件|个|份|宗|次|起|项)`;
/**
 * A clause about more than this year (累计, 历年, 近年来, 《条例》实施以来) states no figure of this year;
 * 今年以来 / 2017年以来 do mean this year.
 */
export const NOT_THIS_YEAR = /累计|历年|近年|近几年|多年|(?:实施|施行|成立|开展|颁布|公布)以来/;
/** A wider area a department's or township's page may quote the counts of (全区共受理…). */
export const AREA_WORDS = "全区|全县|全市|全省|全岛";
/** The agency named in a clause (其中涉及我局的, 本局). */
export const OWN_NAMED = /我(?:局|委|办|乡|镇|处|中心|街道)|本(?:局|委|办|乡|镇|单位|机关|部门)/;
/** How an application came in (当面, 网上, 信函…): a channel's words. */
export const CHANNEL_WORDS = "当面|网上|网络|在线|信函|书面|口头|电话|传真|电子邮件|邮件|现场|来信|来函|来电|来访";
/** A half or a quarter of the year (上半年, 第三季度). */
export const HALF_OR_QUARTER = "上半年|下半年|第?[一二三四]季度";
/** In a 2008 report the 《条例》 took effect that year (1 May 2008): 施行以来 is the year covered. */
export const NOT_THIS_YEAR_2008 = /累计|历年|近年|近几年|多年|(?:成立|开展|颁布|公布)以来/;
/** 累计 of this year (全年累计受理…, 2016年度累计…) is this year's total, not a longer period's. */
const THIS_YEAR_CUMULATIVE = /(?:全年|本年度?|今年|年内|(?:19|20)\d{2}年度?)(?:共|共计)?累计/g;

/** Whether a clause speaks of more than this year (`words`: NOT_THIS_YEAR or NOT_THIS_YEAR_2008). */
export function aboutLongerPeriod(clause: string, words: RegExp = NOT_THIS_YEAR): boolean {
  return words.test(clause.includes("累计") ? clause.replace(THIS_YEAR_CUMULATIVE, "") : clause);
}
/** A clause that states a count itself; one that does not ("自《条例》施行以来,") leads the clauses after it. */
export const COUNTED = /\d+\s*(?:件|条|个|份|宗|起)/;
/** A clause led by a year or by this year's words; the lead may follow a short subject (我局在2011年度…). */
export const YEAR_LEAD = /^(?:[^\d,比较与]{0,6}?)((?:19|20)\d{2})年/;
export const THIS_YEAR_LEAD = /^(?:[^\d,]{0,6}?)(?:今年|本年|全年|年内)/;
/** A clause led by last year's words (上年度我局受理…4件, 去年同期收到申请5件): what follows is last year's. */
export const LAST_YEAR_LEAD = /^(?:[^\d,比较与]{0,6}?)(?:上年|去年|上一年|前年|上个年度)/;
/** A comparison inside a clause (比上年的9件增长, 较2011年增加): its count is the other year's. */
export const COMPARISON = /上年|去年|上一年|前年|同期|同比|[比较](?:19|20)\d{2}年|与(?:19|20)\d{2}年/;

/** An application for information, as opposed to information disclosed on application. */
export const APPLICATION =
  String.raw`(?:政府信息公开申请|公开政府信息(?:的)?(?:书面)?申请|信息公开(?:的)?申请|申请公开政府信息(?:的请求)?|` +
  String.raw`申请政府信息公开|依申请公开(?:政府信息)?的?(?:书面)?申请|(?:政府)?信息公开(?:的)?请求)`;
/** No application this year: 未收到/没有发生/没有公民…提出 政府信息公开申请, 无依申请公开事项. */
export const APPS_NONE = new RegExp(
  // 未接到公民、法人或者其他组织以当面、信函、传真、网络等任何形式提出的政府信息公开申请: who and how, then the noun.
  String.raw`${NEGATION}[^\d,。]{0,12}?(?:收到|接到|受理|发生|产生|出现|提出|有)[^\d,。]{0,40}?${APPLICATION}|` +
    // 没有公民、法人和其他组织向我乡提出…申请: the applicants named between the negation and the verb.
    String.raw`${NEGATION}(?:任何)?(?:公民|单位|个人|群众|居民|村民|市民)[^\d,。]{0,16}?(?:(?:提出|提交|申请)[^\d,。]{0,8}?)?` +
    // …向我乡提出公开申请: after the applicants named, 公开申请 is an application for information.
    // (没有居民书面申请公开信息: 申请公开信息 after the applicants named.)
    String.raw`(?:${APPLICATION}|(?:信息)?公开申请|(?<=申请)公开(?:政府)?信息)|` +
    String.raw`(?:未|没有|无)(?:发生|收到|受理|接到|产生|出现|有|办理|处理)?(?:任何)?依申请公开(?:政府信息)?的?` +
    String.raw`(?:事项|情况|申请|案件|$)|` +
    // 本年度无申请公开政府信息的情况, 没有政府信息公开申请: no verb.
    String.raw`(?:未|没有|无)(?:任何)?${APPLICATION}|` +
    // 群众申请公开政府信息的情况本年度尚未出现: the applications named, then said not to have come.
    String.raw`${APPLICATION}(?:的)?(?:情况|事项)[^\d,。]{0,8}?(?:尚未|未|没有|从未)(?:出现|发生)|` +
    // 没有公民、法人或其他组织要求我局公开政府信息: asking for information is applying for it.
    String.raw`${NEGATION}(?:任何)?(?:公民|单位|个人|群众|人)[^\d,。]{0,16}?要求[^\d,。]{0,6}?公开(?:政府)?信息|` +
    // 依申请公开工作量为零: the year's work on applications, none.
    String.raw`依申请公开(?:的)?(?:工作量|数量|件数)(?:为|是)(?:零|0\s*件?)(?![\d件])|` +
    // 依申请公开:无 (a list of rows, each 无).
    String.raw`^依申请公开(?:情况|方面|数)?[:：]\s*(?:无|没有)$|` +
    // 本年度实现"零申请".
    String.raw`(?:实现|保持|为)[“"‘']?零申请[”"’']?(?!复议|诉讼)|` +
    // 政府信息公开申请为"零受理".
    String.raw`(?:${APPLICATION}|依申请公开)[^\d,。]{0,6}?[“"‘']?零[”"’']?(?:受理|申请)|` +
    // 依申请公开数为零, 政府信息公开申请数量为0: the count said to be none.
    String.raw`(?:${APPLICATION}|依申请公开)(?:的)?(?:申请)?(?:数|数量|件数|总数)(?:均|都)?(?:为|是)[“"‘']?(?:零|0)[”"’']?件?$|` +
    // 无人提出政府信息公开申请, 没有人申请公开政府信息.
    String.raw`(?:无人|(?<!有)没有人)(?:提出|提交)?[^\d,。]{0,6}?${APPLICATION}|` +
    // 本年度没有收到任何申请 (under 依申请公开); 未收到申请行政复议 is about cases (CASE_AFTER).
    // 全年未收到公民、法人和其他组织的申请: the applicants named before the noun.
    String.raw`(?:未|没有)(?:收到|接到|受理)过?(?:任何|相关)?(?:(?:公民|法人|单位|个人|群众)[^\d,。]{0,16}?)?的?申请(?!人)|` +
    // 未收到依申请公开信息的申请, 未收到居民或其他组织要求公开信息的申请: the noun told by what it asks for.
    String.raw`(?:未|没有)(?:收到|接到|受理)过?[^\d,。]{0,16}?公开(?:政府)?信息的申请(?!人)|` +
    // 依申请公开这一块是空白: nothing there (not 填补…空白, which starts it).
    String.raw`(?:${APPLICATION}|依申请公开)[^\d,。]{0,6}?(?:是|为|仍是|仍为|一片)空白|` +
    // 全年政府信息公开申请一件也没有收到 (read as 没有收到): the noun first.
    String.raw`${APPLICATION}[^\d,。]{0,4}?(?:未|没有)(?:收到|受理|接到|发生)`,
);
/** The application is the cause of a case (未收到因政府信息公开申请提起的行政复议): the sentence is about cases. */
export const CASE_AFTER = /^[^,。、和及与]{0,8}(?:复议|诉讼|申诉)|^(?:而|所)?(?:提起|引起|引发)的?(?:行|$)/;
/** Between the noun and its count (…申请共计3件; 申请全年一共是两件, the year named after the noun). */
const TOTAL_WORD = String.raw`(?:全年|本年度?|今年)?(?:一共|共计|共|总计|合计|计)?(?:为|是)?(?:[:：]\s*)?`;
/** Verbs of the year's applications: 收到, 受理, 接到, 接收, 新收, and 办理 / 处理 (the year's, as pages use them). */
const VERB = "(?:收到|受理|办理|处理|接到|接收|接受|新收)";
/**
 * Between the verb and the noun: who applied, what about (涉及征地批文、…等方面的), how many persons (5名群众);
 * not another kind of request (咨询, 复议).
 */
const BEFORE_NOUN = String.raw`(?:[^\d,。]{0,6}?${COUNT_TEXT}\s*(?:名|位|户))?(?:(?!咨询|复议|诉讼|信访)[^\d,。]){0,40}?`;
/** A clause's head of this year's words (a count in brackets after a heading before it: 情况(共3件) 全年…). */
const YEAR_HEAD = String.raw`^(?:[(（][^()（）\d]{0,4}\d{1,4}\s*件[)）]\s*)?(?:本年度?|全年|今年|年内|(?:19|20)\d{2}年度?)(?:共|共有|的)?`;
/** The agency as a clause's subject (我局, 本单位, 我院, 本中心). */
const OWN_WORD = "(?:我(?:局|乡|镇|委|办|院|中心|所|站|校)|本(?:局|单位|机关|院|中心|所|站|校))";
/** What follows a count of the year's applications told before the noun (…申请中, …申请均已办结). */
const OF_THEM = "(?=中|均|全部|都|已)";
export const APPS_COUNT = new RegExp(
  // 共有5名申请人向我局提出政府信息公开申请8件: those who applied submitted them.
  String.raw`(?:${VERB}|提出|提交)${BEFORE_NOUN}${APPLICATION}(?:表|书|件|事项)?(?:的?(?:数|数量|总数))?` +
    String.raw`${TOTAL_WORD}[:：]?\s*${COUNT}${UNIT}|` +
    // 受理依申请公开信息2条: the old form's row (受理依申请公开信息总数), applications counted in 条.
    String.raw`${VERB}[^\d,。]{0,8}?依申请公开(?:政府)?信息(?:总数|数)?${TOTAL_WORD}[:：]?\s*${COUNT}\s*(?:条|件)|` +
    // 受理政府信息公开申请数为0: a count of the row's name, printed without a unit.
    String.raw`${VERB}[^\d,。]{0,20}?${APPLICATION}(?:件数|数|数量)?(?:为|是)\s*${COUNT}\s*$|` +
    // 上述答复对应受理的申请总数为7件: the verb names what the bare 申请 are.
    String.raw`(?:受理|收到|接到)的(?:政府信息公开)?申请(?:总数|总量|数量|件数)(?:为|是|[:：])\s*${COUNT}${UNIT}|` +
    // 政府信息公开申请受理数为2件: the verb after the noun.
    String.raw`(?:${APPLICATION}|依申请公开(?:政府信息)?)(?:受理|收到|接收)(?:数|数量|件数|量)(?:为|是)?\s*${COUNT}(?:${UNIT}|\s*$)|` +
    // 依申请公开 受理申请3件: a 项目|内容 table's row, the label and then its content.
    String.raw`依申请公开[:：]?\s+(?:受理|收到|接到)(?:申请)?${TOTAL_WORD}\s*${COUNT}${UNIT}|` +
    // 受理依申请公开5件: with 受理 and a count of 件 these are applications, not items disclosed on application;
    // 受理依申请公开15人次: applications counted by the persons' visits.
    String.raw`${VERB}[^\d,。]{0,8}?依申请公开(?:政府信息)?(?:事项|申请|件)?${TOTAL_WORD}\s*${COUNT}\s*(?:件|个|份|宗|人?次|项)|` +
    // 依申请公开政府信息申请数为零, 政府信息公开申请数:0件: the row's name and its count, without a verb.
    String.raw`${APPLICATION}(?:总数|件数|数量|数)(?:为|是|[:：])\s*${COUNT}(?:${UNIT}|\s*$)|` +
    // 共有7人次申请公开政府信息, 有3人来镇政府现场申请公开政府信息: persons applying (not asking, 咨询).
    String.raw`(?:共有|共|有)${COUNT}\s*人次?(?:(?!咨询)[^\d,。]){0,10}?${APPLICATION}|` +
    // 共有2名群众到镇便民服务中心当面提出政府信息公开申请: persons who each submitted one (a count of 件 would follow).
    String.raw`(?:共有|共|有)${COUNT}\s*(?:名|位)(?:群众|公民|申请人|市民|居民|村民|个人)?` +
    String.raw`(?:(?!咨询|答复|不服)[^\d,。]){0,16}?(?:提出|提交|递交)(?:了)?${APPLICATION}(?![^,。]{0,6}\d)|` +
    // 仅有1名渔民来函申请公开其渔船的补贴核定依据: the persons who applied, how (来函, 当面) told.
    String.raw`(?:共有|仅有|只有|有)${COUNT}\s*(?:名|位)(?:(?!咨询|询问|了解)[\u4e00-\u9fff]){1,4}?` +
    // …到镇便民服务中心申请公开: where they came to apply (not to ask how: 到我局咨询如何申请公开).
    String.raw`(?:(?:到|来)(?:(?!咨询|询问|了解|如何|怎样|怎么)[^\d,。]){1,10}?)?(?:来函|来信|当面|现场|书面|网上|通过网络|以信函方式)?申请公开(?!\s*\d)|` +
    // 依申请公开件数为0, 依申请公开的数量为3件: the cases of disclosure on application, counted in 件.
    String.raw`依申请公开(?:政府信息)?(?:申请)?的?(?:件数|数量)(?:为|是|[:：])\s*${COUNT}(?!\s*条)|` +
    // 2018年度我乡依申请公开政府信息申请0件: the noun and its count, no verb, led by the year and subject only
    // (not 结转 / 办结 / 答复, which count other things; 依申请公开政府信息12条 counts information items, not this).
    String.raw`^[:\s]*(?:(?:19|20)\d{2}年度?)?(?:(?!结转|转入|遗留|答复|办结)[^\d,。]){0,12}(?<!依)${APPLICATION}` +
    String.raw`${TOTAL_WORD}\s*${COUNT}\s*(?:件|个|份|宗|次)|` +
    // 本年度依申请公开3件 (the clause whole, led by the year): the year's cases of disclosure on application.
    // (2012年度,)我局依申请公开3件: the clause led by the agency after the year's clause.
    String.raw`^(?:(?:本年度?|全年|今年|年内|(?:19|20)\d{2}年度?)${OWN_WORD}?|${OWN_WORD})` +
    String.raw`(?:共)?依申请公开(?:政府信息)?(?:共计|共|合计)?\s*${COUNT}\s*件(?:$|${OF_THEM})|` +
    // 今年我局收到的依申请公开共有14件: received, then how many.
    String.raw`(?:收到|受理|接到)的依申请公开(?:申请)?(?:共有|共计|共|有|为)\s*${COUNT}\s*件|` +
    // 申请人向我镇申请公开政府信息的共有4件: the noun, then how many there were (not a part: 其中, 答复, 结转).
    String.raw`^(?:(?!其中|结转|转入|遗留|答复|办结|咨询)[^\d,。])*?(?<!依)${APPLICATION}的?(?:共有|共计|总计|合计|有)` +
    String.raw`\s*${COUNT}\s*(?:件|个|份|宗|次|项)|` +
    // 共收到2件政府信息公开申请: the count before the noun.
    // 12位被征迁户共向我乡提出了15件政府信息公开申请: the applications counted, not the persons.
    String.raw`(?:收到|受理|接到|接收|提出(?:了)?|提交(?:了)?)${COUNT}\s*(?:件|个|份|宗|次)${APPLICATION}|` +
    // 全年共有6件政府信息公开申请被我局受理: the count before the noun, the verb passive after it.
    // 3件政府信息公开申请在2012年由我局受理, 3件政府信息公开申请均由渔民提出: the count leading the clause.
    String.raw`(?:共有|共|有|^)${COUNT}\s*(?:件|个|份|宗)${APPLICATION}(?:均|都|全部)?(?:在(?:19|20)\d{2}年度?)?` +
    String.raw`(?:被|由)[^\d,。]{0,10}?(?:受理|收到|接收|提出|提交)(?![^,。]{0,4}\d)|` +
    // 本年度2件政府信息公开申请均已按期办结: the year's applications, counted before the noun.
    String.raw`${YEAR_HEAD}${COUNT}\s*件${APPLICATION}${OF_THEM}`,
);
/**
 * Under 依申请公开 the noun may be left out (共计受理申请10件, 其中2009年受理3件); the verb must be followed by
 * the count at once, so 受理咨询23件 or 收到锦旗3件 are not read.
 */
export const APPS_BARE = new RegExp(
  // 全年3件申请中,同意公开2件, 2016年的2件申请均为…: the year's applications, counted before the noun.
  // (全年共有4件申请。 / 2011年共2件申请,一件…: the clause ends at the noun.)
  String.raw`${YEAR_HEAD}的?${COUNT}\s*件(?:依申请公开)?申请(?:${OF_THEM}|$)|` +
    String.raw`(?:收到|受理|接到|接收|新收)(?:各类|相关)?(?:群众|公民)?(?:申请(?:公开信息)?(?:的)?(?:数量|数)?)?${TOTAL_WORD}` +
    String.raw`\s*${COUNT}${UNIT}|` +
    // 收到群众书面申请2件, 收到依照《条例》提出的申请5件: who or how between the verb and the bare noun.
    String.raw`(?:收到|受理|接到|接收)(?:[^\d,。;:：]{1,24}?(?:提出|提交)的|` +
    String.raw`(?:群众|公民|居民|村民|市民|用户|家长|企业)(?:书面|网上|当面|信函)?)申请${TOTAL_WORD}\s*${COUNT}${UNIT}|` +
    // 收到群众申请公开殡葬服务收费标准…的申请共3件: what was asked for, then the bare noun counted.
    String.raw`(?:收到|受理|接到)[^\d,。;]{0,6}?申请公开[^\d,。;]{1,40}?的申请${TOTAL_WORD}\s*${COUNT}${UNIT}|` +
    // 受理了群众3件申请: who applied between the verb and the count.
    String.raw`(?:收到|受理|接到|接收)(?:了)?(?:群众|公民|居民|村民|市民|企业)?的?${COUNT}\s*(?:件|个|份|宗|次)` +
    String.raw`(?:政府信息公开|信息公开|依申请公开)?申请(?!人)|` +
    // 申请的有5人次,…,按申请件数计为5件: the applications counted by 件 (not by the persons' visits).
    String.raw`(?:按|以)(?:申请)?件数(?:计|计算|统计)(?:为|是)?\s*${COUNT}\s*(?:件|宗)|` +
    // 群众以3批次共提出申请5件, 家长提出书面申请1件: applications submitted, counted.
    String.raw`(?:提出|提交)(?:了)?(?:书面)?申请(?!人)${TOTAL_WORD}\s*${COUNT}\s*(?:件|份|宗)|` +
    // 依申请公开:2件 (a list of the form's rows under its heading).
    String.raw`^依申请公开(?:数|件数|数量)?[:：]\s*${COUNT}${UNIT}|` +
    // 申请量:3件, 申请总数:3件 (a list under its heading).
    // 申请登记总数:4 已办结:4 (a system's printout, label:value without a unit).
    // 申请总数 18 其中:当面申请 15 (a row of a table printed into the sentence, a space for its colon).
    String.raw`(?:^|[\s:：])申请(?:登记|受理)?(?:量|数|数量|总数)(?:[:：]\s*|\s+)${COUNT}(?:${UNIT}|(?=\s|$))|` +
    // 项目 件数 收到申请 8 当面申请 6: a small table's header, then its first row printed into the sentence.
    String.raw`项目\s+(?:件数|数量)(?:[(（]件[)）])?\s+(?:收到|受理)(?:的)?申请(?:数|件数|总数)?\s+${COUNT}(?=\s|$)|` +
    // 受理群众提出的公开申请2件: a few words of who applied, not of another kind (咨询, 复议) or a channel's part.
    String.raw`(?:收到|受理|接到|接收|新收)(?:(?!咨询|复议|诉讼|申诉|举报|投诉|信访|结转|其中)[^\d,。]){1,12}?` +
    String.raw`(?<!网上|网络|当面|信函|书面|电话|现场|传真|邮件)申请(?!人)${TOTAL_WORD}\s*${COUNT}${UNIT}`,
);
/**
 * A sentence led by the words of a section, unnumbered (依申请公开方面:…, 复议诉讼:…): it starts that section.
 */
export const UNNUMBERED_HEADING =
  /^[■●◆▲★•·▪□]?\s*((?:依申请公开|[^\d,。:;\s■●◆▲★•·▪□]{0,8}(?:复议|诉讼))[^\d,。:;\s]{0,10}):/;
/** After the channels (网上申请0件、书面申请1件), the sum alone: 合计2件. */
export const APPS_SUM = new RegExp(String.raw`^(?:合计|共计|总计|共)${COUNT}\s*(?:件|个|份|宗|次)$`);
/** A section heading (三、依申请公开政府信息情况) and its words. */
export const HEADING =
  /(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|(?<![\d.\u4e00-\u9fff])\d{1,2}[.、]|^0[1-9]\s+)\s*([^\d\s,。;:、]{2,30})/g;
/** A heading leading a sentence (三、依申请公开政府信息情况 2012年,…), glued to it or not: left out of its clauses. */
export const LEADING_HEADING = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]{1,3}、\s*(?:[^\s,。]{2,40}?(?:情况|概述|措施)|[^\s,。]{2,30}(?=\s))\s*)?` +
    // …办理情况(一)受理依申请公开的数量2016年我局受理…: a numbered sub-heading glued to the year that leads the sentence.
    String.raw`(?:\([一二三四五六七八九十]{1,3}\)\s*[^\d\s,。;:]{2,20}?(?=(?:19|20)\d{2}年))?`,
);
/** The time a section's none is said of: this year's words, the year, the statistics period. */
const NONE_LEAD = String.raw`(?:本年度?内?|今年(?:以来)?|全年度?|年内|统计期内|报告期内|(?:19|20)\d{2}年度?)`;
/** A section that says only 无 / 没有 under its heading. */
export const ONLY_NONE = new RegExp(
  String.raw`^[一二三四五六七八九十]{1,3}、\s*([^\d\s,。;:]{2,40}?)\s*:?\s*${NONE_LEAD}?` +
    String.raw`(?:我[局乡镇委办处]|本(?:局|单位|机关|乡|镇))?` +
    // (四、行政复议、诉讼情况 未发生一起: not one.)
    "(?:无|没有|暂无|无此项|无申请|(?:无|未发生|没有发生)(?:此类|此方面|此|相关|上述)?(?:情况|案件|事项|一起|一件|一例)?)$",
);
/** The sentence right after a heading on its own line saying only none (全年未受理, 全年未发生, 本年度无). */
export const NONE_ALONE = new RegExp(
  String.raw`^${NONE_LEAD}?(?:我[局乡镇委办处]|本(?:局|单位|机关|乡|镇))?` +
    String.raw`(?:无|没有|暂无|尚无|(?:尚)?未(?:受理|收到|发生|接到)|没有(?:受理|收到|发生|接到))` +
    String.raw`(?:此类|此项|相关|任何)?(?:情况|案件|事项|申请)?$`,
);
/** A heading alone on its line (三、依申请公开情况, (四)复议诉讼情况:) and its words. */
export const HEADING_ALONE =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])\s*([^\d,。;]{2,40}?)\s*[:：]?$/;
/**
 * A negated list of cases (未发生因…引起的行政复议、行政诉讼和申诉): each kind it names is 0. 复议机关尚未作出复议决定
 * denies no review: the decision is not yet made (pending).
 */
/** 不存在…行政复议 denies cases too (not an answer's 信息不存在: cases only). */
const CASE_NEGATION = String.raw`(?:${NEGATION}|(?<!信息)不存在)`;
export const NEGATED_CASES = new RegExp(
  String.raw`${CASE_NEGATION}[^\d,。]{0,24}?((?:行政)?复议(?!决定|结果|机关)[^\d,。]{0,20})`,
);
/** A list of cases stated as zero (行政复议、行政诉讼均为零, 均未发生). */
export const CASES_ZERO = new RegExp(
  String.raw`((?:行政)?(?:复议|诉讼|申诉)[^\d,。]{0,24}?)(?:案件)?(?:数量?)?` +
    String.raw`(?:(?:均为|都为|皆为|均是|都是|皆是|均|为|是|各)[“"]?(?:0|零)[”"]?\s*(?:件|起|宗)?|(?:均|都)?(?:无|没有|未发生|没有发生)|` +
    // 行政复议、行政诉讼“零发生”.
    String.raw`(?:均|都|实现)?[“"‘']?零(?:发生|受理)[”"’']?|` +
    // 行政复议、行政诉讼和申诉情况:无 (the list's own heading words, then 无).
    String.raw`情况\s*:\s*(?:无|没有)(?:此类|此项|相关)?(?:情况|案件)?)$`,
);
export const COMPLAINTS_WORD = /申诉|举报|投诉/;
/** A list of cases counted each (行政复议、行政诉讼各1件): every kind it names has that count. */
export const CASES_EACH = new RegExp(
  String.raw`((?:行政)?(?:复议|诉讼|申诉)[^\d,。]{0,24}?)(?:案件)?各\s*${COUNT}\s*(?:件|起|宗|个|次)`,
);
/** 零复议、零诉讼、零投诉: each kind named after 零 is none. */
export const ZERO_KINDS = /零(?:行政)?(复议|诉讼|申诉|投诉|举报)/g;
/** A clause of its own saying no 申诉/举报 came (也未收到相关申诉), in a sentence about disclosure cases. */
export const NEGATED_COMPLAINTS = new RegExp(
  // (…信访事项47件,其中无涉及政府信息公开的申诉、举报: 其中 may lead it.)
  String.raw`^(?:其中)?(?:全年|本年度?|今年|年内|(?:19|20)\d{2}年度?)?(?:(?:我|本)(?:局|委|办|乡|镇|单位|机关|中心|街道))?` +
    String.raw`(?:也|并|亦)?(?:未|没有|无)(?:收到|接到|发生|受理)?(?:(?!咨询|信访|消费)[^\d,。]){0,14}?(?:申诉|举报|投诉)`,
);
/**
 * Kinds listed, then their counts in the same order (同意公开、部分公开、不予公开的分别为3件、1件、1件;
 * 行政复议、行政诉讼分别为1件和0件).
 */
export const RESPECTIVELY = new RegExp(
  String.raw`([^\d,。:]{2,60}?)(?:的)?(?:数量|数|件数)?分别(?:为|是|有)?\s*` +
    String.raw`((?:${COUNT_TEXT}\s*(?:件|起|宗|个|次|项|份)?\s*[、,和及与]\s*)+${COUNT_TEXT}\s*(?:件|起|宗|个|次|项|份)?)`,
);
/**
 * A clause that is only this year's total (全年共计19件), after one that named the applications without a count
 * (…申请数与上年持平,同为4件).
 */
export const TOTAL_ALONE = new RegExp(
  String.raw`^(?:全年|本年度?|今年|年内|(?:19|20)\d{2}年度?)?(?:(?:共计|共有|共|合计|总计)(?:为|达到|达)?|达到|达|均为|同为|为)\s*` +
    // 共7件:其中纳税人提出5件,…: the parts after a colon.
    String.raw`${COUNT}\s*(?:件|个|份|宗|次|项)(?:$|[:：](?=其中))`,
);
/** A statement of rights (对未予公开的答复不服的，可以申请行政复议) states no count. */
export const RIGHTS = /可以?(?:依法)?(?:申请|提起|向)|有权/;
/** A count in brackets right after its label (行政复议(0件)): the bracket holds the count alone. */
const BRACKET = String.raw`(?:[(（](?=\s*\d{1,6}\s*(?:件|起|宗|个|次)[)）]))?`;
/** 行政复议1件, 行政复议案件共2起, 行政复议申请0件, 被申请行政复议0次, 行政复议案件为1件, 行政复议数:0件. */
const caseCount = (word: string) =>
  new RegExp(
    // 因政府信息公开申请行政复议的有1件 / 的0件: the noun, then how many there were.
    String.raw`${word}(?:申请|案件)?(?:数|数量|件数)?(?:的(?=共|有|为|\s*\d))?(?:共有|共|总计|共计|有)?(?:为|是|[:：])?` +
      String.raw`\s*${BRACKET}${COUNT}\s*(?:件|起|宗|个|次|例|${BARE_END})`,
  );
/** A count before the noun, in a list of the kinds (0起行政复议、0起行政诉讼; 发生1件行政复议). */
const countFirst = (word: string) =>
  new RegExp(
    String.raw`(?:^(?:全年|本年度?|今年|年内|(?:19|20)\d{2}年度?)?(?:共有|共|有)?|[、和及与]|发生)${COUNT}\s*(?:件|起|宗)` +
      // 2017年共有1件因政府信息公开引起的行政复议, 1起由信息公开答复引发的: the count, its cause (disclosure), the kind.
      String.raw`(?:(?:因|由)(?:政府)?信息公开(?:申请|答复|事项)?(?:而)?(?:引起|引发|提起|产生)的)?${word}(?:案件)?` +
      String.raw`(?=[、和及与]|$)`,
  );
export const CASE_COUNTS = [
  [caseCount("行政复议"), "review.total"],
  [caseCount("行政诉讼"), "litigation.total"],
  [countFirst("行政复议"), "review.total"],
  [countFirst("行政诉讼"), "litigation.total"],
  // 政府信息公开行政应诉案件1件: the agency answering a suit over its disclosure (not a legal office's caseload:
  // 代理…行政应诉案件8件).
  [caseCount("信息公开(?:的)?行政应诉"), "litigation.total"],
  [caseCount("行政申诉"), "legacy.complaints"],
  // 被诉1件, 被起诉1件: the agency sued.
  [caseCount("被起?诉(?!讼)"), "litigation.total"],
] as const;
/** 复议案件1件, 诉讼案件0件 without 行政: read where the sentence or its heading speaks of these cases. */
export const BARE_CASE_COUNTS = [
  [caseCount("(?<!行政)复议"), "review.total"],
  [caseCount("(?<!行政)诉讼"), "litigation.total"],
] as const;
/**
 * 申诉/举报/投诉 counted in a sentence about disclosure cases (…未发生行政复议、行政诉讼,收到有关政府信息公开的
 * 举报1件; 行政复议1件,行政诉讼0件,申诉0件); 咨询投诉15件 beside 信访 counts is not.
 */
export const DISCLOSURE_COMPLAINTS = new RegExp(
  String.raw`(?<![咨询访])(?:申诉|举报|投诉)(?:案件)?(?:数|数量|件数)?(?:共|总计)?[:：]?\s*${BRACKET}${COUNT}\s*(?:件|起|宗|个)`,
);
export const ABOUT_DISCLOSURE_CASES =
  // 因信息公开产生的复议: 信息公开 named as the cause, without 政府.
  /政府信息公开[^。]*(?:复议|诉讼)|(?:复议|诉讼)[^。]*政府信息公开|(?:因|由)[^,。]{0,4}?信息公开[^。]{0,12}?(?:复议|诉讼)/;
export const NEGATED = new RegExp(NEGATION);
/**
 * Answers stated in a sentence about replies ("已答复12件,其中同意公开8件,同意部分公开2件,不予公开2件", or the
 * count first: "其中2件同意公开"). 不同意公开 is not 同意公开; 已主动公开 answers, when a report names them, also
 * count as granted, so a sentence naming them leaves 同意公开 unread.
 */
/** The next label of a run of answers and counts (not a register's next row: 同意公开 2 陈某某). */
const NEXT_LABEL = "(?:同意|部分|不予|不同意|其他|其它|合计|总计|小计|告知|非本|信息不存在)";
const outcome = (words: string) =>
  new RegExp(
    String.raw`(?<![不分])[“"]?${words}[”"]?(?:答复|的有|的是|的为|的|有)?(?:的?(?:数量|数)(?:为|是)?)?[:：]?\s*` +
      // 同意公开占60%(12件): the share, then the count in brackets.
      // 同意公开 7 部分公开 2 不予公开 1 合计 10: a run of labels and counts, a space after each count.
      String.raw`(?:占[\d.]+%\s*)?[(（]?${COUNT}\s*(?:件|个|条|人?次|项|份|宗|起|${BARE_END}|(?<=\d)(?=\s+${NEXT_LABEL}))|` +
      // 其中2件的答复为同意公开: the count, then its answer named.
      // (除2件部分公开、1件不予公开外,其余均予以公开: each excepted kind counted after 除.)
      // (上述申请中2件予以公开: the part of the applications just counted.)
      String.raw`(?:^|其中|对其中|对|其余|余下|剩余|另|除|(?<=申请)中|[、,的:：])${COUNT}\s*(?:件|个|条|次|项|份|宗|起)` +
      String.raw`(?:申请)?(?:的答复)?` +
      // 2件因涉及其他被征迁户的个人信息而不予公开: the reason between the count and the answer.
      String.raw`(?:因[^\d,。]{1,20}?)?` +
      // (两件均作部分公开答复.)
      String.raw`(?:均|都|全部)?(?:已(?:经)?)?(?:依法|按时|按期)?(?:办结|答复|办理)?(?:并|且)?(?:为|属于|予以|作了?)?${words}`,
  );
export const OUTCOME_COUNTS = [
  [
    outcome(
      // (部分属于不予公开范围、其余予以提供的1件: the rest of a partial answer, no grant.)
      "(?<!不予(?:以)?公开(?:的)?范围[、,，](?:其余|其他)(?:部分)?(?:的)?)" +
        "(?:同意公开|予以公开|全部公开|(?<!主动)已公开|同意提供|予以提供|(?<=^|其中|[、:：])公开|" +
        "(?:向申请人)?提供(?:了)?(?:所需|相关)?(?:政府)?信息|同意(?=[:：])|依法(?:予以)?公开)",
    ),
    "outcome.granted.total",
  ],
  [
    // 部分属于不予公开范围、其余予以提供的4件: the 《条例》 item of a partial answer.
    outcome(
      "(?:(?:同意)?部分(?:予以)?(?:公开|提供)|部分同意|" +
        "部分属于不予(?:以)?公开(?:的)?范围[、,，](?:其余|其他)(?:部分)?(?:的)?(?:予以|同意)?(?:公开|提供))",
    ),
    "outcome.partial.total",
  ],
  // (部分被征地户不同意公开其补偿金额, 第三方不同意公开: a third party's view, not the answer.)
  [
    // 属于不予公开范围、告知申请人并说明理由的2件: the 《条例》 item's words between the kind and its count.
    outcome(
      "(?:(?<!部分属于|部分)不予(?:以)?公开(?:的)?范围(?:[、,，](?:(?!其余|予以|提供|同意|部分)[^\\d,，。;]){0,14}?)?|不予(?:以)?(?:公开|提供)|" +
        "(?<!户|人|方|者|单位|企业)不同意公开|不公开|拒绝公开|否决公开|不同意(?=[:：]))",
    ),
    "outcome.denied.total",
  ],
] as const;
export const ABOUT_REPLIES = /答复|办结|申请|办理结果|办理情况/;
/** A sentence classifying information items (依申请公开政府信息15条,不予公开8条): its 不予公开 counts items. */
export const INFORMATION_ITEMS = new RegExp(
  String.raw`(?<!(?:受理|收到|接到|接收)[^\d,。]{0,8}?)(?:依申请公开|主动公开)(?:的)?(?:政府)?信息\s*${COUNT}\s*条`,
);
/** 没有因此提起行政诉讼, 也没有起诉, 未被起诉. */
export const NEGATED_LITIGATION = new RegExp(
  // 没有群众…申请复议或打官司: a clerk's word for a suit.
  String.raw`${CASE_NEGATION}[^\d,。]{0,24}?(?:(?:行政)?诉讼|被起?诉|起诉|打官司)`,
);
/** Every application of the sentence granted (均予以公开, 全部同意公开), or the one application (并同意公开). */
export const ALL_GRANTED = new RegExp(
  // 均已在法定期限内予以公开: when, between 均已 and the answer.
  String.raw`(?:均|全部|都)(?:已|已经)?(?:在[^,，。\d]{1,12}?内|在\d{1,3}个?(?:工作日|日|天)内|按时|按期)?(?:向申请人)?(?:依法)?(?:为|是)?` +
    // 前两件均予公开, 都给予了公开.
    String.raw`(?:予以|同意|给予|予)?(?:了)?(?:公开|提供)|` +
    // 均已办结并同意公开, 均于15个工作日内答复同意公开.
    // (…答复,同意公开,向申请人提供了相关材料: the information given after the grant.)
    String.raw`(?:均|全部|都)[^,。]{0,16}?(?:答复|办结|办理完毕)(?:,|并|且)?(?:均|全部|都)?(?:同意|予以)公开` +
    String.raw`(?:$|[,，](?:并)?(?:向申请人)?提供了?(?:所需|相关|所申请的?)?的?(?:信息|资料|材料)$)|` +
    // 均于当日予以答复并提供资料, 都已答复并提供了所需信息: answered, and what was asked given.
    String.raw`(?:均|全部|都)[^,。]{0,16}?答复(?:并|且)(?:向申请人)?提供了?(?:所需|相关|所申请的?)?的?(?:信息|资料|材料)$|` +
    // 受理…2件,均为当面申请,已按时答复,予以公开: the answer alone in the sentence's last clause, after 已答复.
    // (其中2件已按时答复,予以公开: a part; the clause must start with 已.)
    String.raw`(?:^|[,，])(?:已|均已)(?:按时|按期|依法)?(?:答复|办结)[,，](?:并|且)?(?:同意|予以)公开$`,
);
/** The one application refused (已依法答复,因…属于国家秘密,不予公开): no count, no other kind of answer. */
export const ONE_DENIED = /(?:不予(?:以)?公开|不同意公开)(?!\s*(?:\d|[零〇一二两三四五六七八九十]))/;
export const NOT_ONE_DENIED = /(?<!不)(?:同意|予以)公开|部分|告知|不属于|不存在|非本|主动公开/;
export const ONE_GRANTED = new RegExp(
  [
    String.raw`(?<![不部分])(?:同意|予以)公开(?!\s*(?:\d|[零〇一二两三四五六七八九十]))`,
    // …提供了发放名单,属于公开: the answer's kind named at the clause's end.
    String.raw`(?<![不非])(?:属于?|系)(?:同意)?公开(?=$|[,，;。])`,
    String.raw`(?<![不未])将(?:有关|相关|所需|所申请的?|该)?(?:政府)?信息(?:(?!途径|方式|渠道|网址|链接|地址)[^,，。;]){0,8}?` +
      String.raw`提供(?:给)?(?:了)?申请人`,
    String.raw`向(?:其|申请人)提供了?(?:全部|所需|所申请的?|相关)(?:的)?(?:信息|材料|资料|明细|文件|数据)`,
    String.raw`已(?:当即|当场|及时|按时|按期)?提供(?:了)?(?=$|[,，;并和])`,
    // 系村民询问泄洪方案,已予公开: the one application's answer.
    String.raw`(?<![不未])已予(?:以)?公开(?=$|[,，;。并])`,
  ].join("|"),
);
export const OTHER_OUTCOMES = /部分|告知|不予|不同意|不公开|不属于|不存在|非本|主动公开范围|已主动公开/;

const APPS_UNIT = String.raw`\s*(?:件|个|份|宗|次|项)`;
/** Applications carried over from last year (另有上年结转申请1件, 上年度遗留2件, 结转至本年办理的1件). */
export const CARRIED_OVER = new RegExp(
  String.raw`(?:上年度?|去年|上一年度?)(?:结转|遗留|转入)(?:的|至本年度?|到本年度?)?(?:政府信息公开)?(?:申请)?` +
    String.raw`(?:数量|件数|数)?(?:共|为)?\s*${COUNT}${APPS_UNIT}|` +
    String.raw`结转(?:至|到)本年度?(?:继续)?办理的(?:申请)?\s*${COUNT}${APPS_UNIT}`,
);
/** The year's count includes last year's (共收到申请3件(含上年结转1件)): the new ones are the rest. */
export const INCLUDES_CARRIED = new RegExp(
  String.raw`[(（]?(?:含|包括|其中)(?:上年度?|去年)(?:结转|遗留)(?:的)?(?:申请)?\s*${COUNT}${APPS_UNIT}[)）]?`,
);
/** Between a count and its 结转: no other count, no negation (5件均已办结,无结转下年度…), a date's day or month. */
const GAP = String.raw`(?:(?!无|未|没有|不)[^。;,，\d]|\d{1,2}[月日])`;
/** Applications left for next year (结转下年度办理2件, 另有1件…正在办理中,结转至2016年). */
export const CARRIED_FORWARD = new RegExp(
  String.raw`结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?(?:共|为)?\s*${COUNT}${APPS_UNIT}|` +
    // 19件已办结,2件于12月下旬受理,尚在法定答复期限内,结转至2017年办理: a clause led by its count, none after.
    String.raw`(?:^|[,，])${COUNT}${APPS_UNIT}(?:${GAP}*?[,，]){0,3}${GAP}*?` +
    String.raw`(?:结转|转入)(?:至|到)?(?:下一?年度?|(?:19|20)\d{2}年)|` +
    String.raw`(?:另有?|其余|剩余|尚有|还有)${COUNT}${APPS_UNIT}[^。]{0,60}?` +
    String.raw`(?:(?:正|尚|仍)?在办理|尚未办结|未办结|尚未答复|(?:结转|转入)(?:至|到)?(?:下|(?:19|20)\d{2}))`,
);
/** Applications by natural persons (其中自然人申请4件, 其中公民申请5件). */
export const NATURAL_PERSONS = new RegExp(
  String.raw`(?:^|其中|[、:：]|受理|收到|接到|接收)(?:自然人|公民|个人)(?:提出)?(?:的)?(?:申请)?\s*${COUNT}${APPS_UNIT}`,
);
/**
 * Answers of other kinds counted beside the three (告知非本机关政府信息1件, 1件申请人主动撤回); not who applied
 * (法人和其他组织申请2件).
 */
const OTHER_ANSWER_WORDS =
  "(?:告知|不属于|非本机关|不存在|不掌握|撤回|其他(?!组织)|无法提供|不予受理|不予处理|转办|转交|重复申请|不明确|补正)";
export const OTHER_ANSWERS = new RegExp(
  String.raw`${OTHER_ANSWER_WORDS}[^\d,，。;]{0,16}?${COUNT}${APPS_UNIT}|` +
    String.raw`${COUNT}${APPS_UNIT}[^\d,，。;]{0,12}?${OTHER_ANSWER_WORDS}`,
  "g",
);
/** Applications counted by channel (网上申请3件、当面申请2件). */
export const CHANNEL_COUNTS = new RegExp(
  String.raw`(?:网上|网络|当面|现场|信函|书面|电话|传真|电子邮件|邮件|来信|来电|来访)(?:提交|提出)?(?:申请)?\s*${COUNT}${APPS_UNIT}`,
  "g",
);
/** How a 复议 ended, counted after it in the same sentence (其中维持1件,纠正1件; 其中1件被纠正). */
const reviewEnd = (words: string) =>
  // 1件申请人在复议期间撤回申请: who and when may stand between the count and its end.
  new RegExp(
    // 维持我局答复2件: what was upheld may stand before the count.
    // 维持分局答复一件: the body named in a few words (分局, 县局, 该中心).
    String.raw`(?:${words})(?:(?:我局|本机关|原)|[^\d,，。;、]{1,6}?(?=(?:的)?(?:答复|决定)))?(?:的)?(?:答复|决定)?\s*` +
      String.raw`${COUNT}\s*(?:件|起|宗)|` +
      String.raw`${COUNT}\s*(?:件|起|宗)(?:(?!机关|决定)[^\d,，。;、]){0,10}?(?:被|予以|已)?(?:${words})`,
  );
export const REVIEW_ENDS = [
  [reviewEnd("(?<!不)维持(?:原(?:答复|决定|具体行政行为))?"), "review.upheld"],
  // 责令重新答复1件, 确认违法1件: the answer set aside, corrected.
  [
    // 确认我局答复违法1件: what was found unlawful may stand between.
    reviewEnd(
      "纠正|撤销|变更|纠错|责令(?:我[局镇乡委办]|本机关|本单位|[^\\d,，。;、]{1,6}?)?(?:重新(?:作出)?答复|予以公开)|" +
        "确认(?:我[局镇乡委办]|本机关)?(?:的)?(?:答复)?(?:程序)?违法",
    ),
    "review.corrected",
  ],
  // 1件申请人撤回复议申请, 终止1件: ended otherwise (the form's 其他结果).
  // 申请人撤回复议申请1件: what was withdrawn may be named.
  // 其他情形1件: the form's 其他结果 in other words.
  [
    reviewEnd("(?:申请人)?(?:主动)?撤回(?:复议)?(?:申请)?|终止(?:审理)?|其他(?:情形|结果|情况|方式结案)"),
    "review.other",
  ],
  // 其中结果维持1件,尚未审结1件: not decided at the year's end.
  // 另有1件截至年底尚未作出复议决定: no decision yet is pending.
  [reviewEnd("尚未审结|未审结|尚在审理(?:中)?|正在审理(?:中)?|尚未作出(?:复议)?决定"), "review.pending"],
] as const;
/** A negation holding 一 (一件也没有收到, 无一件, 没有一起): none, not one. */
export const NONE_WITH_ONE =
  /(?:无|没有|未有)一(?:件|次|起|个|份|宗|例)|一(?:件|次|起|个|份|宗|例)也(?:没有|未|无|不)/g;
/** Words of counting what others handled (指导各乡镇…办理26件): not the agency's own applications. */
export const OTHERS_COUNTED = /指导|督促|协调|汇总|全区各|各乡镇|各部门|各单位/;
/** 通过社区转交镇政府的申请有1件: applications passed on to another body to answer (not 转交我局的: referred here). */
export const PASSED_ON = /转(?:交|送)(?!(?:给|至|到)?(?:我|本))/;
/** A clause counting a part of the year: a half, a quarter or one month (不是 1-12月 or 1月至12月). */
export const PERIOD_PART = new RegExp(
  String.raw`^(?:其中)?(?:今年|本年度?)?(?:${HALF_OR_QUARTER}|\d{1,2}月(?![至到\-~]|份至))`,
);
/** Applications counted by who applied (自然人申请3件、法人或其他组织申请1件). */
export const APPLICANT_COUNTS = new RegExp(
  String.raw`(?:自然人|公民|个人|法人(?:或|和|及)?(?:其他组织)?|其他组织|企业|社会组织)(?:提出)?(?:的)?(?:政府信息公开)?申请` +
    String.raw`\s*${COUNT}\s*(?:件|个|份|宗|次|项)`,
  "g",
);
/** Every application refused (因…涉及国家秘密,均未予公开). */
export const ALL_DENIED = /(?:均|全部|都)(?:作出|作了)?(?:未予|不予|未)(?:以)?公开/;
/** A kind's count holding another's (同意公开3件(含部分公开1件)): the first kind alone is the difference. */
export const GRANTED_WITH_PARTIAL = new RegExp(
  String.raw`(?:同意公开|予以公开)\s*${COUNT}\s*件[(（](?:含|包括|其中)(?:同意)?部分(?:予以)?公开\s*${COUNT}\s*件[)）]`,
);
/** Granted and partly granted counted together, the partly granted apart (同意公开和部分公开共9件(部分公开3件)). */
export const GRANTED_AND_PARTIAL = new RegExp(
  String.raw`(?:同意公开|予以公开)(?:和|与|及|、)部分公开(?:的)?(?:共计|共|合计)?\s*${COUNT}\s*件[(（](?:其中)?部分公开` +
    String.raw`\s*${COUNT}\s*件[)）]`,
);
/** Refusals set apart before the rest (除2件因涉及商业秘密不予公开外,其余均已答复). */
export const DENIED_EXCEPT = new RegExp(
  String.raw`除\s*${COUNT}\s*件[^,，。;\d]{0,30}?(?:不予(?:以)?公开|不同意公开)外`,
);
/**
 * Refusals counted by reason before the answer (其余申请因涉及国家秘密0件、涉及商业秘密1件、涉及个人隐私2件,依法不予
 * 公开): the reasons' list and the refusal right after it.
 */
export const REASONS_THEN_DENIED = new RegExp(
  String.raw`((?:涉及[^\d,，。;、]{1,10}?${COUNT_TEXT}\s*件[、和及与]?){2,})[,，]?(?:均|依法|均依法)?(?:不予(?:以)?公开|不同意公开)`,
);
/** Refusals counted by reason (涉及国家秘密不予公开1件,涉及个人隐私不予公开1件): their sum. */
export const DENIED_BY_REASON = new RegExp(
  String.raw`(?:涉及|因|属于)[^\d,，。;]{1,12}?(?:不予(?:以)?公开|不同意公开)\s*${COUNT}\s*件`,
  "g",
);
/** A total of applications and 咨询 together (受理政府信息公开申请及咨询共计9件): not the applications' count. */
// (信息公开申请和政策咨询17件次: a kind of query named.)
export const WITH_QUERIES =
  /申请(?:及|和|与|、)(?:政策|业务|法律|一般性?|日常|电话)?咨询|咨询(?:及|和|与|、)(?:政府信息公开)?申请/;
/** The applications apart after such a total (其中申请2件). */
export const APPS_APART = new RegExp(
  String.raw`^其中(?:属于)?(?:政府信息公开|依申请公开)?申请(?:的)?\s*${COUNT}\s*(?:件|个|份|宗|次|项)`,
);
/** A 项目|内容 table's row of cases or answers whose content is none (行政复议 无, 不予公开 无). */
export const KV_NONE =
  /(?:^|\s)(行政复议|行政诉讼|申诉举报|申诉、举报|同意公开|部分公开|不予公开)\s+(?:无|0件?)(?=\s|$)/g;
/** 2014年全镇收到的政府信息公开申请只有1件: the noun, then only how many (read where 只有/仅有 is printed). */
export const APPS_ONLY = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}年度?)?(?:(?!其中|结转|转入|遗留|答复|办结|咨询)[^\d,。]){0,24}?(?<!依)${APPLICATION}的?` +
    String.raw`(?:只有|仅有|仅)\s*${COUNT}\s*(?:件|个|份|宗|次|项)|` +
    // 受理的申请仅1件: the verb names what the bare 申请 are.
    String.raw`(?:受理|收到|接到)的(?:政府信息公开)?申请(?:只有|仅有|仅)\s*${COUNT}\s*(?:件|个|份|宗)`,
);
