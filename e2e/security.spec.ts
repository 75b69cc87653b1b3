import { expect, test, type Page } from "@playwright/test";
import { agencyId, parseCsv, watchErrors } from "./helpers";

/** Fails the test when anything the hostile report carries runs: a dialog, or the marker it sets. */
async function assertNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

test("a report whose name and text hold markup is shown as text everywhere", async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const cspViolations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const id = await agencyId(page, "测试局");

  await page.goto(`/agencies/${id}`);
  await expect(page.getByTestId("agency-name")).toContainText("<script>window.__pwned=1</script>");
  await assertNothingRan(page);

  await page.getByTestId("agency-year-report-link").first().click();
  await expect(page.getByTestId("report-text")).toContainText('<img src=x onerror="window.__pwned=2">');
  await assertNothingRan(page);

  await page.goto(`/compare?agencies=${id}`);
  const chart = page.getByTestId("chart-compare-chart");
  await expect(chart).toHaveAttribute("data-chart-ready", "true"); // drawn: the hovers below reach its tooltips
  const box = await chart.boundingBox();
  for (let x = 0.1; x < 0.95; x += 0.1) await page.mouse.move(box!.x + box!.width * x, box!.y + box!.height / 2);
  await assertNothingRan(page);

  await page.goto(`/?region=330304&rank=agency`);
  await assertNothingRan(page);
  cspViolations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []));
  expect(cspViolations).toEqual([]);
});

test("CSV exports neutralise spreadsheet formulas", async ({ page }) => {
  const id = await agencyId(page, "测试局");
  const res = await page.request.get(`/api/export/compare?agencies=${id}&metric=apps.new.total`);
  expect(res.status()).toBe(200);
  const cells = parseCsv(await res.text()).flat();
  const nameCells = cells.filter((c) => c.includes("测试局"));
  expect(nameCells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell, `cell ${cell} starts a formula`).not.toMatch(/^[=+\-@\t\r]/);
});

test("security headers on pages and API", async ({ page }) => {
  for (const path of ["/", "/compare", "/quality", "/api/health"]) {
    const res = await page.request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBeTruthy();
  }
  // and on what proxy.ts does not see: static chunks, a missing static file, the favicon path
  const html = await (await page.request.get("/")).text();
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  expect(chunk, "a script chunk in the page").toBeTruthy();
  for (const path of [chunk!, "/_next/static/chunks/missing.js", "/favicon.ico"]) {
    const h = (await page.request.get(path)).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["referrer-policy"], path).toBeTruthy();
  }
});

test("the app runs under its CSP without a single violation", async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  for (const path of ["/", "/compare", "/quality"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test("hostile query strings never produce a 500", async ({ page }) => {
  const nasty = [
    `/?region=${"9".repeat(5000)}`,
    "/?from=2019&from=2020&from=%00",
    `/?agencies=${Array.from({ length: 400 }, (_, i) => `a${i}`).join("~")}`,
    "/compare?metric=apps.new.total'%20OR%201=1--&agencies=%27%29%3B%20DROP%20TABLE%20reports%3B--",
    "/quality?page=-5&rule=%3Cscript%3E&region=1'",
    "/api/agencies?q=%25%27%20OR%201%3D1--",
    `/api/agencies?q=${"长".repeat(500)}`,
    "/api/export/nope",
    `/api/export/compare?agencies=${"~".repeat(3000)}`,
  ];
  for (const path of nasty) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBeLessThan(500);
    if (path.startsWith("/api/") && res.status() >= 400) expect((await res.json()).error, path).toBeTruthy();
  }
  // the table still exists and is whole after the injection attempts
  const id = await agencyId(page, "瓯海");
  expect(id).toBeTruthy();
});
