/** 导出通报 (DOCX): the yearly bulletin of the page's region and year (GET /api/export/bulletin). */
import type { BulletinRequest } from "@/lib/bulletin/types";
import { toSearchString } from "@/lib/url-state";

/** On a pinned page (`rel`) the bulletin is pinned too. */
export function BulletinButton({ region, year, rel = null }: BulletinRequest) {
  const query = toSearchString({ region, year, rel });
  return (
    <a
      className="btn"
      href={`/api/export/bulletin${query ? `?${query}` : ""}`}
      download
      data-testid="bulletin-docx"
      title={`${year === null ? "最新年度" : `${year}年度`}年报质量通报，Word 文档`}
    >
      导出通报 (DOCX)
    </a>
  );
}
