// Issue "Opens anywhere": the one-file lesson from disk with the network off, a strict Content
// Security Policy on every page, and a readable page wherever WebAssembly cannot start.
import { readFileSync, readdirSync, statSync, mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Page } from "@playwright/test";
import { test, expect, ready, nearFirstWidget } from "./helpers";

test("the one-file lesson works from file:// with the network off, and asks for nothing", async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), "selloff-lab-"));
  const file = join(dir, "selloff-lab.html");
  copyFileSync("dist/selloff-lab.html", file);
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("request", (r) => { if (!r.url().startsWith(`file://${file}`)) problems.push(`request: ${r.url()}`); });
  await page.goto(`file://${file}?shock=100&lang=en`);
  await expect(page.locator("html")).toHaveClass(/wasm-started/);
  await expect(page.getByTestId("price-change-pct")).toContainText("−18.92%");
  await expect(page.getByTestId("btc")).toContainText("2.50");
  // The file can share its link, but has no address another page could embed.
  await page.locator("details.share summary").first().click();
  await expect(page.locator("#share-link")).toBeVisible();
  await expect(page.locator("#share-embed")).toHaveCount(0);
  await page.getByTestId("lang-zh-Hant").first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.locator("h1")).toContainText("債市拋售實驗室");
  await page.goto(`file://${file}?shock=250&lang=en`);
  await expect(page.getByTestId("shock-input")).toHaveValue("250");
  await expect(page.locator("h1")).toContainText("Selloff Lab");
  // The printed handout's footer says where it came from and when, here too.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(page.locator(".print-url").first()).toContainText("shock=250");
  await expect(page.locator(".print-date").first()).toHaveText(/^20\d\d-\d\d-\d\d$/);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  expect(problems).toEqual([]);
  await context.close();
});

/** Every HTML file the build wrote, relative to dist/. */
function builtPages(dir = "dist", base = ""): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return builtPages(p, `${base}${f}/`);
    return f.endsWith(".html") ? [`${base}${f}`] : [];
  });
}

test("no built page allows inline code or eval, and every page carries its policy", () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const p of pages) {
    const html = readFileSync(join("dist", p), "utf8");
    // ('wasm-unsafe-eval' allows compiling WebAssembly only, not eval.)
    expect(html, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(html, p).toMatch(/http-equiv="Content-Security-Policy" content="default-src [^"]*object-src 'none'; base-uri 'none'; form-action 'none'"/);
    expect(html, p).not.toMatch(/<[a-z][^>]*\sstyle="/);
  }
});

/** Records CSP violations from before any script runs. */
async function violations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as any).__violations);
}

test("pages and embeds load and work under their policy with no violation", async ({ watched: page }) => {
  const recorded = await violations(page);
  for (const path of ["", "en/", "zh-Hant/", "en/embed/yield-lab/", "zh-Hant/embed/auction/", "en/embed/risk-table/"]) {
    await page.goto(path);
    await ready(page);
  }
  await page.goto("en/");
  await ready(page);
  await page.getByTestId("shock-slider").focus();
  await page.keyboard.press("PageUp");
  await page.getByTestId("auction-demand").fill("3");
  await page.getByText("Share / Embed").click();
  expect(await recorded()).toEqual([]);
});

test.describe("where WebAssembly cannot start", () => {
  test("with WebAssembly removed, the page reads on and says why (no offline link)", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => { delete (window as any).WebAssembly; });
    await page.goto("en/");
    await expect(page.locator("#no-wasm")).toBeVisible();
    await expect(page.locator("#no-wasm-offline")).toBeHidden();
    await expect(page.locator("#s1 h2")).toBeVisible();
    await expect(page.getByTestId("price-change-pct")).toContainText("−18.92%");
    expect(errors).toEqual([]);
  });

  test("with the module aborted, the page reads on and offers the offline file", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*.wasm", (r) => r.abort());
    await page.goto("zh-Hant/");
    // The module is fetched when a reader nears an interactive part.
    await nearFirstWidget(page);
    await expect(page.locator("#no-wasm")).toBeVisible();
    await expect(page.locator("#no-wasm-offline")).toBeVisible();
    await expect(page.locator("#no-wasm-offline")).toHaveAttribute("href", "../selloff-lab.html");
    expect(errors).toEqual([]);
  });
});
