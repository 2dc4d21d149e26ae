import { test, expect, ready, show, value, axeProblems } from "./helpers";

// Teaching: predictions before answers, the closing check, the glossary, the ending and the
// teachers' section, in both languages.

for (const lang of ["en", "zh-Hant"]) {
  test(`predictions, questions, glossary terms and the ending are all there (${lang})`, async ({ watched: page }) => {
    await page.goto(`${lang}/`);
    expect(await page.getByTestId("prediction").count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId("quiz-question").count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId("glossary-term").count()).toBeGreaterThanOrEqual(25);
    await expect(page.getByTestId("takeaways").locator("li")).toHaveCount(5);
    await expect(page.getByTestId("what-next")).toContainText("4.043");
    await expect(page.getByTestId("teacher-links").locator("a")).toHaveCount(6);
    await expect(page.getByTestId("licence")).toContainText("CC BY 4.0");
    // Predictions sit in sections 1, 2, 3, 4, 6, 7, 9 and 10.
    for (const n of [1, 2, 3, 4, 6, 7, 9, 10]) await expect(page.locator(`#s${n} [data-testid="prediction"]`).first()).toBeAttached();
  });
}

test("the 40-year prediction asks about the lab's opening case, whatever the lab shows now", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const prompt = page.locator('[data-prediction="forty-year"]');
  const lab = await value(page, "price-change-pct");
  expect(lab).toBeCloseTo(-18.916, 2);
  // Move the lab first, as a reader exploring it would: the question stays on +100 bp, where its
  // choices (4, 10 or 20%) have a right answer.
  await page.getByTestId("shock-input").fill("300");
  await page.getByTestId("shock-input").press("Enter");
  await (await show(page, "prediction-choice-forty-year-2")).check();
  await page.getByTestId("prediction-check-forty-year").click();
  await expect(prompt).toContainText("rises 100 bp");
  const answer = prompt.getByTestId("prediction-answer");
  await expect(answer).toHaveAttribute("data-correct", "true");
  await expect(answer).toContainText(`${lab.toFixed(1).replace("-", "−")}%`);
  await expect(answer).toContainText("+100 bp");
  await expect(page.locator('[data-prediction="ten-vs-forty"]')).toContainText("+100 bp");
});

test("'Just show me' reveals without a guess, and a wrong guess says so", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  await (await show(page, "prediction-show-ust-tail")).click();
  const tail = page.locator('[data-prediction="ust-tail"]').getByTestId("prediction-answer");
  await expect(tail).toHaveAttribute("data-guessed", "false");
  await expect(tail).toContainText("A tail");
  await (await show(page, "prediction-choice-band-1")).check();
  await page.getByTestId("prediction-check-band").click();
  await expect(page.locator('[data-prediction="band"]').getByTestId("prediction-answer")).toHaveAttribute("data-correct", "false");
  // Keyboard only: a radio and the check button.
  await (await show(page, "prediction-choice-fed-holdings-1")).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-prediction="fed-holdings"]').getByTestId("prediction-answer")).toHaveAttribute("data-correct", "true");
});

for (const lang of ["en", "zh-Hant"]) {
  test(`a wrong quiz answer explains and links back to its section (${lang})`, async ({ watched: page }) => {
    await page.goto(`${lang}/`);
    await ready(page);
    const q = page.locator('[data-question="duration-misses"]');
    await (await show(page, "quiz-choice-duration-misses-2")).check();
    const feedback = q.getByTestId("quiz-feedback");
    // Choosing is not answering: nothing is graded until the reader checks.
    await expect(feedback).toHaveCount(0);
    await page.getByTestId("quiz-check-duration-misses").click();
    await expect(feedback).toHaveAttribute("data-correct", "false");
    await expect(feedback.locator('a[href="#s3"]')).toBeVisible();
    await page.getByTestId("quiz-choice-bid-to-cover-1").check();
    await page.getByTestId("quiz-check-bid-to-cover").click();
    await expect(page.getByTestId("quiz-score")).toHaveAttribute("data-right", "1");
    // Nothing about the answers goes into the link.
    expect(page.url()).not.toContain("quiz");
  });
}

test("arrowing through a quiz question's choices gives nothing away until the reader checks", async ({ watched: page }) => {
  await page.goto("en/");
  await ready(page);
  const first = await show(page, "quiz-choice-duration-misses-0");
  await first.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const q = page.locator('[data-question="duration-misses"]');
  await expect(q.getByTestId("quiz-feedback")).toHaveCount(0);
  await expect(page.getByTestId("quiz-score")).toHaveAttribute("data-right", "0");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("quiz-check-duration-misses")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(q.getByTestId("quiz-feedback")).toBeVisible();
  // After a check, arrowing on leaves the grade and the score as they were until the next check.
  const score = await page.getByTestId("quiz-score").textContent();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowUp");
  await expect(q.getByTestId("quiz-feedback")).toBeVisible();
  await expect(page.getByTestId("quiz-score")).toHaveText(score!);
  // Each check button names its question.
  await expect(page.getByRole("button", { name: "Check my answer to question 2" })).toHaveCount(1);
});

test("glossary terms open by keyboard, and axe passes with a popover open", async ({ watched: page }) => {
  await page.goto("?lang=en");
  await ready(page);
  const term = page.locator("#s2 button.term").first();
  await term.scrollIntoViewIfNeeded();
  await term.focus();
  await page.keyboard.press("Enter");
  const id = await term.getAttribute("popovertarget");
  const pop = page.locator(`[id="${id}"]`);
  await expect(pop).toBeVisible();
  await expect(pop.locator('a[href^="#g-"]')).toBeVisible();
  // It opens right beside the line it explains (just below it, or just above near the bottom),
  // not over it and not centred on the screen.
  const [p, t] = [await pop.boundingBox(), await term.boundingBox()];
  const below = p!.y - (t!.y + t!.height), above = t!.y - (p!.y + p!.height);
  expect((below >= 0 && below < 16) || (above >= 0 && above < 16)).toBe(true);
  expect(await axeProblems(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(pop).toBeHidden();
  // The glossary entry it links to.
  const href = await pop.locator('a[href^="#g-"]').getAttribute("href");
  await expect(page.locator(`${href}[data-testid="glossary-term"]`)).toBeAttached();
  // Following it closes the popover (it would sit over the glossary), and the way back returns
  // the keyboard to the term.
  await page.keyboard.press("Enter");
  await expect(pop).toBeVisible();
  await pop.locator('a[href^="#g-"]').click();
  await expect(pop).toBeHidden();
  await expect(page.locator(href!)).toBeInViewport();
  await page.locator("#back-to").click();
  await expect(term).toBeFocused();
});
