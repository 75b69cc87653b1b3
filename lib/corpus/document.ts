/** Assembles a report draft (prose and tables) for one agency-year, before it is laid out. */
import { activeRows } from "./active";
import type { Values } from "./figures";
import { legacyRows } from "./legacy";
import { closingBlocks, openingBlocks, overviewBlocks, titleBlock, type Meta } from "./narrative";
import type { Rng } from "./random";
import { applicationRows, reviewRows } from "./tables";
import type { Block } from "./types";
import { SECTION3_TITLE, SECTION4_TITLE } from "@/lib/template/modern";

function modernTables(meta: Meta, values: Values, rng: Rng): Block[] {
  return [
    { kind: "heading", text: "二、主动公开政府信息情况" },
    { kind: "table", rows: activeRows(values, meta.family), glue: false },
    { kind: "heading", text: SECTION3_TITLE },
    { kind: "table", rows: applicationRows(values, meta.family, rng.chance(0.5)), glue: true },
    { kind: "heading", text: SECTION4_TITLE },
    { kind: "table", rows: reviewRows(values), glue: false },
  ];
}

function legacyTables(meta: Meta, values: Values): Block[] {
  return [
    { kind: "para", text: "附件:" },
    { kind: "heading", text: "政府信息公开情况统计表" },
    { kind: "para", text: `(${meta.year}年度)` },
    { kind: "para", text: `填报单位(盖章):${meta.agency.name}` },
    { kind: "table", rows: legacyRows(values), glue: false },
    { kind: "para", text: "单位负责人: 审核人: 填报人:" },
  ];
}

export function draftReport(meta: Meta, values: Values, rng: Rng): Block[] {
  const tables = meta.family === "legacy" ? legacyTables(meta, values) : modernTables(meta, values, rng);
  const body = [...openingBlocks(meta, rng), ...overviewBlocks(meta, rng)];
  // Legacy reports put the 统计表 at the end as an attachment, after the signature.
  if (meta.family === "legacy") return [titleBlock(meta, rng), ...body, ...closingBlocks(meta, rng), ...tables];
  return [titleBlock(meta, rng), ...body, ...tables, ...closingBlocks(meta, rng)];
}
