/**
 * The prose around the tables: title, 统计期限, overview with the year's figures, closing signature.
 * Sentences are templates from real reports with the agency, its parent units and the year filled in.
 */
import type { Family } from "@/lib/parser/types";
import type { Rng } from "./random";
import type { Block, CorpusAgency } from "./types";

export interface Meta {
  agency: CorpusAgency;
  year: number;
  family: Family;
  /** YYYY-MM-DD, printed in the 发布时间 line and/or the signature. */
  date: string;
  dateLine: boolean;
  signature: boolean;
  /** The application count the overview states (equals the table unless a fault says otherwise). */
  statedApplications: number;
}

function shortName(agency: CorpusAgency): string {
  const own = agency.region.path[agency.region.path.length - 1];
  return agency.kind === "department" ? agency.name : own;
}

export function titleBlock(meta: Meta, rng: Rng): Block {
  const { agency, year } = meta;
  const variants = [
    `${agency.name}${year}年政府信息公开工作年度报告`,
    `${agency.name}${year}年度政府信息公开工作年度报告`,
    `${agency.name}${year}年政府信息公开年度报告`,
  ];
  return { kind: "title", text: rng.pick(variants) };
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export function openingBlocks(meta: Meta, rng: Rng): Block[] {
  const { agency, year } = meta;
  const blocks: Block[] = [];
  if (meta.dateLine) {
    const time = `${String(rng.int(8, 17)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`;
    blocks.push(
      { kind: "para", text: `发布时间:${meta.date} ${time}` },
      { kind: "para", text: `来源:${shortName(agency)}` },
    );
  }
  const period =
    meta.family === "legacy"
      ? `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
      : rng.pick([
          `本报告所列数据的统计期限为${year}年1月1日起至12月31日。`,
          `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
        ]);
  const basis =
    meta.family === "2021"
      ? "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求,"
      : "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,";
  blocks.push({ kind: "para", text: `${basis}编制${agency.name}${year}年度政府信息公开工作年度报告。${period}` });
  return blocks;
}

const LEAD = [
  (p: string, y: number, n: string) =>
    `${y}年,${n}在${p}党委、政府的正确领导下,认真贯彻落实《条例》和上级关于政务公开工作的部署要求,坚持以公开为常态、不公开为例外,扎实推进政府信息公开工作。`,
  (p: string, y: number, n: string) =>
    `${y}年,${n}以习近平新时代中国特色社会主义思想为指导,按照${p}关于推进政府信息公开的部署和要求,健全工作机制,及时更新政府信息公开专栏,保障公民知情权、参与权和监督权。`,
  (p: string, y: number, n: string) =>
    `${y}年,${n}在${p}的指导下,进一步完善政务公开制度,规范依申请公开办理流程,推动政府信息公开工作取得新进展。`,
];

export function overviewBlocks(meta: Meta, rng: Rng): Block[] {
  const { agency, year } = meta;
  // Townships name their county with its city (德州市德城区), which is what lets a reader place a 新华街道.
  const parent = agency.parents.length
    ? agency.parents.slice(agency.level === "township" ? -2 : -1).join("")
    : agency.region.path[0];
  const name = shortName(agency);
  const applications = meta.statedApplications;
  return [
    { kind: "heading", text: meta.family === "legacy" ? "一、概述" : "一、总体情况" },
    { kind: "para", text: rng.pick(LEAD)(parent, year, name) },
    {
      kind: "para",
      text: `(一)主动公开。全年通过政府门户网站主动公开各类信息${rng.int(20, 900)}条,及时公开机构职能、政策文件、重点领域信息。`,
    },
    {
      kind: "para",
      text: `(二)依申请公开。${year}年,${name}全年共收到政府信息公开申请${applications}件,均在法定期限内予以答复。`,
    },
    { kind: "para", text: "(三)政府信息管理。严格落实公开前保密审查,坚持“谁公开谁审查、谁审查谁负责”。" },
  ];
}

export function closingBlocks(meta: Meta, rng: Rng): Block[] {
  const blocks: Block[] =
    meta.family === "legacy"
      ? []
      : [
          { kind: "heading", text: "五、存在的主要问题及改进情况" },
          {
            kind: "para",
            text: rng.pick([
              "一是公开内容的全面性还需加强;二是政策解读形式较为单一。下一步将进一步规范公开流程,提升解读质量。",
              "工作人员以兼职为主,信息更新有时不够及时。下一步将加强业务培训,完善工作机制。",
            ]),
          },
          { kind: "heading", text: "六、其他需要报告的事项" },
          { kind: "para", text: "本年度未收取政府信息公开信息处理费。无其他需要报告的事项。" },
        ];
  if (meta.signature) {
    blocks.push({ kind: "para", text: meta.agency.name }, { kind: "para", text: chineseDate(meta.date) });
  }
  return blocks;
}
