import { defineConfig } from "@playwright/test";

// End-to-end tests against the release build in dist/, served on loopback under a sub-path
// (/selloff-lab/) as a static host would. Debian's Chromium; Playwright downloads no browser.
const PORT = 8124;
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/selloff-lab/`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/selloff-lab/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
