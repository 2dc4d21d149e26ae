import { test, expect, ready, value, axeProblems } from "./helpers";

test("?risk= picks the columns and the toggle writes the link", async ({ watched: page }) => {
  await page.goto("?lang=en&risk=jgb");
  await ready(page);
  await expect(page.getByTestId("risk-col-jgb")).toHaveCount(1);
  await expect(page.getByTestId("risk-col-ust")).toHaveCount(0);
  await page.goto("?lang=en&risk=ust");
  await ready(page);
  await expect(page.getByTestId("risk-col-jgb")).toHaveCount(0);
  await expect(page.getByTestId("risk-col-ust")).toHaveCount(1);
  await page.goto("?lang=en&risk=both");
  await ready(page);
  await expect(page.getByTestId("risk-col-jgb")).toHaveCount(1);
  await expect(page.getByTestId("risk-col-ust")).toHaveCount(1);
  await page.getByTestId("risk-toggle-jgb").click();
  await expect(page).toHaveURL(/risk=jgb/);
  await expect(page.getByTestId("risk-toggle-jgb")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("risk-col-ust")).toHaveCount(0);
});

test("a cell expands to evidence that matches the rest of the page", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const button = page.getByTestId("risk-expand-price-sensitivity-jgb");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  // The row compares like maturities: the 30-year JGB's loss in the table is the yield lab's
  // readout for the same bond and shock.
  await page.getByTestId("lab-preset").selectOption("jgb30");
  await expect.poll(() => value(page, "evidence-price-sensitivity-jgb-4")).toBeCloseTo(await value(page, "price-change-pct"), 9);
  // Moving the lab's shock moves the evidence.
  await page.getByTestId("shock-input").fill("200");
  await page.getByTestId("shock-input").press("Enter");
  await expect.poll(() => value(page, "evidence-price-sensitivity-jgb-4")).toBeCloseTo(await value(page, "price-change-pct"), 9);
  // Auction evidence agrees with the auction figures quoted in section 2.
  await page.getByTestId("risk-expand-auction-demand-jgb").click();
  expect(await value(page, "evidence-auction-demand-jgb-0")).toBe(2.5);
  await expect(page.locator("#s2")).toContainText("bid-to-cover of 2.50");
  await page.getByTestId("risk-expand-central-bank-share-ust").click();
  expect(await value(page, "evidence-central-bank-share-ust-0")).toBeCloseTo(14.555, 2);
  // Each cell leads to its section and shows its source one click away.
  const cell = page.getByTestId("risk-cell-auction-demand-jgb");
  await expect(cell.getByRole("link", { name: "Read section 2" })).toHaveAttribute("href", "#s2");
  await cell.locator("summary").click();
  await expect(cell.locator(".source-note")).toContainText("2025-05-20");
});

test("a 'see the risk table' link lands on and highlights its row", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await page.locator("#s2").getByRole("link", { name: "See this row of the risk table" }).click();
  await expect(page.locator("#risk-row-auction-demand")).toHaveClass(/highlight/);
  await expect(page).toHaveURL(/riskrow=auction-demand/);
  await page.goto("?lang=en&riskrow=market-risk");
  await expect(page.locator("#risk-row-market-risk")).toHaveClass(/highlight/);
  await expect(page.locator("#risk-row-market-risk")).toBeInViewport();
});

test("?embed=risk-table works alone, at 390 px, in both languages, with no axe violations", async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ["en", "zh-Hant"]) {
    await page.goto(`?embed=risk-table&lang=${lang}`);
    await expect(page.locator('[data-widget="risk-table"]')).toBeVisible();
    await expect(page.locator("[data-widget]")).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId("risk-expand-market-risk-ust").click();
    expect(await axeProblems(page)).toEqual([]);
  }
  await expect(page.getByTestId("risk-cell-auction-demand-jgb")).toContainText("嚴重");
});
