/**
 * GET /reports/:id/original: the bytes collect fetched for this report, as the site served them, so a report that
 * was edited after publication can be compared file against file. Reports ingested by hand have no stored
 * original (their text is on the report page): 404 saying so. Served as a download, never rendered on this origin:
 * a government page's HTML and scripts must not run as Nianbao.
 */
import { readFile } from "node:fs/promises";
import { databaseUrl } from "@/db/client";
import { findOriginal } from "@/lib/collect/originals";
import { defaultOriginalsDir } from "@/lib/collect/store";
import { getReport } from "@/lib/queries/report";
import { guarded } from "@/app/api/_shared/respond";

export const dynamic = "force-dynamic";

function notFound(message: string): Response {
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return guarded(async () => {
    const detail = await getReport({ publicId: id });
    if (!detail) return notFound("未找到该报告。No such report.");
    const file = findOriginal(defaultOriginalsDir(databaseUrl()), detail.report.sha256.slice(0, 16));
    if (!file) {
      return notFound(
        "未保存该报告的原始文件：只有从网站抓取（npm run collect）的报告保存原件。No stored original: only collected reports keep one.",
      );
    }
    const bytes = await readFile(file.path);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(bytes.length),
        "Content-Disposition":
          `attachment; filename="original${file.name.match(/\.\w+$/)?.[0] ?? ""}"; ` +
          `filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=3600",
      },
    });
  });
}
