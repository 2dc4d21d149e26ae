import { expect, Page, test as base } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** A page that records console errors, page errors and any request leaving the origin. */
export const test = base.extend<{ watched: Page; problems: string[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  watched: async ({ page, problems }, use) => {
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (!["127.0.0.1:8124"].includes(url.host) && !["data:", "blob:"].includes(url.protocol)) {
        problems.push(`request outside the origin: ${r.url()}`);
      }
    });
    await use(page);
    expect(problems, "no console errors, page errors or outside requests").toEqual([]);
  },
});
export { expect };

/** Waits until the page is live: the wasm started and the first island answers. Islands further
 * down hydrate as they come near, which Playwright's own waiting (for enabled controls) and
 * `value()` cover. */
export async function ready(page: Page) {
  await expect(page.locator("main#lesson")).toBeVisible();
  await nearFirstWidget(page);
  await expect(page.locator("html")).toHaveClass(/wasm-started/);
  await expect(page.locator("[data-island][data-live]").first()).toBeAttached();
  // Pages laid out by boot.js: wait until every section's real height is known, so positions
  // read now stay put.
  await page.waitForFunction(() => document.getElementById("app")?.dataset.mode !== "pages" || document.documentElement.classList.contains("sections-measured"), null, { polling: 100, timeout: 30_000 });
  await hydrateAll(page);
}

/** The wasm is fetched when a reader nears an interactive part (or at once for a link with lesson
 * state or a place to land): where it is not on its way yet, scroll there as a reader would, and
 * come back to the top once it has started. */
export async function nearFirstWidget(page: Page) {
  const wanted = await page.evaluate(() => document.documentElement.matches(".wasm-wanted, .wasm-started, .no-wasm"));
  if (!wanted) {
    await page.evaluate(() => {
      document.querySelector('[data-island]:not([data-island="header"]):not([data-island="notice"])')?.scrollIntoView();
    });
  }
  await page.waitForFunction(() => document.documentElement.matches(".wasm-started, .no-wasm"), null, { polling: 100, timeout: 30_000 });
  if (!wanted) await page.evaluate(() => window.scrollTo(0, 0));
}

/** Holds the wasm back until the returned function is called: the page as a reader meets it
 * before its interactive parts arrive. */
export async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Brings an element into view as a reader would, and waits until its island has caught up. */
export async function show(page: Page, testid: string) {
  const el = page.getByTestId(testid).first();
  await el.scrollIntoViewIfNeeded();
  const island = page.locator(`[data-island]:has([data-testid="${testid}"])`);
  if (await island.count()) {
    await expect(island.first()).toHaveAttribute("data-live", "");
    await expect(page.locator(`[data-island][data-behind]:has([data-testid="${testid}"])`)).toHaveCount(0);
  }
  return el;
}

/** Hydrates every island by scrolling through the page, then returns to the top. Each island is
 * brought into view and waited for where it stands: a section hydrates when the page's observer
 * sees it near, and a sweep that only paused a frame at each island could pass a section between
 * two observer reports (headless Chromium now and then holds back frames), leaving it unhydrated
 * once the page is back at the top. */
export async function hydrateAll(page: Page) {
  const stuck = await page.evaluate(async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const stuck: string[] = [];
    for (const el of document.querySelectorAll("[data-island]")) {
      const started = performance.now();
      while (!el.hasAttribute("data-live")) {
        // Brought back into view on every try: an island above may have grown and moved it.
        el.scrollIntoView();
        if (performance.now() - started > 15_000) {
          stuck.push(el.getAttribute("data-island") ?? "?");
          break;
        }
        await sleep(50);
      }
    }
    window.scrollTo(0, 0);
    return stuck;
  });
  expect(stuck, "islands that never went live while in view").toEqual([]);
  await expect(page.locator("[data-island]:not([data-live])")).toHaveCount(0);
}

/** The unrounded value a readout carries, read as a reader would: scrolled into view, where an
 * island that was off screen catches up with the lesson's state. */
export async function value(page: Page, testid: string): Promise<number> {
  const el = await show(page, testid);
  const v = await el.getAttribute("data-value");
  return Number(v);
}

/** Serious or critical axe violations, as readable lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

/** A fingerprint of a canvas's pixels. */
export async function canvasHash(page: Page, testid: string): Promise<string> {
  return page.getByTestId(testid).evaluate((c: HTMLCanvasElement) => {
    const d = c.toDataURL();
    let h = 0;
    for (let i = 0; i < d.length; i++) h = (h * 31 + d.charCodeAt(i)) | 0;
    return `${c.width}x${c.height}:${h}:${d.length}`;
  });
}

/** `?embed=<id>` shows that widget alone, nothing is cut off at 390 px, and axe finds no serious
 * or critical problem, in both languages. */
export async function checkEmbedAlone(page: Page, id: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ["en", "zh-Hant"]) {
    await page.goto(`?embed=${id}&lang=${lang}`);
    await expect(page.locator("[data-widget]")).toHaveCount(1);
    await expect(page.locator(`[data-widget="${id}"]`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
  }
}
