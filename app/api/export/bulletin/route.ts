import type { NextRequest } from "next/server";
import { ruleLabel } from "@/lib/rule-labels";
import { composeBulletin, bulletinTitle } from "@/lib/bulletin/compose";
import { readBulletin } from "@/lib/bulletin/read";
import { writeBulletinDocx } from "@/lib/bulletin/write-docx";
import { judgingDay } from "@/lib/releases/release-day";
import { parseStrict } from "@/lib/url-state";
import { originOf } from "../../_shared/origin";
import { badRequest, guarded } from "../../_shared/respond";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * GET /api/export/bulletin?region=33&year=2023 → the yearly bulletin (年报质量通报) of a region as a DOCX: headline
 * figures with the change on the year before, who published and who was late or missing, failed checks by rule with
 * the agencies, the scorecard's top and bottom, the main charts, and after each figure the permalink of its view
 * (absolute, on the host the request came by).
 * `region` defaults to the nation, `year` to the latest with data; an invalid one is a 400.
 */
export async function GET(request: NextRequest) {
  const parsed = parseStrict(request.nextUrl.searchParams, ["region", "year", "rel"]);
  if ("error" in parsed) return badRequest(`参数无效，请检查地区代码 region 和年度 year。${parsed.error}`);
  const { region, year, rel } = parsed.state;
  return guarded(async () => {
    // Pinned (`rel`): every figure as of that release, dated the day of the release, so the document never changes.
    const [data, judged] = await Promise.all([readBulletin({ region, year, rel }), judgingDay(rel)]);
    const blocks = composeBulletin(data, {
      origin: originOf(request),
      ruleLabel,
      date: judged.fixed ? judged.day : new Date().toISOString().slice(0, 10),
    });
    const title = bulletinTitle(data);
    const bytes = await writeBulletinDocx(blocks, { title });
    const name = `年报质量通报-${data.place}-${data.year ?? "无数据"}.docx`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": DOCX,
        "Content-Disposition": `attachment; filename="bulletin.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "no-store",
      },
    });
  });
}
