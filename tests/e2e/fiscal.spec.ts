import { test, expect, ready, value, show, checkEmbedAlone } from "./helpers";

test("the interest bill follows the lab's shock, the maturity and the reader's own path", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const base = await value(page, "interest-bill-5y");
  expect(base).toBeCloseTo(1323.7155 * 0.01 * (1 - (8 / 9) ** 5), 6);
  await expect(page.getByTestId("interest-bill-5y")).toContainText("If yields stay 100 bp above today's level");
  await page.getByTestId("shock-input").fill("0");
  await page.getByTestId("shock-input").press("Enter");
  await expect.poll(() => value(page, "interest-bill-5y")).toBeCloseTo(0, 9);
  // No change is said as none, not "differs by 0.0"; a fall as lower, not "differs by −".
  await expect(page.getByTestId("interest-bill-5y")).toContainText("nothing extra");
  await page.getByTestId("shock-input").fill("-50");
  await page.getByTestId("shock-input").press("Enter");
  await expect.poll(() => value(page, "interest-bill-5y")).toBeLessThan(0);
  await expect(page.getByTestId("interest-bill-5y")).toContainText("50 bp below today's level");
  await expect(page.getByTestId("interest-bill-5y")).toContainText("tn yen lower");
  await page.getByTestId("shock-input").fill("100");
  await page.getByTestId("shock-input").press("Enter");
  await page.getByTestId("debt-maturity").fill("4");
  await page.getByTestId("debt-maturity").press("Enter");
  await expect.poll(() => value(page, "interest-bill-5y")).toBeGreaterThan(base);
  await expect(page).toHaveURL(/debtmat=4/);
  await page.getByTestId("own-path").check();
  await page.getByTestId("path-0").fill("300");
  await page.getByTestId("path-0").press("Enter");
  await expect(page).toHaveURL(/path=300,100,100,100,100,100,100,100,100,100/);
  await expect(page.getByTestId("interest-bill-5y")).toContainText("On your path");
  // The loop's steps and the policy paths credit the bill to that path, not the lab's change.
  await page.getByTestId("scenario-numbers").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("scenario-numbers")).toContainText("On your own yield path");
});

test("the toy loop settles below the threshold and runs away above it", async ({ watched: page }) => {
  await page.goto("?lang=en&embed=fiscal-loop");
  const outcome = page.getByTestId("loop-outcome");
  await expect(outcome).toHaveAttribute("data-state", "settles");
  expect(await value(page, "loop-outcome")).toBeCloseTo(250, 0);
  await page.getByTestId("loop-strength").fill("1.2");
  await expect(outcome).toHaveAttribute("data-state", "runs-away");
  expect(await value(page, "loop-outcome")).toBeGreaterThan(1000);
  await page.getByTestId("loop-bought").fill("50");
  await expect(outcome).toHaveAttribute("data-state", "settles");
  await expect(page).toHaveURL(/loop=1\.2&bought=50/);
  // Stepping through the loop lights one step at a time.
  await expect(page.locator(".loop-step.active")).toContainText("Auction demand");
  await page.getByTestId("loop-next").click();
  await expect(page.locator(".loop-step.active")).toContainText("Yields");
});

test("a runaway loop is followed to the first round past 5,000 bp and says so", async ({ watched: page }) => {
  await page.goto("en/?shock=100&loop=1.5&bought=0#fiscal-loop");
  await ready(page);
  const outcome = await show(page, "loop-outcome");
  await expect(outcome).toHaveAttribute("data-state", "runs-away");
  await expect(outcome).toContainText(/past 5,000 bp by round \d+, where the chart stops/);
  // A loop that settles says where yields head and where 20 rounds leave them, as the chart does.
  await page.getByTestId("loop-strength").fill("0.5");
  await expect(outcome).toContainText("heading for +200 bp");
  await expect(outcome).toContainText("after 20 rounds");
});

test("link parameters restore the fiscal view", async ({ watched: page }) => {
  await page.goto("?lang=en&shock=200&debtmat=6&loop=1.3&bought=10&embed=fiscal-loop");
  expect(await value(page, "interest-bill-5y")).toBeCloseTo(1323.7155 * 0.02 * (1 - (5 / 6) ** 5), 6);
  await expect(page.getByTestId("loop-outcome")).toHaveAttribute("data-state", "runs-away");
});

test("the scenarios show the article's consequences with today's numbers", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await expect(page.getByTestId("boj-consequence")).toHaveAttribute("data-severity", "low");
  await page.getByTestId("bojpath-rising").click();
  await expect(page.getByTestId("boj-consequence")).toHaveAttribute("data-severity", "severe");
  await expect(page.getByTestId("boj-consequence")).toContainText("a scramble for cash");
  await page.getByTestId("bojresp-buy").click();
  await expect(page.getByTestId("boj-consequence")).toContainText("inflation can take off");
  await page.getByTestId("fedresp-tighten").click();
  await expect(page.getByTestId("fed-consequence")).toContainText("hard landing");
  await expect(page).toHaveURL(/bojpath=rising&bojresp=buy&fedresp=tighten/);
  await expect(page.getByTestId("scenario-numbers")).toContainText("4.336%");
});

for (const id of ["fiscal-loop", "scenarios"]) {
  test(`?embed=${id} works alone at 390 px in both languages with no axe violations`, async ({ watched: page }) => {
    await checkEmbedAlone(page, id);
  });
}
