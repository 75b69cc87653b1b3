/**
 * Chinese wording of the failures collect itself records (a page that could not be fetched, a report page
 * without a report), in the manner of lib/ingest/reasons.ts; failures of the bytes it fetched are worded by
 * ingest. First match wins.
 */
const KNOWN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/robots\.txt does not allow/i, () => "网站的 robots.txt 不允许抓取该网页,已跳过。"],
  [/robots\.txt could not be read/i, () => "无法读取网站的 robots.txt,按规范暂不抓取该网站。"],
  [/HTTP (404|410)\b/, (m) => `网页不存在(HTTP ${m[1]})。`],
  [/HTTP (\d{3})\b/, (m) => `网站返回错误(HTTP ${m[1]}),重试后仍未成功。`],
  [/within [\d.]+ s/i, () => "网站在限定时间内没有完整响应(超时),重试后仍未成功。"],
  [/larger than the .* limit/i, () => "文件超过单个文件的大小上限,未下载。"],
  [/redirects/i, () => "网页重定向次数过多或形成循环,已放弃。"],
  [/Could not reach/i, () => "无法连接该网站(网络错误),重试后仍未成功。"],
  [/not (a web|an http)/i, () => "不是有效的网址。"],
  [/neither its text nor an attachment/i, () => "网页标题是年度报告,但网页上既没有报告正文,也没有可下载的附件。"],
];

export function collectReasonZh(error: string): string {
  for (const [re, zh] of KNOWN) {
    const m = re.exec(error);
    if (m) return zh(m);
  }
  return `抓取失败:${error}`;
}
