/** DOCX → text: zip-bomb guard, mammoth to HTML (images dropped), then the HTML path. */
import mammoth from "mammoth";
import { firstSentence } from "./first-sentence";
import { htmlToText } from "./html-to-text";
import { checkZipBomb, listZip } from "./zip-guard";

export type TextOrError = { text: string } | { error: string };

const OTHER_OFFICE: [string, string][] = [
  ["xl/workbook.xml", "Not a report: the file is an Excel workbook (XLSX)"],
  ["ppt/presentation.xml", "Not a report: the file is a PowerPoint presentation (PPTX)"],
  ["content.xml", "Not a report: the file is an OpenDocument file; save it as DOCX"],
];

export async function docxToText(bytes: Uint8Array): Promise<TextOrError> {
  const entries = listZip(bytes);
  if (typeof entries === "string") return { error: `DOCX is damaged: ${entries}.` };
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("word/document.xml")) {
    const other = OTHER_OFFICE.find(([name]) => names.has(name));
    return { error: other ? `${other[1]}.` : "Not a report: the file is a ZIP archive, not a Word document." };
  }
  const bomb = checkZipBomb(bytes, entries);
  if (bomb) return { error: `DOCX refused: ${bomb}.` };
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    return { text: htmlToText(result.value) };
  } catch (e) {
    return { error: `DOCX is damaged: ${firstSentence(e)}.` };
  }
}
