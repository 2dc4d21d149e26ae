import { test, expect, ready, show, value } from "./helpers";

// What a careful reader checks: the Treasury auction read by its tail, the verdicts that follow
// the numbers, and the data testing the article, in both languages.

for (const lang of ["en", "zh-Hant"]) {
  test(`section 6 reads the tail, the indirect share as a proxy and the 10-year counter-example (${lang})`, async ({ watched: page }) => {
    await page.goto(`${lang}/`);
    const figures = page.getByTestId("s6-figures");
    // Figures from the data: the 20-year's high yield and tail, the indirect share, the dealers.
    for (const figure of ["5.047%", "69%", "16.9%", "8.9%", "13.9%"]) await expect(figures).toContainText(figure);
    // Read as shown: a glossary term's popover (hidden until asked for) is not part of the sentence.
    await figures.scrollIntoViewIfNeeded();
    await expect.poll(() => figures.innerText()).toContain(lang === "en" ? "about 1 bp above its when-issued yield" : "高約 1 個基點");
    await expect(figures).toContainText(lang === "en" ? "rough proxy" : "粗略的替代指標");
    const counter = page.getByTestId("s6-counter");
    await expect(counter).toContainText("2025-05-06");
    await expect(counter).toContainText("1.2");
    await expect(counter).toContainText("71.2%");
    await expect(page.getByTestId("s6-fill-note")).toContainText("92.86%");
  });

  test(`the May comparison and the band width come from the data (${lang})`, async ({ watched: page }) => {
    await page.goto(`${lang}/`);
    const may = page.getByTestId("may-compare");
    await expect(may).toContainText("+42");
    await expect(may).toContainText("+40");
    await expect(page.getByTestId("candle-sentence")).toContainText("135");
    await expect(page.getByTestId("qt")).toContainText("575.93");
    await expect(page.getByTestId("qt")).toContainText("567.22");
  });
}

test("the auction verdict follows the numbers: April is softer than usual, May is weak", async ({ watched: page }) => {
  await page.goto("?lang=en&embed=auction&auction=jgb-20y-2025-04");
  // The link's auction applies once the page is live.
  await ready(page);
  await expect(page.getByTestId("auction-verdict")).toHaveAttribute("data-verdict", "softer");
  await expect(page.getByTestId("auction-verdict")).not.toContainText("weak demand");
  await page.getByTestId("auction-preset").selectOption("jgb-20y-2025-05-20");
  await expect(page.getByTestId("auction-verdict")).toHaveAttribute("data-verdict", "weak");
  // A weak verdict says which figure made it weak; with plenty of bids, that the spread keeps
  // the tail long.
  await expect(page.getByTestId("verdict-why")).toContainText("Bid-to-cover, 2.50, is below 2.8");
  await page.getByTestId("auction-demand").fill("6");
  await expect(page.getByTestId("verdict-why")).not.toContainText("Bid-to-cover");
  await expect(page.getByTestId("verdict-why")).toContainText("spread slider");
  // More demand and a tight spread: the words change with the numbers.
  await page.getByTestId("auction-demand").fill("3.75");
  await page.getByTestId("auction-dispersion").fill("0.2");
  await expect.poll(() => value(page, "btc")).toBeCloseTo(3.75, 6);
  await expect(page.getByTestId("auction-verdict")).toHaveAttribute("data-verdict", "firm");
  // Treasuries are judged by the tail against when-issued.
  await page.getByTestId("auction-preset").selectOption("ust-10y-2025-05-06");
  await expect(page.getByTestId("auction-verdict")).toHaveAttribute("data-verdict", "firm");
  await page.getByTestId("auction-preset").selectOption("ust-20y-2025-05-21");
  await expect(page.getByTestId("auction-verdict")).toHaveAttribute("data-verdict", "weak");
  // The US history comes with the Treasury auctions.
  await expect(page.getByTestId("btc-averages")).toBeVisible();
});

test("the Ministry's own estimate sits beside the model, and the fiscal words are labelled", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const ninth = page.getByTestId("mof-interest-9y");
  await expect(ninth).toHaveAttribute("data-value", "8.7");
  await expect(page.getByTestId("mof-why")).toContainText("FY2033");
  await expect(page.getByTestId("scenario-numbers")).toContainText("Experiment results");
  await page.getByTestId("loop-next").click();
  await expect(page.getByTestId("loop-caption")).toContainText("Higher yields");
});

test("the risk table's evidence links go to each market's own section", async ({ watched: page }) => {
  await page.goto("?lang=en&embed=risk-table");
  await page.getByTestId("risk-expand-auction-demand-ust").click();
  await expect(page.locator("#evidence-auction-demand-ust a[href='#s6']")).toBeAttached();
  await page.getByTestId("risk-expand-secondary-market-jgb").click();
  await expect(page.locator("#evidence-secondary-market-jgb a[href='#s3']")).toBeAttached();
});

test("a Japanese holiday says 'market closed' with the last close", async ({ watched: page }) => {
  await page.goto("?lang=en&embed=may-2025");
  // 2025-05-05 and 05-06 are Japanese holidays; the US traded. May's third trading day is the 5th.
  await (await show(page, "may-2025-cursor")).fill("2");
  await expect(page.getByTestId("may-2025-readout")).toContainText("2025-05-05");
  await expect(page.getByTestId("may-2025-value-jgb40")).toContainText("market closed (last close");
});
