import { test, expect, ready, value, checkEmbedAlone } from "./helpers";

test("shares come from the data and the denominator switch changes them", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  expect(await value(page, "boj-share")).toBe(53.25);
  expect(await value(page, "fed-share")).toBeCloseTo(14.555, 2);
  await expect(page.locator('[data-widget="holdings"] .hundred.boj')).toHaveAttribute("data-filled", "53");
  await page.getByTestId("basis-incl").click();
  expect(await value(page, "boj-share")).toBe(47.4);
  await expect(page).toHaveURL(/basis=incl/);
  await page.getByTestId("basis-incl2025").click();
  expect(await value(page, "boj-share")).toBe(46);
  await expect(page.getByTestId("denominator-note")).toContainText("not reproduced");
});

test("the lab's shock moves both banks' losses; zero shock, zero loss", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const boj = await value(page, "boj-loss");
  const fed = await value(page, "fed-loss");
  expect(boj).toBeCloseTo(-576.18 * 7 * 0.01, 6);
  expect(fed).toBeCloseTo(-4.2137 * 6 * 0.01, 6);
  // Relative to the market it dominates, the BOJ's loss is far larger.
  expect(Math.abs(await value(page, "boj-loss-market-pct"))).toBeGreaterThan(3 * Math.abs(await value(page, "fed-loss-market-pct")));
  await page.getByTestId("shock-input").fill("0");
  await page.getByTestId("shock-input").press("Enter");
  await expect.poll(() => value(page, "boj-loss")).toBe(0);
  await page.getByTestId("shock-input").fill("-100");
  await page.getByTestId("shock-input").press("Enter");
  await expect.poll(() => value(page, "fed-loss")).toBeGreaterThan(0);
  await page.getByTestId("boj-duration").fill("10");
  await page.getByTestId("boj-duration").press("Enter");
  await expect.poll(() => value(page, "boj-loss")).toBeCloseTo(576.18 * 10 * 0.01, 6);
  await expect(page).toHaveURL(/bojdur=10/);
});

test("the taper slider changes the path and what others must absorb", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const planned = await value(page, "taper-sentence");
  expect(planned).toBeCloseTo(72.8, 1);
  await expect(page.getByTestId("taper-sentence")).toContainText("¥2.9 tn in March 2026");
  await page.getByTestId("taper-slider").fill("600");
  await expect.poll(() => value(page, "taper-sentence")).toBeGreaterThan(planned);
  await expect(page).toHaveURL(/cut=600/);
  await page.getByRole("button", { name: "Back to the actual plan" }).click();
  await expect.poll(() => value(page, "taper-sentence")).toBeCloseTo(planned, 6);
  // No cut before April 2026: purchases stay at their start until then, never "fall from 5.7 to 5.7".
  await page.getByTestId("taper-slider").fill("0");
  await expect(page.getByTestId("taper-sentence")).toContainText("stay at ¥5.7 tn until March 2026");
  await page.getByTestId("taper-slider-2026").fill("0");
  await expect(page.getByTestId("taper-sentence")).toContainText("With no cuts");
  expect(await value(page, "taper-sentence")).toBe(0);
});

test("link parameters restore the central-bank view", async ({ watched: page }) => {
  await page.goto("?lang=en&basis=incl&cut=200&cut2026=100&bojdur=9&feddur=4&shock=50");
  await ready(page);
  expect(await value(page, "boj-share")).toBe(47.4);
  expect(await value(page, "boj-loss")).toBeCloseTo(-576.18 * 9 * 0.005, 6);
  expect(await value(page, "fed-loss")).toBeCloseTo(-4.2137 * 4 * 0.005, 6);
  await expect(page.getByTestId("taper-slider")).toHaveValue("200");
  await expect(page.getByTestId("taper-slider-2026")).toHaveValue("100");
});

for (const id of ["holdings", "taper"]) {
  test(`?embed=${id} works alone at 390 px in both languages with no axe violations`, async ({ watched: page }) => {
    await checkEmbedAlone(page, id);
  });
}
