import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
/** Point the tests at an already running server (E2E_BASE_URL) instead of starting one. */
const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/output/results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      // Debian's Chromium; never a downloaded browser (the machine has no internet).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } }],
  webServer: external
    ? undefined
    : {
        // Builds a fresh libSQL file through the real ingest, then `next start` (production build).
        command: `bash e2e/serve.sh ${PORT}`,
        url: `http://127.0.0.1:${PORT}/api/health`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
      },
});
