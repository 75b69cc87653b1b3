import { describe, expect, it } from "vitest";
import { chineseReason } from "./reasons";

describe("chineseReason", () => {
  it("translates the parser's and ingest's known failures", () => {
    expect(chineseReason("Not an annual report: the year the report covers is not stated in x.txt")).toMatch(/年度/);
    expect(chineseReason("Not an annual report: no 政府信息公开 statistical table found")).toMatch(/统计表格/);
    expect(chineseReason("PDF has no text layer (scanned image); it needs OCR.")).toMatch(/OCR/);
    expect(chineseReason("DOCX is damaged: the ZIP directory is missing.")).toMatch(/损坏/);
    expect(chineseReason("DOC is damaged: the file is truncated (its directory runs past the end).")).toMatch(/损坏/);
    expect(
      chineseReason("The Word document is password-protected (encrypted); save a copy without the password."),
    ).toMatch(/密码/);
    expect(chineseReason("The file is a Word 6.0/95 document, which is not supported; save it as DOCX.")).toMatch(
      /Word 6\.0\/95.*\.docx/,
    );
    expect(chineseReason("Not a report: the file is an Office 97–2003 file but not a Word document.")).toMatch(
      /不是 Word 文档/,
    );
    expect(chineseReason("A database error stopped this report from being stored (SQLITE_FULL).")).toMatch(/数据库/);
  });
  it("keeps an unknown reason readable after a Chinese lead-in", () => {
    expect(chineseReason("Something new went wrong.")).toBe("无法将该文件作为年度报告读取:Something new went wrong.");
  });
});
