import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

// A graded quiz, the home page and the reset round trip: a few server round trips on a shared machine.
test.describe.configure({ timeout: 120_000 });

const first = courseMap[0]!;

test("a quiz result sets the lesson's mastery on the course map, and reset clears it after a confirmation @responsive", async ({ quizPage, page }) => {
  const { questions } = quizPage.quiz;
  await page.goto("/");
  const card = page.getByRole("region", { name: "Lessons" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: first.title, exact: true }) });
  await expect(card).toContainText("Not started: no quiz result yet");
  await expect(page.getByRole("region", { name: "Lessons" })).toContainText(`Continue here`);
  await expect(page.getByRole("link", { name: "Reset my progress" })).toHaveCount(0);

  // Four wrong of fifteen: 73% right, which the page's thresholds call familiar.
  await quizPage.goto();
  await quizPage.answerAll((_, i) => (i < 4 ? "wrong" : "right"));
  await quizPage.check();
  await expect(quizPage.score).toContainText(`${questions.length - 4} of ${questions.length}`);

  await page.goto("/");
  const share = (questions.length - 4) / questions.length;
  const level = share >= 0.85 ? "Proficient" : share >= 0.6 ? "Familiar" : "Attempted";
  await expect(card).toContainText(`${level}: latest ${questions.length - 4} of ${questions.length}`);
  await expect(card.getByRole("meter", { name: "Mastery" })).toHaveAttribute("aria-valuetext", level);
  // Not mastered yet: "Continue here" also leads straight back to its quiz, on the quiz's own page.
  await expect(page.getByRole("link", { name: `Take the ${first.shortTitle} quiz again` })).toHaveAttribute("href", quizPage.path);
  await page.getByText("How mastery levels are set").click();
  await expect(page.getByText("Every question right in the latest attempt.")).toBeVisible();

  await page.getByRole("link", { name: "Reset my progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset my progress?");
  await page.getByRole("button", { name: "Yes, reset my progress" }).click();
  await expect(page).toHaveURL(/\/\?progress=reset#lessons$/);
  await expect(page.getByRole("status").filter({ hasText: "Your progress is reset" })).toBeVisible();
  await expect(card).toContainText("Not started: no quiz result yet");
});

test("the lesson page says where it sits in the course", async ({ page }) => {
  for (const [index, lesson] of courseMap.entries()) {
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page.getByText(`Lesson ${index + 1} of ${courseMap.length}`)).toBeVisible();
    for (const slug of lesson.prerequisites) {
      const before = courseMap.find((l) => l.slug === slug)!;
      // The lesson header's "Before this lesson:" line (inside the article, so not a banner landmark).
      await expect(page.getByText("Before this lesson:").getByRole("link", { name: before.shortTitle, exact: true })).toBeVisible();
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reset works as a plain form and a refused form changes nothing", async ({ page, request }) => {
    await page.goto("/progress/reset");
    await page.getByRole("button", { name: "Yes, reset my progress" }).click();
    await expect(page).toHaveURL(/\/\?progress=reset#lessons$/);
    const origin = new URL(page.url()).origin;
    const unconfirmed = await request.post("/api/progress/reset", { headers: { Origin: origin }, form: { confirm: "no" } });
    expect(unconfirmed.status()).toBe(422);
    const foreign = await request.post("/api/progress/reset", { headers: { Origin: "https://evil.example" }, form: { confirm: "yes" } });
    expect(foreign.status()).toBe(403);
  });
});

test("the reset page and the course map with progress have no accessibility violations", async ({ page, axeViolations }) => {
  await page.goto("/progress/reset");
  expect(await axeViolations()).toEqual([]);
  await page.goto("/?progress=reset");
  expect(await axeViolations()).toEqual([]);
});
