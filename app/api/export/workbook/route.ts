import type { NextRequest } from "next/server";
import type { ChartView } from "@/lib/charts/registry";
import { getDataDate } from "@/lib/queries/data-date";
import { originOf } from "../../_shared/origin";
import { badRequest, guarded } from "../../_shared/respond";
import { buildWorkbook } from "./build";
import { definitionsFor } from "./definitions";
import { VIEW_BOOKS } from "./views";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/export/workbook?view=overview|compare|quality|agency|scorecard&<the page's parameters> → every chart of
 * that view as a sheet of one .xlsx, after a 说明 sheet. `view` defaults to the overview; the agency view takes `id`.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const view = (params.get("view") || "overview") as ChartView;
  const read = VIEW_BOOKS[view];
  if (!read) {
    const known = Object.keys(VIEW_BOOKS).join(", ");
    return badRequest(`unknown view ${JSON.stringify(view.slice(0, 40))}; one of ${known} 未知的视图，可选：${known}`);
  }
  return guarded(async () => {
    const [book, date] = await Promise.all([read(params), getDataDate()]);
    if (!book) return Response.json({ error: "unknown agency 机构不存在" }, { status: 404 });
    if ("error" in book) return badRequest(book.error);
    const body = await buildWorkbook({
      view: book.name,
      permalink: `${originOf(request)}${book.href}`,
      filters: book.filters,
      definitions: [
        ...definitionsFor(
          book.metrics,
          book.sheets.map((s) => s.table),
          book.delta,
        ),
        ...(book.definitions ?? []),
      ],
      dataDate: date.updatedAt
        ? `${date.updatedAt.slice(0, 10)} 更新（最新报告年度：${date.latestYear ?? "—"}年）`
        : "数据库中还没有年报",
      sheets: book.sheets,
    });
    const filename = `年报观察-${book.name}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="nianbao.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "no-store",
      },
    });
  });
}
