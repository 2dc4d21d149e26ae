import { test, expect, ready, value, canvasHash, holdWasm } from "./helpers";

test("the article's 40-year case reads out exactly", async ({ watched: page }) => {
  await page.goto("?lang=en&tenor=40&coupon=3.336&yield=3.336&shock=100");
  await ready(page);
  expect(await value(page, "price-before")).toBeCloseTo(100, 9);
  expect(await value(page, "price-after")).toBeCloseTo(81.0838, 3);
  expect(await value(page, "price-change-pct")).toBeCloseTo(-18.916, 2);
  expect(await value(page, "duration-estimate-pct")).toBeCloseTo(-22.0, 1);
  expect(await value(page, "convexity-estimate-pct")).toBeCloseTo(-18.54, 1);
  expect(await value(page, "mod-duration")).toBeCloseTo(22.0, 1);
  expect(await value(page, "convexity")).toBeGreaterThan(600);
  await expect(page.getByTestId("lab-compare")).toContainText("−18.9%");
  await expect(page.getByTestId("lab-compare")).toContainText("−8.8%");
  await expect(page.getByTestId("lab-compare")).toContainText("−22.0%");
  await expect(page.getByTestId("lab-compare")).toContainText("−9.2%");
  await expect(page.getByTestId("lab-preset")).toHaveValue("jgb40");
});

test("moving the slider by keyboard changes the readouts, the prose and the canvas", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const canvas = page.getByTestId("lab-canvas");
  // Charts draw while on screen (and catch up when scrolled back into view).
  await canvas.scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-box:has([data-testid="lab-canvas"])')).toHaveClass(/drawn/);
  await expect.poll(() => canvasHash(page, "lab-canvas")).not.toMatch(/^(0x0|300x150):/);
  const before = await canvasHash(page, "lab-canvas");
  const overlayBefore = await canvasHash(page, "lab-canvas-overlay");
  const pct = await value(page, "price-change-pct");
  const slider = page.getByTestId("shock-slider");
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("shock-input")).toHaveValue("130");
  expect(await value(page, "price-change-pct")).toBeLessThan(pct);
  await expect(page.getByTestId("lab-sentence")).toContainText("+130 bp");
  await canvas.scrollIntoViewIfNeeded();
  // Only the overlay (the shocked point, the gap) is redrawn; the axes and curves stay.
  await expect.poll(() => canvasHash(page, "lab-canvas-overlay")).not.toEqual(overlayBefore);
  expect(await canvasHash(page, "lab-canvas")).toEqual(before);
  await expect(canvas).toHaveAttribute("role", "img");
  await expect(page.getByTestId("lab-chart-alt")).toContainText("+130 bp");
  await expect(page).toHaveURL(/shock=130/);
  // The worked example, closed while the slider moved, opens on the figures as they stand.
  const worked = page.getByTestId("worked-example");
  await worked.locator("summary").click();
  await expect(worked).toContainText("× +1.30 percentage points");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(worked).toContainText("× +1.31 percentage points");
});

test("the canvas is sized for the screen's pixel ratio", async ({ browser }) => {
  const page = await browser.newPage({ deviceScaleFactor: 2, viewport: { width: 800, height: 900 } });
  await page.goto("?lang=en");
  await ready(page);
  await page.getByTestId("lab-canvas").scrollIntoViewIfNeeded();
  await expect.poll(() => page.getByTestId("lab-canvas").evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width)).toBeCloseTo(2, 1);
  await page.close();
});

test("presets, custom bonds, the ladder view and extreme values never break the page", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await page.getByTestId("lab-preset").selectOption("ust20");
  expect(await value(page, "price-before")).toBeCloseTo(100, 9);
  await expect(page).toHaveURL(/tenor=20&coupon=5\.08&yield=5\.08/);
  // A negative yield and a zero coupon.
  await page.getByTestId("lab-yield").fill("-1");
  await page.getByTestId("lab-yield").press("Enter");
  await page.getByTestId("lab-coupon").fill("0");
  await page.getByTestId("lab-coupon").press("Enter");
  await expect(page.getByTestId("lab-preset")).toHaveValue("custom");
  expect(await value(page, "price-before")).toBeGreaterThan(100);
  // Out of range and not a number: clamped or refused, with a message.
  await page.getByTestId("lab-tenor").fill("999");
  await page.getByTestId("lab-tenor").press("Enter");
  await expect(page.getByTestId("lab-tenor")).toHaveValue("50");
  await expect(page.getByRole("alert").first()).toContainText("0.5");
  await page.getByTestId("shock-input").fill("-200");
  await page.getByTestId("shock-input").press("Enter");
  expect(await value(page, "price-change-pct")).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Same change, every maturity" }).click();
  await expect(page.getByTestId("lab-chart-alt")).toContainText("40Y");
  await expect(page).toHaveURL(/labview=ladder/);
});

test("a drag is announced once, where it settles, and the address follows it then", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const slider = page.getByTestId("shock-slider");
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  // Every text the lab's live region takes, and every address the page shows, from here on.
  await page.evaluate(() => {
    const region = document.querySelector('[data-island="widget-yield-lab"] [data-testid="announce"]')!;
    const w = window as unknown as { said: string[] };
    w.said = [];
    new MutationObserver(() => w.said.push(region.textContent ?? "")).observe(region, { childList: true, characterData: true, subtree: true });
  });
  // Ten steps of a drag, 30 ms apart.
  await page.evaluate(async () => {
    const el = document.querySelector<HTMLInputElement>('[data-testid="shock-slider"]')!;
    for (let v = 101; v <= 110; v++) {
      el.value = String(v);
      el.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter((t) => t));
  await expect.poll(said).toHaveLength(1);
  expect((await said())[0]).toContain("+110 bp");
  await expect(page).toHaveURL(/shock=110/);
  // Quiet since: nothing more is said.
  await page.waitForTimeout(800);
  expect(await said()).toHaveLength(1);
});

test("a worked example opened before the wasm started follows the lab once it has", async ({ watched: page }) => {
  const release = await holdWasm(page);
  await page.goto("en/?shock=150");
  const worked = page.getByTestId("worked-example");
  await worked.scrollIntoViewIfNeeded();
  await worked.locator("summary").click();
  await expect(worked).toHaveAttribute("open", "");
  release();
  await expect(async () => {
    await page.getByTestId("shock-slider").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("shock-slider")).toBeEnabled({ timeout: 1000 });
  }).toPass();
  // The link's shock reaches it, and so does the next move.
  await expect(worked).toContainText("× +1.50 percentage points");
  await page.getByTestId("shock-slider").focus();
  await page.keyboard.press("ArrowRight");
  await expect(worked).toContainText("× +1.51 percentage points");
});

test("a closed worked example follows the lab, so a print shows it as it stands", async ({ watched: page }) => {
  await page.goto("en/?shock=150");
  await ready(page);
  const slider = page.getByTestId("shock-slider");
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeEnabled();
  const worked = page.getByTestId("worked-example");
  await expect(worked).not.toHaveAttribute("open", "");
  // Print media alone (no beforeprint, as some capture tools do): the example shows open, with
  // the link's shock rather than the page's own.
  await page.emulateMedia({ media: "print" });
  await expect(worked.locator("ol")).toBeVisible();
  await expect(worked).toContainText("× +1.50 percentage points");
  await page.emulateMedia({ media: "screen" });
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(worked).toContainText("× +1.49 percentage points");
});
