/** 导出通报 (DOCX): the yearly bulletin of the page's region and year (GET /api/export/bulletin). */
import { toSearchString } from "@/lib/url-state";

export function BulletinButton({ region, year }: { region: string; year: number | null }) {
  const query = toSearchString({ region, year });
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
