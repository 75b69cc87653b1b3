import "server-only";
/**
 * Blocks → a DOCX (the `docx` package) laid out as a 通报: A4 with the official margins (GB/T 9704), body in 宋体 and
 * headings in 黑体 declared as East Asian fonts, with the font table naming SimSun / SimHei as their alternates, so
 * Word, WPS and LibreOffice each find a Chinese face; charts as PNG images; permalinks as live hyperlinks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  LineRuleType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from "docx";
import type { Block } from "./blocks";
import { chartPng } from "./chart-image";

const LATIN = "Times New Roman";
const BODY_FONT = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: "宋体", hint: "eastAsia" } as const;
const HEADING_FONT = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: "黑体", hint: "eastAsia" } as const;

/** Word's own entries for the two Chinese faces (names, alternates, panose, charset 86 = GB2312). */
const FONT_TABLE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset ` +
  `w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset ` +
  `w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="${LATIN}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family ` +
  `w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>`;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { title: 44, heading: 32, body: 28, table: 21, small: 18 };
const INDENT = { firstLine: 2 * SIZE.body * 10 }; // two characters, in twips

function text(t: string, extra: Partial<ConstructorParameters<typeof TextRun>[0] & object> = {}): TextRun {
  return new TextRun({ text: t, ...extra });
}

function cell(value: string, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [text(value, { size: SIZE.table, bold: header, font: header ? HEADING_FONT : BODY_FONT })],
      }),
    ],
  });
}

/** The text width of the page (156 mm) in twips, shared by a table's columns in proportion to `weights`. */
const TEXT_WIDTH = convertMillimetersToTwip(156);

function table(columns: string[], rows: string[][], weights: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const sum = weights.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: weights.map((w) => Math.round((TEXT_WIDTH * w) / sum)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v, false)) })),
    ],
  });
}

function chart(block: Extract<Block, { kind: "chart" }>): Paragraph[] {
  const image = chartPng(block.option, block.width, block.height);
  return [
    // Single spacing: LibreOffice clips an inline image to a line height given without a rule.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { name: block.title, title: block.title, description: block.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [text(block.title, { size: SIZE.table, font: HEADING_FONT })],
    }),
  ];
}

function toElements(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(block.text)] }),
      ];
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, indent: INDENT, children: [text(block.text)] })];
    case "paragraph":
      return [new Paragraph({ indent: INDENT, children: [text(block.text)] })];
    case "note":
      return [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(block.text, { size: SIZE.small })] })];
    case "source":
      return [
        new Paragraph({
          indent: INDENT,
          children: [
            text("数据视图：", { size: SIZE.small }),
            new ExternalHyperlink({
              link: block.url,
              children: [text(block.url, { size: SIZE.small, style: "Hyperlink" })],
            }),
          ],
        }),
      ];
    case "table":
      return [
        table(block.columns, block.rows, block.weights ?? block.columns.map(() => 1)),
        new Paragraph({ children: [] }),
      ];
    case "chart":
      return chart(block);
  }
}

export async function writeBulletinDocx(blocks: Block[], meta: { title: string }): Promise<Buffer> {
  const heading = { font: HEADING_FONT, color: "000000", bold: false };
  const doc = new Document({
    title: meta.title,
    creator: "年报观察 nianbao",
    description: "由模板和数据自动生成的政府信息公开工作年度报告情况通报",
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: SIZE.body, language: { value: "zh-CN", eastAsia: "zh-CN" } },
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { ...heading, size: SIZE.title }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { ...heading, size: SIZE.heading },
          paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
        },
        hyperlink: { run: { color: "1F4E99", underline: {} } },
      },
    },
    theme: { fonts: { body: { latin: LATIN, eastAsia: "宋体" }, headings: { latin: LATIN, eastAsia: "黑体" } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children: blocks.flatMap(toElements),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: FONT_TABLE }]);
}
