/**
 * Pinned pages answered by the front server (server.mjs) from the release cache, in a real browser: the page arrives
 * gzipped (spliced from parts deflated once, with a fresh nonce), runs under its CSP without a violation, each answer
 * carries its own nonce (in the CSP header and on the page's scripts), and a repeat with the ETag is a 304.
 * Each load is a new browser context: an immutable answer would otherwise come from the browser's own cache.
 */
import { expect, test, type Browser } from "@playwright/test";
import { watchErrors } from "./helpers";

async function load(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  const res = await page.goto(path);
  await page.waitForLoadState("networkidle");
  const headers = res?.headers() ?? {};
  const nonceOnPage = await page.evaluate(() => document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce);
  const footer = await page.getByTestId("release-footer").getAttribute("data-release");
  await context.close();
  return { status: res?.status(), headers, nonceOnPage, errors, footer };
}

test("a pinned page from the front server's cache: gzip, its own nonce each time, no CSP violation", async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000); // six full page loads in fresh browser contexts (43 s in CI under load)
  const latest = (await (await request.get("/api/releases")).json()).latest as number;
  for (const path of [`/compare?chart=table&rel=${latest}`, `/?rel=${latest}`]) {
    const answers = [await load(browser, path), await load(browser, path), await load(browser, path)];
    const cached = answers.slice(1); // the first may have been the render that filled the cache
    for (const a of answers) {
      expect(a.status, path).toBe(200);
      expect(a.errors, path).toEqual([]);
      expect(a.footer, path).toBe(String(latest));
      expect(a.headers["cache-control"], path).toBe("public, max-age=31536000, immutable");
      const nonce = a.headers["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
      expect(a.nonceOnPage, path).toBe(nonce);
    }
    for (const a of cached) {
      expect(a.headers["x-nianbao-cache"], path).toMatch(/^hit; .*via=front$/);
      expect(a.headers["content-encoding"], path).toBe("gzip");
    }
    expect(new Set(answers.map((a) => a.nonceOnPage)).size, path).toBe(3);
    const etag = answers[2].headers.etag;
    const repeat = await request.get(path, { headers: { "if-none-match": etag } });
    expect(repeat.status(), path).toBe(304);
  }
});
