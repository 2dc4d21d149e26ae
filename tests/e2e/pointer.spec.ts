import { test, expect, ready } from "./helpers";

// Every chart a reader can point at maps the pointer through the chart's own transform: the
// right edge of the plot area picks the last point and the left edge the first, whatever the
// chart's margins, axis padding or event markers.
test("pointing at each chart's ends picks its first and last points", async ({ watched: page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto("./en/");
  await ready(page);
  const boxes = page.locator(".chart-box.pointable");
  const count = await boxes.count();
  expect(count, "pointable charts on the page").toBeGreaterThanOrEqual(5);
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
  // The BOJ share history widens its axis for event markers: the case that once picked the
  // point before the last.
  expect(checked).toEqual(expect.arrayContaining(["boj-share-history-canvas", "ust-candles-canvas"]));
});
