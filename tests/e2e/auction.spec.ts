import { test, expect, ready, value, axeProblems } from "./helpers";

const presets: Array<[string, Record<string, number>]> = [
  ["jgb-20y-2025-05-20", { btc: 2.5, tail: 1.14 }],
  ["jgb-20y-2025-04", { btc: 2.96, tail: 0.34 }],
  ["ust-20y-2025-05-21", { btc: 2.46, "high-yield": 5.047, "pct-at-high": 41.02, dealers: 16.9, tail: 1.0 }],
  ["ust-10y-2025-05-06", { btc: 2.6, "high-yield": 4.342, "pct-at-high": 92.86, indirect: 71.2, tail: -1.2 }],
];

for (const [id, published] of presets) {
  test(`preset ${id} reproduces its published figures`, async ({ watched: page }) => {
    await page.goto(`?lang=en&embed=auction&auction=${id}`);
    await expect(page.getByTestId("auction-preset")).toHaveValue(id);
    for (const [testid, v] of Object.entries(published)) {
      expect(await value(page, testid), testid).toBeCloseTo(v, 6);
    }
  });
}

test("moving demand and dispersion re-runs the auction and writes the link", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const tail = await value(page, "tail");
  await page.getByTestId("auction-demand").fill("1.6");
  await expect.poll(() => value(page, "btc")).toBeCloseTo(1.6, 9);
  await page.getByTestId("auction-dispersion").fill("3");
  await expect.poll(() => value(page, "tail")).toBeGreaterThan(tail);
  await expect(page).toHaveURL(/demand=1\.6/);
  await expect(page).toHaveURL(/dispersion=3/);
  // A number box sets the demand exactly, as the worksheet asks (a phone's finger cannot pick
  // one of 550 steps), and the slider follows it.
  await page.getByTestId("auction-demand-typed").fill("2");
  await page.getByTestId("auction-demand-typed").press("Enter");
  await expect.poll(() => value(page, "btc")).toBeCloseTo(2, 9);
  await expect(page.getByTestId("auction-demand")).toHaveValue("2");
  await expect(page.getByTestId("dispersion-hint")).toContainText("A spread of ¥3.00 puts half of the amount bid within ¥3.30 either side");
  await page.getByRole("button", { name: "Back to the published auction" }).click();
  await expect.poll(() => value(page, "tail")).toBeCloseTo(1.14, 9);
  await expect(page.getByTestId("auction-demand-typed")).toHaveValue("2.5");
});

test("the reader's own bid is filled or not, at the right price", async ({ watched: page }) => {
  await page.goto("?lang=en&embed=auction");
  await page.getByTestId("my-level").fill("103");
  await page.getByTestId("my-amount").fill("20");
  await page.getByTestId("my-amount").press("Enter");
  await expect(page.getByTestId("my-fill")).toContainText("pay your own price, 103.00");
  // Amounts carry their currency, here and in the field's label.
  await expect(page.getByTestId("my-fill")).toContainText("¥20.0 bn");
  await expect(page.getByLabel("Amount (¥ bn)")).toBeVisible();
  expect(await value(page, "my-fill")).toBe(20);
  await page.getByTestId("my-level").fill("90");
  await page.getByTestId("my-level").press("Enter");
  await expect(page.getByTestId("my-fill")).toContainText("Not filled");
  // The Treasury: every winner gets the high yield.
  await page.getByTestId("auction-preset").selectOption("ust-20y-2025-05-21");
  await page.getByTestId("my-level").fill("4.9");
  await page.getByTestId("my-amount").fill("1");
  await page.getByTestId("my-amount").press("Enter");
  await expect(page.getByTestId("my-fill")).toContainText("at the high yield of 5.047%");
  await expect(page.getByTestId("my-fill")).toContainText("1.00 bn dollars");
});

test("section 6 loads the Treasury auction into the machine", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await page.getByTestId("load-ust-20y-2025-05-21").click();
  await expect(page).toHaveURL(/auction=ust-20y-2025-05-21/);
  expect(await value(page, "high-yield")).toBe(5.047);
});

test("history and tables come from the data, embed works at 390 px in both languages", async ({ watched: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ["en", "zh-Hant"]) {
    await page.goto(`?embed=auction&lang=${lang}`);
    await expect(page.locator("[data-widget]")).toHaveCount(1);
    await expect(page.getByTestId("jgb-auctions-table").locator("tr", { hasText: "2025-05-20" })).toContainText("1.14");
    let overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The US history comes with the Treasury auctions.
    await page.getByTestId("auction-preset").selectOption("ust-20y-2025-05-21");
    await expect(page.getByTestId("btc-averages")).toContainText("2.50");
    overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
  }
});
