import type { Page } from "@playwright/test";
import { test, expect, ready } from "./helpers";

// Every chart a reader can point at maps the pointer through the chart's own transform: the
// right edge of the plot area picks the last point and the left edge the first, whatever the
// chart's margins, axis padding or event markers.
async function pointAtEnds(page: Page, only?: string): Promise<string[]> {
  const boxes = only
    ? page.locator(`.chart-box.pointable:has([data-testid="${only}"])`)
    : page.locator(".chart-box.pointable:not(:has([data-testid='ust-candles-canvas']))");
  const count = await boxes.count();
  expect(count, "pointable charts on the page").toBeGreaterThanOrEqual(1);
  const checked: string[] = [];
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute("data-plot-x1", /\d/);
    const name = (await box.locator("canvas.layer-base").getAttribute("data-testid")) ?? `chart ${i}`;
    const x0 = Number(await box.getAttribute("data-plot-x0"));
    const x1 = Number(await box.getAttribute("data-plot-x1"));
    const cursor = box.locator("xpath=..").locator('input[type="range"][data-testid$="-cursor"]').first();
    await expect(cursor, `${name} has a cursor`).toBeAttached();
    const last = await cursor.getAttribute("max");
    const rect = (await box.boundingBox())!;
    const y = rect.y + rect.height / 2;
    await page.mouse.move(rect.x + x1 - 0.5, y);
    await expect(cursor, `${name}: the right edge picks the last point`).toHaveValue(last!);
    await page.mouse.move(rect.x + x0 + 0.5, y);
    await expect(cursor, `${name}: the left edge picks the first point`).toHaveValue("0");
    checked.push(name);
  }
  return checked;
}

test("pointing at each chart's ends picks its first and last points", async ({ watched: page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto("./en/");
  await ready(page);
  const checked = await pointAtEnds(page);
  expect(checked.length, "pointable charts on the page").toBeGreaterThanOrEqual(6);
  // The BOJ share history widens its axis for event markers: the case that once picked the
  // point before the last.
  expect(checked).toContain("boj-share-history-canvas");
});

// The weekly candles show only the weeks that fit (a narrow chart ends a few weeks after May
// 2025): the ends of the plot pick the first and last weeks drawn, never one off the chart.
test("pointing at the candles' ends picks the first and last weeks drawn", async ({ watched: page }) => {
  for (const width of [390, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./en/embed/ust-candles/");
    await ready(page);
    const box = page.locator(".chart-box.pointable").first();
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute("data-plot-v1", /\d/);
    const attr = async (n: string) => Number(await box.getAttribute(n));
    const [x0, x1, v0, v1] = [await attr("data-plot-x0"), await attr("data-plot-x1"), await attr("data-plot-v0"), await attr("data-plot-v1")];
    const cursor = page.getByTestId("ust-candles-cursor");
    const rect = (await box.boundingBox())!;
    const halfWeek = 3.5 / 365.2425;
    // A candle stands at its week's Wednesday, in years (the chart's axis).
    const weekX = async () => {
      const text = (await cursor.getAttribute("aria-valuetext")) ?? "";
      const [y, m, d] = text.match(/(\d{4})-(\d{2})-(\d{2})/)!.slice(1).map(Number);
      return 1970 + (Date.UTC(y, m - 1, d) / 86_400_000 + 2) / 365.2425;
    };
    await page.mouse.move(rect.x + x1 - 0.5, rect.y + rect.height / 2);
    await expect.poll(async () => Math.abs((await weekX()) + halfWeek - v1), `${width}px: last week drawn`).toBeLessThan(1e-6);
    await page.mouse.move(rect.x + x0 + 0.5, rect.y + rect.height / 2);
    await expect.poll(async () => Math.abs((await weekX()) - halfWeek - v0), `${width}px: first week drawn`).toBeLessThan(1e-6);
    // The keyboard's cursor reaches the same weeks and no others.
    await cursor.focus();
    await page.keyboard.press("End");
    await expect.poll(async () => Math.abs((await weekX()) + halfWeek - v1), `${width}px: slider's last week`).toBeLessThan(1e-6);
    await page.keyboard.press("Home");
    await expect.poll(async () => Math.abs((await weekX()) - halfWeek - v0), `${width}px: slider's first week`).toBeLessThan(1e-6);
  }
});
