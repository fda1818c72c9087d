import type { Page } from "@playwright/test";
import { courseMap } from "../../content/course-map";
import { quizzes } from "../../content/quizzes";
import { QuizPage } from "../quiz/quiz-page";
import { expect, test } from "./fixtures";

// Two quizzes, a review and a search: many server round trips on a shared machine.
test.describe.configure({ timeout: 180_000 });

const [first, second] = courseMap as [(typeof courseMap)[number], (typeof courseMap)[number]];

function lessonCard(page: Page, title: string) {
  return page.getByRole("region", { name: "Lessons" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

/** Saves a graded quiz through the quiz's own endpoint, as the lesson's form does with JavaScript. */
async function takeQuizByApi(page: Page, slug: string, wrong: number) {
  const quiz = quizzes[slug]!;
  const form = new URLSearchParams({ slug, intent: "check" });
  quiz.questions.forEach((question, index) => {
    form.append("asked", question.id);
    const options = index < wrong ? [question.options.find((o) => !o.correct)!] : question.options.filter((o) => o.correct);
    for (const option of options) form.append(`answer:${question.id}`, option.id);
  });
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`/api/progress/${slug}`, {
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    data: form.toString(),
  });
  expect(response.status()).toBe(200);
}

test("a learner takes two quizzes, sees mastery change, takes a review that targets their misses and updates mastery, then finds a section by search", async ({ page, review }) => {
  await review.goto();
  await expect(page).toHaveURL(/\/review\?seed=[0-9a-z]{8}$/);
  await expect(page.getByText("There is nothing to review yet")).toBeVisible();
  await expect(page.getByRole("link", { name: `the ${first.shortTitle} quiz` })).toHaveAttribute("href", `/lessons/${first.slug}/quiz`);

  const firstQuiz = new QuizPage(page, quizzes[first.slug]!);
  await firstQuiz.goto();
  await firstQuiz.answerAll((_, i) => (i < 5 ? "wrong" : "right"));
  await firstQuiz.check();
  const total1 = firstQuiz.quiz.questions.length;
  await expect(firstQuiz.score).toContainText(`${total1 - 5} of ${total1}`);

  const secondQuiz = new QuizPage(page, quizzes[second.slug]!);
  await secondQuiz.goto();
  await secondQuiz.answerAll(() => "right");
  await secondQuiz.check();
  await expect(secondQuiz.score).toContainText(`${secondQuiz.quiz.questions.length} of ${secondQuiz.quiz.questions.length}`);

  await page.goto("/");
  await expect(lessonCard(page, first.title)).toContainText(`latest ${total1 - 5} of ${total1}`);
  await expect(lessonCard(page, second.title).getByRole("meter", { name: "Mastery" })).toHaveAttribute("aria-valuetext", "Mastered");

  // The next lesson names the first as "before this lesson", with the learner's level in it.
  const share = (total1 - 5) / total1;
  const level = share >= 0.85 ? "proficient" : share >= 0.6 ? "familiar" : "attempted";
  await page.goto(`/lessons/${second.slug}`);
  await expect(page.getByText("Before this lesson:")).toContainText(`Before this lesson: ${first.shortTitle} (${level})`);

  // The same seed draws the same questions; only attempted lessons are drawn from.
  await review.goto("e2e1");
  await expect(review.questions).toHaveCount(10);
  const asked = await review.asked();
  for (const { slug } of asked) expect([first.slug, second.slug]).toContain(slug);
  await page.reload();
  expect(await review.asked()).toEqual(asked);
  // Five of the first lesson's questions were missed: weighted ×4, most of them come up.
  const missedIds = firstQuiz.quiz.questions.slice(0, 5).map((q) => q.id);
  const missedAsked = asked.filter((a) => a.slug === first.slug && missedIds.includes(a.question.id)).length;
  expect(missedAsked).toBeGreaterThanOrEqual(2);

  for (const [index, { question }] of asked.entries()) await review.answer(index, question, "right");
  await review.checkButton.click();
  await expect(page).toHaveURL(/\/review\/result\?seed=e2e1$/);
  await expect(review.score).toContainText("10 of 10");
  const after = total1 - 5 + missedAsked;
  await expect(review.score.getByRole("listitem").filter({ hasText: new RegExp(`^${first.shortTitle}:`) })).toContainText(`latest ${after} of ${total1}`);

  await page.goto("/");
  await expect(lessonCard(page, first.title)).toContainText(`latest ${after} of ${total1}`);

  // Find a section by keyboard from the header's search (phones have a link to /search instead).
  if ((page.viewportSize()?.width ?? 0) >= 640) {
    await page.locator("body").press("/");
    await page.keyboard.type("fixation");
    const box = page.getByRole("banner").getByRole("combobox", { name: "Search the course" });
    await expect(page.getByRole("listbox", { name: "Search suggestions" }).getByRole("option").first()).toBeVisible();
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/lessons\/session#session-fixation$/);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the review draws, grades a blank as missed, and shows every explanation @responsive", async ({ page, review }) => {
    await page.goto("/");
    await takeQuizByApi(page, first.slug, 3);
    await review.goto("nojs2");
    const asked = await review.asked();
    expect(asked.length).toBe(Math.min(10, quizzes[first.slug]!.questions.length));

    await review.answer(0, asked[0]!.question, "right");
    await review.checkButton.click();
    await expect(page).toHaveURL(/\/review\/result\?seed=nojs2$/);
    await expect(review.score).toContainText(`1 of ${asked.length}`);
    // The result cards, inside the page's own article.
    const cards = page.getByRole("article").getByRole("article");
    await expect(cards).toHaveCount(asked.length);
    await expect(cards.nth(1)).toContainText("Wrong");
  });
});

test("the review and its result pass axe, light and dark @responsive", async ({ page, review, axeViolations }) => {
  await page.goto("/");
  await takeQuizByApi(page, first.slug, 2);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await review.goto(`axe${scheme}`);
    await expect(review.questions.first()).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    await review.checkButton.click();
    await expect(review.score).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  }
});

test("a tampered review form is refused with a 4xx and a sentence", async ({ page }) => {
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  const post = (body: string) => page.request.post("/api/review", { headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" }, data: body });
  expect((await post("seed=abc&ref=session/nope")).status()).toBe(422);
  expect((await post("seed=abc&ref=..%2Fetc")).status()).toBe(400);
  expect((await post("ref=session/q1")).status()).toBe(400);
  const foreign = await page.request.post("/api/review", { headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" }, data: "seed=abc&ref=session/q1" });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toEqual(expect.any(String));
});
