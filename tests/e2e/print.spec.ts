// Issue "Every slider at frame rate": charts are never blank, in print or after being off screen.
import { test, expect, ready, value, canvasHash } from "./helpers";

/** Whether a canvas has drawn pixels: more than one colour. */
async function drawn(page, testid: string): Promise<boolean> {
  return page.getByTestId(testid).evaluate((c: HTMLCanvasElement) => {
    if (!c.width || !c.height) return false;
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4 * 97) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2] | (d[i + 3] << 24));
    return colours.size > 1;
  });
}

test("printing draws every chart as it stands and hides the controls", async ({ watched: page }) => {
  await page.goto("en/?shock=150");
  await ready(page);
  // Islands never scrolled to are hydrated by the print itself.
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const charts = await page.locator("canvas.layer-base").evaluateAll((cs) => cs.map((c) => c.getAttribute("data-testid")));
  expect(charts.length).toBeGreaterThanOrEqual(10);
  for (const id of charts) expect(await drawn(page, id!), id!).toBe(true);
  await expect(page.getByTestId("shock-slider")).toBeHidden();
  // Glossary words are part of their sentences: printed, while other buttons are not.
  await expect(page.locator("main button.term").first()).toBeVisible();
  await expect(page.getByTestId("loop-next")).toBeHidden();
  // A chart prints at the width it was drawn for, not stretched to the paper (one drawn for a
  // phone, here stood in for by a narrower drawn width on this wide window).
  const width = await page.locator(".chart-box.drawn").first().evaluate((b: HTMLElement) => {
    b.style.setProperty("--drawn-w", "300px");
    return b.getBoundingClientRect().width;
  });
  expect(width).toBe(300);
  // Evidence behind the risk table's buttons is printed open.
  await expect(page.getByTestId("evidence-price-sensitivity-jgb-0")).toBeAttached();
  await expect(page.locator("details.source-note").first()).toHaveAttribute("open", "");
  await expect(page.locator(".print-note").first()).toContainText("/en/?shock=150");
  // At a printed page's width (A4 portrait, margins aside), no table runs past its column: a
  // link's printed address wraps under the link.
  await page.setViewportSize({ width: 718, height: 1000 });
  const wide = await page.locator("main table").evaluateAll((ts) =>
    ts.filter((t) => t.getBoundingClientRect().width > document.querySelector("main")!.getBoundingClientRect().width + 1).map((t) => t.closest("section")?.id),
  );
  expect(wide).toEqual([]);
  await expect(page.locator("main select").first()).toHaveCSS("border-top-width", "0px");
  const pdf = await page.pdf();
  expect(pdf.length).toBeGreaterThan(50_000);
});

test("charts off screen while the shock moved catch up when scrolled to", async ({ watched: page, browser }) => {
  await page.goto("en/");
  await ready(page);
  await page.getByTestId("shock-input").fill("250");
  await page.getByTestId("shock-input").press("Enter");
  const fresh = await browser.newPage();
  await fresh.goto("en/?shock=250");
  await ready(fresh);
  for (const [readout, canvas] of [["boj-loss", null], ["interest-bill-5y", "interest-bill-canvas"], ["loop-outcome", "loop-toy-canvas"]]) {
    expect(await value(page, readout!)).toBeCloseTo(await value(fresh, readout!), 9);
    if (canvas) {
      for (const p of [page, fresh]) {
        await p.getByTestId(canvas).scrollIntoViewIfNeeded();
        await expect.poll(() => drawn(p, canvas)).toBe(true);
      }
      expect(await canvasHash(page, canvas)).toEqual(await canvasHash(fresh, canvas));
    }
  }
  await fresh.close();
});

/** Prints (as far as a test can: beforeprint, then print media) and returns the printed image of a chart. */
async function printedImage(page, testid: string): Promise<string> {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const box = page.getByTestId(testid).locator("xpath=..");
  await expect(box.locator("img.print-snapshot")).toBeVisible();
  await expect(page.getByTestId(testid)).toBeHidden();
  return box.locator("img.print-snapshot").evaluate((img: HTMLImageElement) => img.src);
}

test("a chart prints as it stands, in the light palette, even when it caught up only for the print", async ({ watched: page, browser }) => {
  // The fiscal charts are off screen while the shock moves: their islands catch up as the page
  // prints, and a canvas drawn at that moment could print blank. The print image is made then.
  await page.goto("en/");
  await ready(page);
  await page.getByTestId("shock-input").fill("250");
  await page.getByTestId("shock-input").press("Enter");
  await expect(page.getByTestId("interest-bill-canvas").locator("xpath=ancestor::*[@data-island][1]")).toHaveAttribute("data-behind", "");
  const printed = await printedImage(page, "interest-bill-canvas");
  // A fresh page at that state, in the dark theme, prints the same light image.
  const dark = await browser.newPage({ colorScheme: "dark" });
  await dark.goto("en/?shock=250");
  await ready(dark);
  await dark.getByTestId("interest-bill-canvas").scrollIntoViewIfNeeded();
  expect(await printedImage(dark, "interest-bill-canvas")).toEqual(printed);
  await dark.close();
  // The readout cards print with their figures (a container query once collapsed them).
  const card = page.getByTestId("price-after");
  expect((await card.boundingBox())!.height).toBeGreaterThan(30);
  await expect(card.locator(".value")).toBeVisible();
});

test("the worksheet and the teachers' pages each print alone", async ({ watched: page }) => {
  await page.addInitScript(() => { (window as any).print = () => { window.dispatchEvent(new Event("beforeprint")); }; });
  await page.goto("en/#teacher");
  await ready(page);
  await page.getByTestId("print-teacher").click();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#teacher")).toBeVisible();
  await expect(page.locator("#s1")).toBeHidden();
  // With the answers open and the prepared links' full addresses.
  await expect(page.getByTestId("answer-key")).toHaveAttribute("open", "");
  const href = await page.getByTestId("teacher-links").locator("a").first().getAttribute("data-print-href");
  expect(href).toMatch(/^http:\/\/.*\/en\/\?/);
  await expect(page.locator(".print-note")).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByTestId("answer-key")).not.toHaveAttribute("open", "");
  // The worksheet alone: one page's height, not the lesson's (which printed as blank pages).
  await page.locator('[data-print-part="worksheet"]').click();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#worksheet")).toBeVisible();
  await expect(page.locator("#teacher h2")).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
});
