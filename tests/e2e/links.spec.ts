// Issue "Embeds that behave in real blogs, links that survive the real web".
import { readFileSync } from "node:fs";
import { test, expect, ready, show } from "./helpers";

const LESSON = "http://127.0.0.1:8124/selloff-lab/";

/** The README's snippet for one widget (what the Share panel gives). */
function snippet(id: string, sandbox = "allow-scripts allow-same-origin allow-popups"): string {
  return `<iframe src="${LESSON}en/embed/${id}/?v=1&lang=en" title="${id}" width="100%" height="600" loading="lazy" sandbox="${sandbox}" data-selloff-lab></iframe>`;
}

test("embedded on another origin, frames size themselves both ways and never scroll the host", async ({ page }) => {
  // localhost and 127.0.0.1 are different origins: a realistic blog host, on loopback.
  await page.goto("http://localhost:8124/host-page-that-does-not-exist");
  await page.evaluate(({ frames, script }) => {
    document.body.innerHTML = `<p style="height:200px">A blog post.</p>${frames.join("<p>Between.</p>")}<p style="height:1500px">More post.</p>`;
    const s = document.createElement("script");
    s.src = script;
    document.body.appendChild(s);
  }, { frames: [snippet("yield-lab"), snippet("jgb-yields"), snippet("risk-table")], script: `${LESSON}embed.js` });
  const frames = page.locator("iframe[data-selloff-lab]");
  await expect(frames).toHaveCount(3);
  const height = (i: number) => frames.nth(i).evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
  const content = (i: number) =>
    page.frameLocator("iframe[data-selloff-lab]").nth(i).locator("main").evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
  for (const i of [0, 1, 2]) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => height(i), { timeout: 15000 }).not.toBe(600);
    expect(Math.abs((await height(i)) - (await content(i)))).toBeLessThanOrEqual(12);
  }
  // A data table opens: the frame grows; it closes: the frame shrinks back.
  const chart = page.frameLocator("iframe[data-selloff-lab]").nth(1);
  const before = await height(1);
  await chart.locator(".data-table summary").click();
  await expect.poll(() => height(1)).toBeGreaterThan(before + 100);
  await chart.locator(".data-table summary").click();
  await expect.poll(() => height(1)).toBeLessThan(before + 3);
  expect(Math.abs((await height(1)) - before)).toBeLessThanOrEqual(2);
  // Nothing scrolled the host on load (the scrolls above were the test's own).
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test("sandboxed with allow-scripts alone, the widget stays readable and says why it cannot start", async ({ page }) => {
  await page.goto("http://localhost:8124/host-page-that-does-not-exist");
  await page.evaluate((f) => (document.body.innerHTML = f), snippet("yield-lab", "allow-scripts"));
  const frame = page.frameLocator("iframe");
  await expect(frame.locator('[data-widget="yield-lab"]')).toBeVisible();
  await expect(frame.getByTestId("price-change-pct")).toContainText("−18.92%");
  await expect(frame.locator("#no-wasm-sandbox")).toBeVisible();
  await expect(frame.locator("#no-wasm-sandbox")).toContainText("allow-same-origin");
});

test("each language page carries a link preview with a 1200x630 image", async ({ page }) => {
  for (const lang of ["en", "zh-Hant"]) {
    await page.goto(`${lang}/`);
    for (const p of ["og:title", "og:description", "og:image", "og:url"]) {
      await expect(page.locator(`meta[property="${p}"]`)).toHaveAttribute("content", /.+/);
    }
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBe(`../og/selloff-lab-${lang}.png`);
    const png = readFileSync(`dist/og/selloff-lab-${lang}.png`);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test("tracking parameters are dropped silently and the link's state applies", async ({ watched: page }) => {
  await page.goto("en/?utm_source=newsletter&fbclid=abc123&gclid=x&shock=77");
  await ready(page);
  await expect(await show(page, "shock-input")).toHaveValue("77");
  await expect(page.getByTestId("url-notice")).toHaveCount(0);
});

test("a long hostile link lists five ignored parts, then how many more", async ({ watched: page }) => {
  const junk = Array.from({ length: 9 }, (_, i) => `k${i}=1`).join("&");
  await page.goto(`en/?${junk}&%E2%80%AEevil=1`);
  await ready(page);
  const notice = page.getByTestId("url-notice");
  await expect(notice.locator(":scope > ul > li")).toHaveCount(5);
  await expect(notice.getByTestId("url-notice-more")).toContainText("and 5 more");
  await notice.getByRole("button").click();
  await expect(page.locator("main#lesson")).toBeFocused();
});

test("a section link lands on its section; Back and Forward restore the state they show", async ({ watched: page }) => {
  await page.goto("en/?shock=50#s5");
  await ready(page);
  await page.locator("#s5").evaluate((el) => el.scrollIntoView());
  await page.goto("en/?shock=50#s5");
  await expect(page.locator("html")).toHaveClass(/wasm-started/);
  await expect.poll(() => page.locator("#s5").evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(40);
  // A jump pushes an entry; a control change replaces the current one.
  await page.locator('.toc a[href="#s3"]').click();
  await expect(page).toHaveURL(/#s3$/);
  await expect(page.locator("#back-to")).toBeVisible();
  const input = await show(page, "shock-input");
  await input.fill("80");
  await input.press("Enter");
  await expect(page).toHaveURL(/shock=80#s3$/);
  await page.goBack();
  await expect(page).toHaveURL(/shock=50#s5$/);
  await expect(await show(page, "shock-input")).toHaveValue("50");
  await page.goForward();
  await expect(page).toHaveURL(/shock=80#s3$/);
  await expect(await show(page, "shock-input")).toHaveValue("80");
});

test("every widget offers a link to itself, and two widgets' links differ", async ({ watched: page }) => {
  await page.goto("en/");
  await ready(page);
  const links = [];
  for (const id of ["yield-lab", "auction"]) {
    const box = page.getByTestId(`link-to-${id}`);
    await box.locator("summary").click();
    links.push(await page.getByTestId(`link-${id}`).inputValue());
  }
  expect(links[0]).toMatch(/\/en\/\?v=1&lang=en#yield-lab$/);
  expect(links[1]).toMatch(/#auction$/);
});

test("copy says Copied only when it worked; without a clipboard it selects and says how", async ({ watched: page }) => {
  // Plain http on a non-loopback name has no clipboard: simulate by removing it.
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto("en/");
  await ready(page);
  await page.getByText("Share / Embed").click();
  await page.getByTestId("share-link-copy").click();
  await expect(page.getByTestId("share-link-copy")).toHaveText("Copy");
  await expect(page.locator("#share-link-hint")).toContainText("Ctrl+C");
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe("share-link");
});

test("the last ticked maturity cannot be unticked, and says so", async ({ watched: page }) => {
  await page.goto("en/?jgbtenors=40");
  await ready(page);
  await expect(await show(page, "jgb-tenor-40")).toBeDisabled();
  await expect(page.locator("#jgb-tenor-last")).toBeVisible();
  await page.getByTestId("jgb-tenor-10").check();
  await expect(page.getByTestId("jgb-tenor-40")).toBeEnabled();
});

test("an absurd own bid is brought into range and the page answers", async ({ watched: page }) => {
  await page.goto("en/");
  await ready(page);
  await (await show(page, "my-level")).fill("1.7e308");
  await page.getByTestId("my-amount").fill("1.75e308");
  await expect(page.getByTestId("bid-clamped")).toBeVisible();
  await expect(page.getByTestId("my-fill")).toBeVisible();
});
