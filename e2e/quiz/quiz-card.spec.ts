import { courseMap, findLesson } from "../../content/course-map";
import { quizzes } from "../../content/quizzes";
import { expect, test } from "./fixtures";
import { QuizPage } from "./quiz-page";

// Whole quizzes answered and graded, some without JavaScript: three times the default budget.
test.describe.configure({ timeout: 180_000 });

const session = findLesson("session")!;
const plain = (text: string) => text.replaceAll("`", "");

test.describe("the quiz on its own page", () => {
  test("the lesson ends with a card that leads to its quiz page, which leads back @responsive", async ({ quizCard, quizPage, page }) => {
    const total = quizPage.quiz.questions.length;
    await quizCard.goto(session);
    await expect(quizCard.section).toContainText(`${total} questions on this lesson`);
    await expect(quizCard.questions).toHaveCount(0);
    await expect(quizCard.savedResult.getByText("No saved result in this browser yet.")).toBeVisible();
    await expect(quizCard.takeQuiz).toHaveAttribute("href", quizPage.path);

    await quizCard.takeQuiz.click();
    await expect(page).toHaveURL(quizPage.path);
    await expect(page).toHaveTitle(`${session.shortTitle} — quiz · Session Lab`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${session.shortTitle} — quiz`);
    await expect(quizPage.questions).toHaveCount(total);
    // No lesson-to-lesson navigation here: the way out is back to the lesson.
    await expect(page.getByRole("navigation", { name: "Lessons" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the lesson", exact: true }).click();
    await expect(page).toHaveURL(`/lessons/${session.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(session.title);
  });

  test("the card shows the saved result, fetched after the static lesson has loaded", async ({ quizCard, quizPage, page, request, axeViolations }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i === 0 ? "wrong" : "right"));
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);

    const fetched = page.waitForResponse((r) => r.url().endsWith("/api/progress/session") && r.request().method() === "GET");
    await quizCard.goto(session);
    await fetched;
    await expect(quizCard.savedResult).toContainText(`Your last result: ${questions.length - 1} of ${questions.length}`);
    await expect(quizCard.savedResult.getByRole("link", { name: "Explanations" })).toHaveAttribute("href", "/lessons/session/result");
    expect(await axeViolations(["#quiz"])).toEqual([]);

    // The lesson's HTML is the same for everyone: the result is not in it, even with the learner's cookie.
    const cookie = (await page.context().cookies()).find((c) => c.name === "__Host-session-lab-progress")!;
    const html = await (await request.get(`/lessons/${session.slug}`, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).text();
    expect(html).toContain("Taken this quiz before?");
    expect(html).not.toContain(`Your last result: ${questions.length - 1} of`);
  });

  test("answers not yet checked survive a trip to a question's lesson section and back; grading clears them @responsive", async ({
    quizPage,
    page,
  }) => {
    const { questions } = quizPage.quiz;
    const [first, second, third] = questions as [(typeof questions)[number], (typeof questions)[number], (typeof questions)[number]];
    const chosen = async () => {
      for (const option of first.options.filter((o) => o.correct)) {
        await expect(quizPage.question(first).getByRole(first.kind === "single" ? "radio" : "checkbox", { name: plain(option.text), exact: true })).toBeChecked();
      }
      const wrong = second.options.find((o) => !o.correct)!;
      await expect(quizPage.question(second).getByRole(second.kind === "single" ? "radio" : "checkbox", { name: plain(wrong.text), exact: true })).toBeChecked();
    };

    await quizPage.goto();
    await quizPage.answer(first, "right");
    await quizPage.answer(second, "wrong");
    // The answer to another question carries its "Read the lesson section" link, to the lesson's page.
    await quizPage.peekButton(third, "Check this question").click();
    await quizPage.peekButton(third, "Show the answer").click();
    await quizPage.peekAnswer(third).getByRole("link", { name: /^Read the lesson section/ }).click();
    await expect(page).toHaveURL(`/lessons/${quizPage.quiz.slug}#${third.section}`);
    await page.goBack();
    await expect(page).toHaveURL(quizPage.path);
    await chosen();

    // A fresh load, which no back/forward cache can answer: the answers come from the tab's session storage.
    await quizPage.goto();
    await chosen();

    await quizPage.answerAll(() => "right", questions.slice(2));
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    await quizPage.goto();
    // Once the saved result has arrived the page has hydrated, and a draft would have been restored by then.
    await expect(quizPage.savedResult).toContainText(`Your last result: ${questions.length - 1} of ${questions.length}`);
    await expect(quizPage.question(first).getByRole(first.kind === "single" ? "radio" : "checkbox", { checked: true })).toHaveCount(0);
  });

  test("every lesson's card and quiz page: the questions only on the quiz page, with its own title", async ({ request }) => {
    for (const lesson of courseMap) {
      const quiz = quizzes[lesson.slug];
      if (!quiz) continue;
      const lessonHtml = await (await request.get(`/lessons/${lesson.slug}`)).text();
      const quizHtml = await (await request.get(`/lessons/${lesson.slug}/quiz`)).text();
      expect(lessonHtml, lesson.slug).toContain(`href="/lessons/${lesson.slug}/quiz"`);
      // React separates the number from the words after it with an empty comment.
      expect(lessonHtml, lesson.slug).toMatch(new RegExp(`>${quiz.questions.length}(<!-- -->)? questions on this lesson`));
      expect(quizHtml, lesson.slug).toContain(`<title>${lesson.shortTitle} — quiz · Session Lab</title>`);
      expect(quizHtml, lesson.slug).toContain(`href="/lessons/${lesson.slug}"`);
      // Each question is a group of answer fields named after it; the lesson has none of them.
      for (const question of quiz.questions) expect(quizHtml, `${lesson.slug}/${question.id}`).toContain(`name="answer:${question.id}"`);
      expect(lessonHtml, lesson.slug).not.toContain('name="answer:');
    }
  });

  test("an unknown lesson's quiz page is the site's 404", async ({ page }) => {
    const response = await page.goto("/lessons/no-such-lesson/quiz");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  });
});

test.describe("every lesson's quiz without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const lesson of courseMap.filter((l) => quizzes[l.slug])) {
    test(`${lesson.slug}: from the lesson's card to the quiz page, graded with a plain form post`, async ({ page, quizCard }) => {
      const quizPage = new QuizPage(page, quizzes[lesson.slug]!);
      const total = quizPage.quiz.questions.length;
      await quizCard.goto(lesson);
      await quizCard.takeQuiz.click();
      await expect(page).toHaveURL(quizPage.path);
      await expect(quizPage.questions).toHaveCount(total);
      await quizPage.answerAll((_, i) => (i === 0 ? "wrong" : "right"));
      await quizPage.check();
      await expect(page).toHaveURL(`/lessons/${lesson.slug}/result`);
      await expect(quizPage.score).toContainText(`${total - 1} of ${total}`);
    });
  }
});
