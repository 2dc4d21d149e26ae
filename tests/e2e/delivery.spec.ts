// Issue "Readable before the wasm arrives": the pre-rendered pages, without JavaScript, without
// the wasm, and after hydration; and the language pages and their links.
import { Page } from "@playwright/test";
import { test, expect, ready, value, hydrateAll, show, nearFirstWidget, holdWasm } from "./helpers";

const LANGS = ["en", "zh-Hant"] as const;
const WIDGETS = ["yield-lab", "jgb-yields", "ust-candles", "may-2025", "yield-curve", "auction", "holdings", "taper", "fiscal-loop", "scenarios", "risk-table"];

/** Watches a page for uncaught errors, ignoring the browser's own line for a blocked request. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The readable text of each lesson section, every section shown. */
async function sectionTexts(page: Page): Promise<string[]> {
  return page.locator("section.lesson-section").evaluateAll((els) =>
    els.map((e) => {
      (e as HTMLElement).style.contentVisibility = "visible";
      return (e as HTMLElement).innerText;
    }),
  );
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the ${lang} page holds the whole lesson text, its headings and the article's case`, async ({ page }) => {
      await page.goto(`${lang}/`);
      const text = await page.locator("main").evaluate((m) => (m as HTMLElement).innerText);
      if (lang === "en") expect(text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length).toBeGreaterThan(1200);
      else expect([...text].filter((c) => /[\u4e00-\u9fff]/.test(c)).length).toBeGreaterThan(1200);
      for (let n = 1; n <= 11; n++) await expect(page.locator(`#s${n} h2`)).toContainText(`${n}.`);
      await expect(page.getByTestId("price-change-pct")).toContainText("−18.92%");
      // One sentence says what needs scripts; the other language is a plain link away.
      await expect(page.locator(".nojs-note")).toBeVisible();
      const other = lang === "en" ? "zh-Hant" : "en";
      await page.locator(`.nojs-note a[hreflang="${other}"]`).click();
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expect(page.locator(".loading-hint").first()).toBeHidden();
    });
  }
});

test.describe("with the wasm blocked", () => {
  test("the teacher's worksheet still prints alone", async ({ page }) => {
    const errors = errorsOf(page);
    await page.route("**/*.wasm", (r) => r.abort());
    await page.addInitScript(() => { (window as any).print = () => { (window as any).printed = document.documentElement.className; }; });
    await page.goto("en/");
    // The module is fetched when a reader nears a widget: scroll there first.
    await nearFirstWidget(page);
    await expect(page.locator("#no-wasm")).toBeVisible();
    const button = page.locator('[data-print-part="worksheet"]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    expect(await page.evaluate(() => (window as any).printed)).toContain("print-part");
    await expect(page.locator("#worksheet")).toHaveClass(/print-target/);
    expect(errors).toEqual([]);
  });

  for (const lang of LANGS) {
    test(`the ${lang} page keeps its text, says why, and throws nothing`, async ({ page }) => {
      const errors = errorsOf(page);
      await page.route("**/*.wasm", (r) => r.abort());
      await page.goto(`${lang}/`);
      // The module is fetched when a reader nears a widget: scroll there first.
      await nearFirstWidget(page);
      await expect(page.locator("#no-wasm")).toBeVisible();
      await expect(page.locator("#no-wasm-offline")).toBeVisible();
      await expect(page.locator(".loading-hint").first()).toBeHidden();
      for (let n = 1; n <= 11; n++) await expect(page.locator(`#s${n} h2`)).toBeVisible();
      await expect(page.getByTestId("price-change-pct")).toContainText("−18.92%");
      expect(errors).toEqual([]);
    });

    test(`pre-rendered and hydrated text agree (${lang})`, async ({ page, browser }) => {
      await page.route("**/*.wasm", (r) => r.abort());
      await page.goto(`${lang}/`);
      // The module is fetched when a reader nears a widget: scroll there first.
      await nearFirstWidget(page);
      await expect(page.locator("#no-wasm")).toBeVisible();
      const before = await sectionTexts(page);
      const live = await browser.newPage();
      const errors = errorsOf(live);
      await live.goto(`${lang}/`);
      await ready(live);
      await hydrateAll(live);
      expect(await sectionTexts(live)).toEqual(before);
      expect(errors).toEqual([]);
      await live.close();
    });
  }

  for (const lang of LANGS) {
    test(`every old ?embed= link paints its widget alone in its language first (${lang})`, async ({ page }) => {
      await page.route("**/*.wasm", (r) => r.abort());
      for (const id of WIDGETS) {
        await page.goto(`?embed=${id}&lang=${lang}`);
        await expect(page).toHaveURL(new RegExp(`/${lang}/embed/${id}/\\?embed=${id}&lang=${lang}$`));
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("[data-widget]")).toHaveCount(1);
        await expect(page.locator(`[data-widget="${id}"]`)).toBeVisible();
      }
    });
  }
});

test("after hydration the sliders drive the readouts and a link's state is applied", async ({ watched: page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => { if (/hydrat/i.test(m.text())) warnings.push(m.text()); });
  await page.goto("en/?shock=250&tenor=10");
  await ready(page);
  await expect(await show(page, "shock-input")).toHaveValue("250");
  await expect(page.getByTestId("lab-tenor")).toHaveValue("10");
  const at250 = await value(page, "price-change-pct");
  await page.getByTestId("shock-slider").focus();
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("shock-input")).toHaveValue("225");
  expect(await value(page, "price-change-pct")).toBeGreaterThan(at250);
  expect(warnings).toEqual([]);
});

test("?lang=en at the root lands on en/ with its query and fragment", async ({ page }) => {
  await page.goto("?lang=en&shock=42#s5");
  await expect(page).toHaveURL(/\/selloff-lab\/en\/\?lang=en&shock=42#s5$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-TW" });
  test("stays on the root, the Traditional Chinese page", async ({ page }) => {
    await page.goto("");
    await expect(page).toHaveURL(/\/selloff-lab\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  });
});

test("switching language keeps the state and the section", async ({ watched: page }) => {
  await page.goto("en/?shock=42#s4");
  await ready(page);
  await page.getByTestId("lang-zh-Hant").first().click();
  await expect(page).toHaveURL(/\/zh-Hant\/\?v=1&lang=zh-Hant&shock=42#s4$/);
  await ready(page);
  await expect(await show(page, "shock-input")).toHaveValue("42");
});

test("controls are inactive until hydrated, with a hint in the page's language", async ({ page }) => {
  // Hold the wasm back: the page is readable, its controls visibly not yet live.
  const release = await holdWasm(page);
  await page.goto("zh-Hant/");
  await page.getByTestId("shock-slider").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("shock-slider")).toBeDisabled();
  await expect(page.locator('[data-widget="yield-lab"] .loading-hint')).toContainText("正在載入互動功能");
  release();
  // Sections below render at their real height as they come near, which can move the lab off
  // screen: the reader scrolls back to it, and it hydrates there.
  await expect(async () => {
    await page.getByTestId("shock-slider").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("shock-slider")).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await expect(page.locator('[data-widget="yield-lab"] .loading-hint')).toHaveCount(0);
});

test.describe("the wasm is fetched when a reader nears the widgets", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const lang of LANGS) {
    test(`at the top of the ${lang} page only the page loads; scrolling starts the rest`, async ({ watched: page }) => {
      const wasm: string[] = [];
      page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
      await page.goto(`${lang}/?utm_source=newsletter`);
      await page.waitForTimeout(1500);
      expect(wasm, "no wasm before the reader moves (a campaign tag is not lesson state)").toEqual([]);
      // The first prediction, further down, is inactive and says it is loading.
      const island = page.locator('[data-island^="prediction-"]').first();
      await expect(island.locator("input[type=radio]").first()).toBeDisabled();
      await expect(island.locator(".loading-hint")).toBeVisible();
      await page.mouse.wheel(0, 300);
      await expect(page.locator("html")).toHaveClass(/wasm-started/);
      expect(wasm).toHaveLength(1);
      expect(wasm[0]).toContain(`selloff-lab-${lang === "en" ? "en" : "zh"}-`);
      await island.scrollIntoViewIfNeeded();
      await expect(island).toHaveAttribute("data-live", "");
      await expect(island.locator("input[type=radio]").first()).toBeEnabled();
      await expect(island.locator(".loading-hint")).toBeHidden();
    });
  }

  test("a keyboard reader starts them with the first key", async ({ watched: page }) => {
    await page.goto("en/");
    await page.waitForTimeout(500);
    await expect(page.locator("html")).not.toHaveClass(/wasm-wanted/);
    await page.keyboard.press("Tab");
    await expect(page.locator("html")).toHaveClass(/wasm-started/);
  });

  test("a link with lesson state or a place to land starts the interactive parts at once", async ({ watched: page }) => {
    await page.goto("en/?shock=50");
    await expect(page.locator("html")).toHaveClass(/wasm-started/);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.goto("en/#s3");
    await expect(page.locator("html")).toHaveClass(/wasm-started/);
  });

  test("a handout printed before the wasm loads has its footer and its sources open", async ({ watched: page }) => {
    await page.goto("en/");
    await page.waitForTimeout(500);
    await expect(page.locator("html")).not.toHaveClass(/wasm-started/);
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await expect(page.locator(".print-url").first()).toContainText("/en/");
    await expect(page.locator(".print-date").first()).toHaveText(/^20\d\d-\d\d-\d\d$/);
    await expect(page.locator("details.source-note:not([open])")).toHaveCount(0);
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator("details.source-note[open]")).toHaveCount(0);
  });
});
