/**
 * The 导出通报 (DOCX) button on Overview and /scorecard: it carries the page's region and year, and clicking it
 * downloads the bulletin of that region and year from the production server (unzipped and read here).
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { docxParagraphs, unzip } from "../test/helpers/unzip";
import { watchErrors } from "./helpers";

const SHOTS = "e2e/output/screenshots";

/** The province with the most agencies in the scorecard of the latest year, and that year. */
async function busiestProvince(page: Page): Promise<{ region: string; year: number; name: string }> {
  const body = (await (await page.request.get("/api/scorecard")).json()) as {
    year: number;
    regions: { code: string; name: string; agencies: number }[];
  };
  const top = body.regions.filter((r) => r.code).sort((a, b) => b.agencies - a.agencies)[0];
  return { region: top.code, year: body.year, name: top.name };
}

async function downloadBulletin(page: Page): Promise<{ name: string; paragraphs: string[]; images: number }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bulletin-docx").click()]);
  const files = unzip(new Uint8Array(readFileSync((await download.path())!)));
  const xml = files.get("word/document.xml")!.toString("utf8");
  return {
    name: download.suggestedFilename(),
    paragraphs: docxParagraphs(xml),
    images: [...files.keys()].filter((k) => k.startsWith("word/media/")).length,
  };
}

test("Overview's 导出通报 downloads the DOCX bulletin of the page's region and year", async ({ page }) => {
  const errors = watchErrors(page);
  const { region, year, name } = await busiestProvince(page);
  await page.goto(`/?region=${region}&to=${year - 1}`);
  const button = page.getByTestId("bulletin-docx");
  await expect(button).toHaveAttribute("href", `/api/export/bulletin?region=${region}&year=${year - 1}`);
  await expect(button).toHaveText("导出通报 (DOCX)");
  const doc = await downloadBulletin(page);
  expect(doc.name).toBe(`年报质量通报-${name}-${year - 1}.docx`);
  expect(doc.paragraphs[0]).toBe(`关于${year - 1}年度${name}政府信息公开工作年度报告情况的通报`);
  expect(doc.paragraphs).toContain("一、年报总体情况");
  expect(doc.images).toBe(4);
  const links = doc.paragraphs.filter((p) => p.startsWith("数据视图："));
  expect(links.length).toBeGreaterThan(4);
  for (const link of links) expect(link).toMatch(/^数据视图：http:\/\/127\.0\.0\.1:\d+\//);
  await page.screenshot({ path: `${SHOTS}/bulletin-overview-1280.png` });
  expect(errors).toEqual([]);
});

test("/scorecard's 导出通报 follows the scorecard's year, and fits a phone", async ({ page }) => {
  const { region, year, name } = await busiestProvince(page);
  await page.goto(`/scorecard?region=${region}&year=${year}`);
  const button = page.getByTestId("bulletin-docx");
  await expect(button).toHaveAttribute("href", `/api/export/bulletin?region=${region}&year=${year}`);
  const doc = await downloadBulletin(page);
  expect(doc.paragraphs[0]).toBe(`关于${year}年度${name}政府信息公开工作年度报告情况的通报`);
  expect(doc.paragraphs).toContain("四、年报质量评分情况");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/scorecard?region=${region}&year=${year}`);
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/bulletin-scorecard-390.png` });
  await page.goto(`/?region=${region}`);
  await page.getByTestId("bulletin-docx").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/bulletin-overview-390.png` });
});
