import { seededShuffle } from "../../app/_lib/quiz/shuffle";
import type { QuizQuestion } from "../../content/quiz-schema";
import { expect, test } from "./fixtures";
import type { QuizPage } from "./quiz-page";

// These tests answer the whole quiz, grade and retry: three times the default budget.
test.describe.configure({ timeout: 180_000 });

const plain = (text: string) => text.replaceAll("`", "");
const ids = (question: QuizQuestion, seed: number) => seededShuffle(question.options, seed, question.id).map((o) => o.id);

/** A multi-answer question with at least two right options: choose only the first right one. */
function partlyRight(quizPage: QuizPage) {
  const question = quizPage.quiz.questions.find((q) => q.kind === "multi" && q.options.filter((o) => o.correct).length >= 2)!;
  const [chosen, missed] = question.options.filter((o) => o.correct);
  return { question, chosen: chosen!, missed: missed! };
}

test.describe("quiz feedback that teaches", () => {
  test("a right option the learner did not choose reads \"you missed this\", apart from one they chose; the card links section and lab", async ({
    quizPage,
  }) => {
    const { question, chosen, missed } = partlyRight(quizPage);
    await quizPage.goto();
    await quizPage.answerAll((q) => (q === question ? "wrong" : "right"));
    // Replace the wrong pick with one right option only.
    const group = quizPage.question(question);
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
    await group.getByRole("checkbox", { name: plain(chosen.text), exact: true }).check();
    await quizPage.check();
    await expect(quizPage.score).toBeVisible();

    const card = quizPage.result(question);
    await expect(card).toContainText("Wrong");
    const chosenItem = card.getByRole("listitem").filter({ hasText: plain(chosen.text) });
    const missedItem = card.getByRole("listitem").filter({ hasText: plain(missed.text) });
    await expect(chosenItem).toContainText("Correct · you chose it");
    await expect(missedItem).toContainText("Correct · you missed this");
    await expect(chosenItem).toHaveAttribute("data-verdict", "chosen-right");
    await expect(missedItem).toHaveAttribute("data-verdict", "missed");
    // Not by colour alone: a different icon shape, and a dashed border.
    const iconPath = (item: typeof chosenItem) => item.locator("svg path").getAttribute("d");
    expect(await iconPath(missedItem)).not.toBe(await iconPath(chosenItem));
    await expect(missedItem).toHaveCSS("border-style", "dashed");

    await expect(card.getByRole("link", { name: /^Read the lesson section/ })).toHaveAttribute("href", `/lessons/session#${question.section}`);
    if (question.lab) await expect(card.getByRole("link", { name: `Try it: ${question.lab.label}` })).toHaveAttribute("href", question.lab.href);
  });

  test("options come in the seeded order, the server grades by option id, and a retry reshuffles", async ({ quizPage }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    const first = await quizPage.seed();
    for (const question of questions.slice(0, 5)) expect(await quizPage.optionOrder(question)).toEqual(ids(question, first));
    // The shuffle is on: some questions show their options in another order than the quiz file's.
    let reordered = 0;
    for (const question of questions) if ((await quizPage.optionOrder(question)).join() !== question.options.map((o) => o.id).join()) reordered++;
    expect(reordered).toBeGreaterThan(questions.length / 2);

    const missed = questions.filter((q) => q.options.length >= 4).slice(0, 3);
    await quizPage.answerAll((q) => (missed.includes(q) ? "wrong" : "right"));
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length - 3} of ${questions.length}`);

    await quizPage.retryButton(3).click();
    await expect(quizPage.questions).toHaveCount(3);
    const second = await quizPage.seed();
    expect(second).not.toBe(first);
    for (const question of missed) expect(await quizPage.optionOrder(question)).toEqual(ids(question, second));
    const moved = missed.filter((q) => ids(q, second).join() !== ids(q, first).join());
    expect(moved.length, "a new seed gives at least one retried question a new order").toBeGreaterThan(0);

    await quizPage.answerAll(() => "right", missed);
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length} of ${questions.length}`);
  });

  test("\"Check this question\" shows a hint first, then the answer and every option's explanation, by keyboard @responsive", async ({
    quizPage,
    page,
    context,
  }) => {
    const question = quizPage.quiz.questions.find((q) => q.id === "fixation")!;
    const wrong = question.options.find((o) => !o.correct)!;
    await quizPage.goto();
    const group = quizPage.question(question);
    await expect(group).not.toContainText(plain(question.hint));

    // Keyboard only: into the radio group, pick the wrong option, Tab to the question's own check.
    const radios = group.getByRole("radio");
    await radios.first().focus();
    const order = await quizPage.optionOrder(question);
    const steps = order.indexOf(wrong.id);
    for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
    await expect(group.getByRole("radio", { name: plain(wrong.text), exact: true })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(quizPage.peekButton(question, "Check this question")).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(group).toContainText(`Hint: ${plain(question.hint)}`);
    await expect(group.locator(`#q-${question.id}-peek`)).toBeFocused();
    await expect(quizPage.status).toContainText("A hint for question");
    // The hint is not the answer: nothing graded, nothing saved, the choice kept.
    await expect(group.getByRole("radio", { name: plain(wrong.text), exact: true })).toBeChecked();
    expect((await context.cookies()).map((c) => c.name)).not.toContain("__Host-session-lab-progress");

    await page.keyboard.press("Tab");
    await expect(quizPage.peekButton(question, "Show the answer")).toBeFocused();
    await page.keyboard.press("Enter");
    const answer = quizPage.peekAnswer(question);
    await expect(answer).toContainText("Wrong");
    await expect(answer.getByRole("listitem").filter({ hasText: plain(wrong.text) })).toContainText("Incorrect · you chose it");
    const right = question.options.find((o) => o.correct)!;
    await expect(answer.getByRole("listitem").filter({ hasText: plain(right.text) })).toContainText("Correct · you missed this");
    for (const option of question.options) await expect(answer).toContainText(plain(option.explanation));
    await expect(answer.getByRole("link", { name: /^Read the lesson section/ })).toHaveAttribute("href", `/lessons/session#${question.section}`);
    await expect(answer.getByRole("link", { name: `Try it: ${question.lab!.label}` })).toHaveAttribute("href", question.lab!.href);
    await expect(quizPage.peekButton(question, "Show the answer")).toHaveCount(0);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("__Host-session-lab-progress");
  });

  test("hints are not in the quiz page's HTML before a check, and a check shows the question's own", async ({ request, quizPage }) => {
    const html = await (await request.get(quizPage.path)).text();
    // The control: the questions themselves are there.
    expect(html).toContain(plain(quizPage.quiz.questions[0]!.prompt).slice(0, 40));
    for (const question of quizPage.quiz.questions) {
      // A long run of plain words from the hint, so HTML and JSON escaping cannot hide it.
      const words = question.hint.match(/[A-Za-z ]{20,}/)![0];
      expect(html, question.id).not.toContain(words);
    }
    // Absent from the HTML, yet there when asked: the hint comes from the server on a check (without this,
    // a page with no hints at all would pass).
    const question = quizPage.quiz.questions.at(-1)!;
    await quizPage.goto();
    await quizPage.peekButton(question, "Check this question").click();
    await expect(quizPage.question(question)).toContainText(`Hint: ${plain(question.hint)}`);
  });

  test("every section and lab a quiz links exists on its page", async ({ page }) => {
    const { quizzes } = await import("../../content/quizzes");
    const targets = new Map<string, Set<string>>();
    const add = (href: string) => {
      const url = new URL(href, "http://x");
      const path = url.pathname + url.search;
      if (!targets.has(path)) targets.set(path, new Set());
      targets.get(path)!.add(url.hash.slice(1));
    };
    for (const [slug, quiz] of Object.entries(quizzes)) {
      for (const question of quiz.questions) {
        add(`/lessons/${slug}#${question.section}`);
        if (question.lab) add(question.lab.href);
      }
    }
    for (const [path, anchors] of targets) {
      await page.goto(path);
      for (const anchor of anchors) await expect(page.locator(`[id="${anchor}"]`), `${path}#${anchor}`).toHaveCount(1);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations with a hint, an answer and a missed option shown, ${colorScheme}`, async ({ quizPage, axeViolations, page }) => {
      await page.emulateMedia({ colorScheme });
      const { question, chosen } = partlyRight(quizPage);
      await quizPage.goto();
      const other = quizPage.quiz.questions.find((q) => q.kind === "single")!;
      await quizPage.peekButton(other, "Check this question").click();
      await expect(quizPage.peekButton(other, "Show the answer")).toBeVisible();
      await quizPage.question(question).getByRole("checkbox", { name: plain(chosen.text), exact: true }).check();
      await quizPage.peekButton(question, "Check this question").click();
      await quizPage.peekButton(question, "Show the answer").click();
      await expect(quizPage.peekAnswer(question)).toContainText("Correct · you missed this");
      expect(await axeViolations(["#quiz"])).toEqual([]);
    });
  }
});

test.describe("quiz feedback without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the per-question check, the seeded order and grading all work with plain form posts @responsive", async ({ quizPage, page }) => {
    const { questions } = quizPage.quiz;
    const question = questions.find((q) => q.id === "timeouts")!;
    await quizPage.goto();
    const seed = await quizPage.seed();
    expect(await quizPage.optionOrder(question)).toEqual(ids(question, seed));

    const wrong = question.options.find((o) => !o.correct)!;
    await quizPage.question(question).getByRole("radio", { name: plain(wrong.text), exact: true }).check();
    await quizPage.peekButton(question, "Check this question").click();
    await expect(page).toHaveURL(/\/lessons\/session\/quiz$/);
    await expect(quizPage.question(question)).toContainText(`Hint: ${plain(question.hint)}`);
    // The notice at the top links to the question, since the page reloads at the quiz.
    await expect(quizPage.section.getByRole("link", { name: `Question ${questions.indexOf(question) + 1}` })).toBeVisible();
    await expect(quizPage.question(question).getByRole("radio", { name: plain(wrong.text), exact: true })).toBeChecked();
    expect(await quizPage.seed()).toBe(seed);
    expect(await quizPage.optionOrder(question)).toEqual(ids(question, seed));

    await quizPage.peekButton(question, "Show the answer").click();
    await expect(quizPage.peekAnswer(question)).toContainText("Incorrect · you chose it");
    await expect(quizPage.question(question)).toContainText(`Hint: ${plain(question.hint)}`);

    await quizPage.answerAll((q) => (q === question ? "wrong" : "right"));
    await quizPage.check();
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    await expect(quizPage.result(question).getByRole("link", { name: /^Read the lesson section/ })).toHaveAttribute(
      "href",
      `/lessons/session#${question.section}`,
    );

    await quizPage.retryButton(1).click();
    await expect(quizPage.questions).toHaveCount(1);
    const retrySeed = await quizPage.seed();
    expect(retrySeed).not.toBe(seed);
    expect(await quizPage.optionOrder(question)).toEqual(ids(question, retrySeed));
  });
});
