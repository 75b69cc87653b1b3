/**
 * Chinese versions of the failure reasons ingest records (`reports.error_zh`). The parser words its errors in
 * English (lib/parser/index.ts, read/*); known ones are translated by pattern, first match wins, anything
 * else keeps the English text after a Chinese lead-in.
 */
const KNOWN: [RegExp, string][] = [
  [/Word 6\.0\/95/i, "这是 Word 6.0/95 格式的旧文件,暂不支持,请另存为 .docx 后重新导入。"],
  [/year the report covers is not stated/i, "报告中没有写明所属年度,无法作为年度报告导入。"],
  [/no 政府信息公开 statistical table/i, "文件中没有政府信息公开统计表格,不是年度报告。"],
  [/Office 97/i, "这是旧版 Office 97–2003 文件,但不是 Word 文档,不是文字报告。"],
  [
    /PowerPoint|Excel|ZIP archive|OpenDocument|binary data/i,
    "该文件不是文字报告(演示文稿、表格、压缩包或二进制文件)。",
  ],
  [/no text layer|scanned/i, "PDF 是扫描图像,没有可提取的文字,需要先做文字识别(OCR)。"],
  [/is an image/i, "该文件是图片,不是文字报告;扫描件需要先做文字识别(OCR)。"],
  [/DOCX refused|inflates beyond/i, "文件解压后过大(疑似压缩炸弹)或已损坏,已拒绝读取。"],
  [/password|encrypted/i, "文件有密码保护,无法读取。"],
  [/damaged|truncated/i, "文件已损坏或不完整,无法读取。"],
  [/too long to read/i, "文件读取超时,未能读出内容。"],
  [/too large/i, "文件过大,超出可读取的上限。"],
  [/empty|contains no text/i, "文件为空,没有可读取的内容。"],
  [/does not name its agency/i, "报告中没有写明发布机关。"],
  [/permission denied|EACCES|EPERM/i, "没有读取该文件的权限,请检查文件权限后重新导入。"],
  [/could not (be )?read|unreadable|no such file/i, "无法读取该文件。"],
  [/database error/i, "写入数据库时出错,该报告未保存。"],
  [/parser (worker )?stopped/i, "解析程序意外中止,该文件未能读取。"],
  [/not (an annual |a )?report/i, "该文件不是政府信息公开工作年度报告。"],
];

export function chineseReason(error: string): string {
  for (const [re, zh] of KNOWN) if (re.test(error)) return zh;
  return `无法将该文件作为年度报告读取:${error}`;
}
