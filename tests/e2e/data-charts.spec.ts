import { test, expect, ready, value, canvasHash, holdWasm } from "./helpers";
import type { Page } from "@playwright/test";

/** How many distinct colours a canvas holds: a blank canvas has one. */
async function colours(page: Page, testid: string): Promise<number> {
  return page.getByTestId(testid).evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 16) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
}

test("all four data charts draw", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  for (const id of ["jgb-yields-canvas", "ust-candles-canvas", "may-2025-canvas", "yield-curve-canvas"]) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect.poll(() => colours(page, id), { message: id }).toBeGreaterThan(20);
  }
});

test("the May 2025 cursor reads 3.336 for the 40-year on 22 May, as the data table does", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await expect(page.getByTestId("may-2025-readout")).toContainText("2025-05-22");
  expect(await value(page, "may-2025-value-jgb40")).toBe(3.336);
  expect(await value(page, "may-2025-value-jgb10")).toBe(1.573);
  const table = page.getByTestId("may-2025-table");
  await page.locator('[data-widget="may-2025"] .data-table summary').click();
  await expect(table.locator("tr", { hasText: "2025-05-22" })).toContainText("3.336");
  // Keyboard: Home goes to the first trading day, End to the last.
  await page.getByTestId("may-2025-cursor").focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("may-2025-readout")).toContainText("2025-05-01");
  await page.keyboard.press("End");
  await expect(page.getByTestId("may-2025-readout")).toContainText("2025-05-30");
});

test("the JGB chart's presets and maturities change the view and the link", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const canvas = page.getByTestId("jgb-yields-canvas");
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => colours(page, "jgb-yields-canvas")).toBeGreaterThan(20);
  const before = await canvasHash(page, "jgb-yields-canvas");
  await page.getByTestId("jgb-range-may2025").click();
  await expect(page).toHaveURL(/jgbrange=may2025/);
  await expect.poll(() => canvasHash(page, "jgb-yields-canvas")).not.toEqual(before);
  await expect(page.getByTestId("jgb-yields-readout")).toContainText("2025-05-22");
  expect(await value(page, "jgb-yields-value-jgb40")).toBe(3.336);
  await page.getByTestId("jgb-tenor-30").check();
  await expect(page).toHaveURL(/jgbtenors=10,30,40/);
  expect(await value(page, "jgb-yields-value-jgb30")).toBe(2.999);
  // The 40-year did not exist in early 2007: missing, not zero.
  await page.getByTestId("jgb-range-2007").click();
  await page.getByTestId("jgb-yields-cursor").focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("jgb-yields-readout")).toContainText("2007-01");
  // A month reads its close with the month's lowest and highest close, as its table cell does.
  await expect(page.getByTestId("jgb-yields-value-jgb10")).toContainText(/10Y [\d.]+% \([\d.]+%–[\d.]+%\)/);
  await expect(page.getByTestId("jgb-yields-value-jgb40")).toHaveAttribute("data-value", "");
  await expect(page.getByTestId("jgb-yields-value-jgb40")).toContainText("not published");
  // Pointing at the chart moves the cursor.
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width - 30, y: box.height / 2 } });
  await expect(page.getByTestId("jgb-yields-readout")).toContainText(/202[56]-/);
});

test("numbers in the text come from the data", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const since = page.getByTestId("since-sentence");
  await expect(since.first()).toContainText("1.573% on 2025-05-22 was its highest since 2025-03-27");
  await expect(since.first()).toContainText("1.588% on 2025-03-27, was the highest since 2008-");
  await expect(since.nth(1)).toContainText("3.336% on 2025-05-22 was the highest since its series began in 2007-11");
  await expect(page.getByTestId("candle-sentence")).toContainText("3.63% to 4.98%");
  await expect(page.getByTestId("curve-sentence")).toContainText("40-year 103.5 bp");
  await page.getByTestId("lang-zh-Hant").click();
  await expect(since.first()).toContainText("2025-03-27 以來最高");
});

test("a data table opened before the wasm started fills in once it has", async ({ watched: page }) => {
  const release = await holdWasm(page);
  await page.goto("en/");
  const summary = page.locator('[data-widget="may-2025"] .data-table summary');
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  // Until then it says the table needs the script.
  await expect(page.locator('[data-widget="may-2025"] .data-table .hint')).toBeVisible();
  release();
  await expect(async () => {
    await summary.scrollIntoViewIfNeeded();
    await expect(page.getByTestId("may-2025-table")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(page.getByTestId("may-2025-table").locator("tr", { hasText: "2025-05-22" })).toContainText("3.336");
});
