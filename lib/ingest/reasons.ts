/**
 * Chinese versions of the failure reasons ingest records (`reports.error_zh`). The parser words its errors in
 * English; known ones are translated by pattern, anything else keeps the English text after a Chinese lead-in.
 */
const KNOWN: [RegExp, string][] = [
  [/\.doc\b.*not supported/i, "不支持旧版 Word .doc 文件,请另存为 .docx 后重新导入。"],
  [/could not (be )?read the file|unreadable|permission denied|no such file/i, "无法读取该文件。"],
  [/empty/i, "文件为空,没有可读取的内容。"],
  [/not (look like |appear to be )?an? (government information disclosure )?annual report|not a report/i, "该文件不是政府信息公开工作年度报告。"],
  [/year/i, "无法确定报告所属年度。"],
  [/agency|does not name/i, "报告中没有写明发布机关。"],
  [/database/i, "写入数据库时出错,该报告未保存。"],
  [/encrypted|password/i, "文件已加密,无法读取。"],
  [/scanned|no text layer|image/i, "文件是扫描图像,没有可提取的文字。"],
];

export function chineseReason(error: string): string {
  for (const [re, zh] of KNOWN) if (re.test(error)) return zh;
  return `无法将该文件作为年度报告读取:${error}`;
}

export const DOC_NOT_SUPPORTED = "Old Word .doc files are not supported; save the file as .docx and ingest it again.";
