import { test, expect, ready, axeProblems } from "./helpers";

test("loads from a sub-path with no console errors and no request outside the origin", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await expect(page.locator("h1")).toContainText("Selloff Lab");
  await expect(page.getByTestId("disclaimer")).toContainText("not investment advice");
  // All eleven sections of the outline, in order.
  for (let n = 1; n <= 11; n++) await expect(page.locator(`#s${n} h2`)).toContainText(`${n}.`);
  // A slot for every interactive piece.
  for (const id of ["yield-lab", "jgb-yields", "ust-candles", "may-2025", "yield-curve", "auction", "holdings", "taper", "fiscal-loop", "scenarios", "risk-table"]) {
    await expect(page.locator(`[data-widget="${id}"]`)).toHaveCount(1);
  }
});

test("language switch updates the text and <html lang>", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("lang-zh-Hant").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.locator("h1")).toContainText("債市拋售實驗室");
  await expect(page.locator("#s4")).toContainText("日本央行");
  await expect(page).toHaveURL(/lang=zh-Hant/);
  await page.getByTestId("lang-en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toContainText("hands-on");
});

test.describe("browser language", () => {
  test.use({ locale: "zh-TW" });
  test("a zh browser opens in Traditional Chinese, a link overrides it", async ({ watched: page }) => {
    await page.goto("");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await page.goto("?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("link state round-trips", async ({ watched: page }) => {
  const query = "v=1&lang=en&tenor=20&coupon=2.566&yield=2.566&shock=-50&labview=ladder&risk=ust";
  await page.goto(`?${query}`);
  await ready(page);
  await expect(page).toHaveURL(new RegExp(`\\?${query.replace(/\./g, "\\.")}$`));
  await expect(page.getByTestId("lab-tenor")).toHaveValue("20");
  await expect(page.getByTestId("shock-input")).toHaveValue("-50");
  // Change a control: the link follows; reload: the view comes back.
  await page.getByTestId("shock-input").fill("75");
  await page.getByTestId("shock-input").press("Enter");
  await page.getByTestId("shock-input").blur();
  await expect(page).toHaveURL(/shock=75/);
  const url = page.url();
  await page.goto(url);
  await ready(page);
  await expect(page.getByTestId("shock-input")).toHaveValue("75");
  await expect(page.getByTestId("risk-toggle-ust")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Same change, every maturity" })).toHaveAttribute("aria-pressed", "true");
});

test("a hostile link leaves a working page with the notice", async ({ watched: page }) => {
  const long = "x".repeat(5000);
  const hostile = `?v=7&tenor=NaN&coupon=1e309&yield=-Infinity&shock=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=%F0%9F%92%A5&%E6%97%A5=1&embed=../../etc&junk=${long}`;
  await page.goto(hostile);
  await ready(page);
  const notice = page.getByTestId("url-notice");
  await expect(notice).toBeVisible();
  // A handful are listed; the rest open on request.
  await expect(notice.getByTestId("url-notice-more")).toContainText("and 5 more");
  await notice.getByTestId("url-notice-more").locator("summary").click();
  for (const key of ["tenor", "coupon", "yield", "shock", "lang", "embed", "v", "日"]) await expect(notice).toContainText(key);
  // What the link gave is shown as text (cut short), never run.
  await expect(notice).toContainText("shock=<script>alert(1)</script…");
  await expect(page.getByTestId("panic-message")).toHaveCount(0);
  // Defaults are in force and the lab still works.
  await expect(page.getByTestId("price-before")).toHaveAttribute("data-value", /^100(\.0+\d*)?$|^99\.9999/);
  await page.getByTestId("shock-slider").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("shock-input")).toHaveValue("101");
  await notice.getByRole("button").click();
  await expect(notice).toHaveCount(0);
});

test("share panel gives the current link and an iframe snippet", async ({ watched: page }) => {
  await page.goto("?lang=en&shock=42");
  await ready(page);
  await page.getByText("Share / Embed").click();
  await expect(page.getByTestId("share-link")).toHaveValue(/\/selloff-lab\/en\/\?v=1&lang=en&shock=42$/);
  await page.locator("#share-widget").selectOption("risk-table");
  await expect(page.getByTestId("share-embed")).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:8124\/selloff-lab\/en\/embed\/risk-table\/\?v=1&lang=en&shock=42"/);
});

test("embed mode renders only the widget and posts its height to the host", async ({ watched: page }) => {
  await page.goto("?embed=risk-table&lang=en");
  await expect(page.locator("[data-widget]")).toHaveCount(1);
  await expect(page.locator('[data-widget="risk-table"]')).toBeVisible();
  await expect(page.locator("h1")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open the full lesson" })).toBeVisible();
  // It lands on the piece the reader was looking at.
  await expect(page.getByRole("link", { name: "Open the full lesson" })).toHaveAttribute("href", /\?v=1&lang=en#risk-table$/);
});

test("a host page on another origin receives the embed's height", async ({ page }) => {
  // localhost and 127.0.0.1 are different origins: a realistic cross-origin host, on loopback.
  await page.goto("http://localhost:8124/host-page-that-does-not-exist");
  const height = await page.evaluate(() => new Promise<number>((resolve) => {
    addEventListener("message", (e) => {
      if (e.data && e.data.type === "selloff-lab:height") resolve(e.data.height);
    });
    const frame = document.createElement("iframe");
    frame.src = "http://127.0.0.1:8124/selloff-lab/?embed=yield-lab&lang=en";
    frame.style.cssText = "width:600px;height:300px";
    document.body.appendChild(frame);
  }));
  expect(height).toBeGreaterThan(300);
});

for (const lang of ["en", "zh-Hant"]) {
  for (const width of [1280, 390]) {
    test(`no serious or critical axe violations (${lang}, ${width}px)`, async ({ watched: page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`?lang=${lang}`);
      await ready(page);
      await page.getByTestId("lab-canvas").waitFor();
      expect(await axeProblems(page)).toEqual([]);
      // Nothing is cut off sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test("controls have names a screen reader can tell apart, each saying its value once", async ({ watched: page }) => {
  await page.goto("en/");
  await ready(page);
  // A slider's value is its value, not part of its name.
  const demand = page.getByRole("slider", { name: "Demand (bids ÷ amount offered)", exact: false });
  await expect(demand).toHaveCount(1);
  const name = await demand.evaluate((el) => (el as HTMLInputElement).labels![0].textContent);
  expect(name).toContain("2.50"); // shown on screen…
  await expect(page.getByRole("slider", { name: /2\.50/ })).toHaveCount(0); // …but not in the name
  // Ten evidence buttons, ten different names.
  const evidence = await page.locator('[data-testid^="risk-expand-"]').evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
  expect(evidence.length).toBeGreaterThanOrEqual(10);
  expect(new Set(evidence).size).toBe(evidence.length);
  expect(evidence.every((n) => n!.startsWith("Evidence"))).toBe(true);
  // Every chart cursor says which chart it moves over.
  const cursors = await page.locator('input[data-testid$="-cursor"]').evaluateAll((is) => is.map((i) => (i as HTMLInputElement).labels![0].textContent));
  expect(cursors.length).toBeGreaterThanOrEqual(4);
  expect(new Set(cursors).size).toBe(cursors.length);
});

test("the notice names what the link gave and what the lesson uses instead", async ({ watched: page }) => {
  await page.goto("zh-Hant/?shock=99999&tenor=9.3&lang=xx");
  await ready(page);
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText("shock=99999：超出範圍，已改用最接近的允許值，現為 shock=300");
  await expect(notice).toContainText("tenor=9.3：不在允許的級距上，已改用最接近的值，現為 tenor=9.5");
  await expect(notice).toContainText("lang=xx：不允許的值，維持預設值");
  await expect(page.getByTestId("shock-input")).toHaveValue("300");
});
