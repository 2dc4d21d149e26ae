// Issue "no input that can hang the page": 150 random actions per language (300 in all) from
// fixed seeds, spread over every widget. After each: the page answers within 2 s, no console
// error, the lesson text is still there. The seed is printed, so a failure can be replayed.
import { Page } from "@playwright/test";
import { test, expect, ready } from "./helpers";

const ACTIONS = 150;
const NUMBERS = ["1e308", "-1e308", "-0", "NaN", "9999999", "", "0.0000001", "-200", "abc", "1e-300", "Infinity", "3.336"];

/** A small deterministic random generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function act(page: Page, r: () => number) {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const kind = pick(["click", "number", "range", "key", "select"]);
  const selectors: Record<string, string> = {
    click: "main button:visible, main summary:visible, main input[type=checkbox]:visible",
    number: "main input[type=number]:visible",
    range: "main input[type=range]:visible",
    key: "main input[type=range]:visible",
    select: "main select:visible",
  };
  const all = page.locator(selectors[kind]);
  const n = await all.count();
  if (!n) return `${kind}: none`;
  const i = Math.floor(r() * n);
  const el = all.nth(i);
  if (!(await el.isEnabled())) return `${kind} #${i}: disabled`;
  switch (kind) {
    case "click":
      await el.click({ timeout: 2000 });
      return `click #${i}`;
    case "number": {
      const v = pick(NUMBERS);
      await el.fill(v, { timeout: 2000 });
      await el.press("Enter");
      return `type ${JSON.stringify(v)} into #${i}`;
    }
    case "range": {
      const v = String(Math.round(r() * 1000) - 300);
      await el.evaluate((e: HTMLInputElement, v) => { e.value = v; e.dispatchEvent(new Event("input", { bubbles: true })); }, v);
      return `slide #${i} to ${v}`;
    }
    case "key": {
      const k = pick(["ArrowRight", "ArrowLeft", "PageUp", "PageDown", "Home", "End"]);
      await el.press(k, { timeout: 2000 });
      return `key ${k} on #${i}`;
    }
    default: {
      const options = await el.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const v = pick(options);
      await el.selectOption(v, { timeout: 2000 });
      return `select ${v} in #${i}`;
    }
  }
}

for (const [lang, seed] of [["en", 20251125], ["zh-Hant", 5202025]] as const) {
  test(`${ACTIONS} random actions never break the ${lang} page (seed ${seed})`, async ({ watched: page }) => {
    test.setTimeout(150_000);
    console.log(`robustness: lang ${lang}, seed ${seed}`);
    await page.goto(`${lang}/`);
    await ready(page);
    const r = rng(seed);
    const widgets = await page.locator("[data-widget]").evaluateAll((ws) => ws.map((w) => w.id));
    const done: Record<string, number> = {};
    for (let i = 0; i < ACTIONS; i++) {
      // Spread the actions over every widget: visit the next one every few actions.
      if (i % 7 === 0) await page.locator(`#${widgets[(i / 7) % widgets.length]}`).scrollIntoViewIfNeeded();
      const what = await act(page, r).catch((e) => `skipped (${String(e.message).split("\n")[0]})`);
      const kind = what.split(/[ (]/)[0];
      done[kind] = (done[kind] ?? 0) + 1;
      const answered = await Promise.race([
        page.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(true)))),
        new Promise((res) => setTimeout(() => res(false), 2000)),
      ]);
      expect(answered, `action ${i} (${what}) left the page unresponsive; seed ${seed}`).toBe(true);
      await expect(page.locator("#s1 h2"), `action ${i} (${what}); seed ${seed}`).toBeAttached();
      await expect(page.getByTestId("panic-message"), `action ${i} (${what}); seed ${seed}`).toHaveCount(0);
    }
    console.log(`robustness: ${lang} actions by kind ${JSON.stringify(done)}`);
    // Most actions must have acted on something.
    expect((done.skipped ?? 0) + (done.click ? 0 : ACTIONS)).toBeLessThan(ACTIONS / 3);
  });
}
