import { findLesson } from "../../content/course-map";
import { expect, test } from "./fixtures";

// Each test answers a dozen questions, grades and often reloads: three times the default budget.
test.describe.configure({ timeout: 180_000 });

const unansweredAll = (n: number) => `Answer every question before checking: ${n} questions are still unanswered.`;

test.describe("the lesson quiz", () => {
  test("all answers right gives full marks and nothing to retry @responsive", async ({ quizPage }) => {
    const total = quizPage.quiz.questions.length;
    await quizPage.goto();
    await expect(quizPage.questions).toHaveCount(total);
    await quizPage.answerAll(() => "right");
    // With JavaScript the form goes to the JSON route, not the server action that would resend the page.
    const graded = quizPage.page.waitForResponse((r) => r.url().endsWith("/api/progress/session") && r.request().method() === "POST");
    await quizPage.check();
    expect((await graded).headers()["content-type"]).toContain("application/json");
    await expect(quizPage.score).toContainText(`${total} of ${total}`);
    await expect(quizPage.score).toContainText("Every answer right");
    await expect(quizPage.score).toBeFocused();
    await expect(quizPage.status).toHaveText(`Your score: ${total} of ${total}. Every answer right.`);
    await expect(quizPage.results.filter({ hasText: "Wrong" })).toHaveCount(0);
    await expect(quizPage.section.getByRole("button", { name: /Retry/ })).toHaveCount(0);
  });

  test("wrong answers are marked, every option explains itself, and the score counts only the right ones", async ({ quizPage }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i < 3 ? "wrong" : "right"));
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length - 3} of ${questions.length}`);
    await expect(quizPage.status).toHaveText(`Your score: ${questions.length - 3} of ${questions.length}. 3 missed; explanations below.`);
    await expect(quizPage.results).toHaveCount(questions.length);
    for (const [i, question] of questions.entries()) {
      const card = quizPage.result(question);
      await expect(card).toContainText(i < 3 ? "Wrong" : "Right");
      // Every option's own explanation, right or wrong, chosen or not.
      for (const option of question.options) await expect(card).toContainText(option.explanation.replaceAll("`", ""));
    }
    const firstWrong = quizPage.result(questions[0]!);
    await expect(firstWrong.getByText("Incorrect · you chose it")).toBeVisible();
  });

  test("retry re-asks only the missed questions and the score combines both attempts", async ({ quizPage }) => {
    const { questions } = quizPage.quiz;
    const missed = [questions[1]!, questions[4]!, questions[8]!];
    await quizPage.goto();
    await quizPage.answerAll((q) => (missed.includes(q) ? "wrong" : "right"));
    await quizPage.check();
    await quizPage.retryButton(3).click();
    await expect(quizPage.questions).toHaveCount(3);
    for (const question of missed) await expect(quizPage.question(question)).toBeVisible();
    await expect(quizPage.message(`Your score so far is ${questions.length - 3} of ${questions.length}`)).toBeVisible();
    await expect(quizPage.status).toHaveText("Showing the 3 questions you missed.");

    await quizPage.answerAll((q) => (q === missed[2] ? "wrong" : "right"), missed);
    await quizPage.check();
    await expect(quizPage.score).toContainText("Your score after the retry");
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    await expect(quizPage.results).toHaveCount(3);
    await quizPage.retryButton(1).click();
    await expect(quizPage.questions).toHaveCount(1);
    await expect(quizPage.question(missed[2]!)).toBeVisible();
  });

  test("the result is kept in a sealed HttpOnly cookie and shows again after reloads", async ({ quizPage, page, context }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i % 5 === 0 ? "wrong" : "right"));
    const graded = page.waitForResponse((r) => r.url().endsWith("/api/progress/session") && r.request().method() === "POST");
    await quizPage.check();
    const missed = questions.filter((_, i) => i % 5 === 0);
    const score = `${questions.length - missed.length} of ${questions.length}`;
    await expect(quizPage.score).toContainText(score);

    // The header the server sent, as the browser read it: a __Host- name is only accepted with Secure, Path=/ and no Domain.
    const [setCookie, ...more] = await (await graded).headerValues("set-cookie");
    expect(more).toEqual([]);
    expect(setCookie).toMatch(/^__Host-[^=;]+=Fe26\.2\*/);
    const attributes = setCookie!.split(";").slice(1).map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "path=/", "samesite=lax"]));
    expect(attributes.filter((a) => a.startsWith("domain="))).toEqual([]);
    const cookie = (await context.cookies()).find((c) => c.name === "__Host-session-lab-progress");
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    expect(cookie!.value).toMatch(/^Fe26\.2\*/);
    expect(cookie!.value).not.toContain(questions[0]!.id);

    await page.reload();
    await expect(quizPage.savedResult).toContainText(`Your last result: ${score}`);
    await page.reload();
    await expect(quizPage.savedResult).toContainText(`Your last result: ${score}`);
    await quizPage.savedResult.getByRole("button", { name: `Retry the ${missed.length} I missed` }).click();
    await expect(quizPage.questions).toHaveCount(missed.length);
    await quizPage.answerAll(() => "right", missed);
    await quizPage.check();
    await expect(quizPage.score).toContainText(`${questions.length} of ${questions.length}`);
    await page.reload();
    await expect(quizPage.savedResult).toContainText(`Your last result: ${questions.length} of ${questions.length}`);
    await expect(quizPage.savedResult).toContainText("Every answer right.");
  });

  test("the saved result page shows the last attempt with the learner's choices, explanations and sources", async ({ quizPage, page }) => {
    test.slow(); // grades 20 questions, reloads, then checks every option of a result card
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i === 1 ? "wrong" : "right"));
    await quizPage.check();
    await expect(quizPage.score).toBeVisible();
    await page.reload();
    // A plain link: following its address is what a click does. (A click on it once waited 9 minutes for a
    // navigation the busy test machine never reported, so the test follows the address itself.)
    const explanations = quizPage.savedResult.getByRole("link", { name: "Explanations" });
    await expect(explanations).toHaveAttribute("href", /^\/lessons\/session\/result(#quiz)?$/);
    await page.goto((await explanations.getAttribute("href"))!);
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(findLesson("session")!.title);
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    await expect(quizPage.results).toHaveCount(questions.length);
    const wrong = quizPage.result(questions[1]!);
    await expect(wrong).toContainText("Wrong");
    await expect(wrong.getByText("Incorrect · you chose it")).toBeVisible();
    for (const option of questions[1]!.options) {
      await expect(wrong).toContainText(option.explanation.replaceAll("`", ""));
      await expect(wrong.getByRole("link", { name: option.source.label }).first()).toHaveAttribute("href", option.source.href);
    }
  });

  test("the saved-result box keeps its place: the quiz does not move when the result arrives @responsive", async ({ quizPage, page }) => {
    const first = quizPage.quiz.questions[0]!;
    // Hold each saved-result request until the page has been measured, then let it through. The request is
    // sent after hydration, which a busy machine can delay past the measurement: wait until it has arrived.
    let release = () => {};
    let arrived = () => {};
    await page.route("**/api/progress/session", async (route) => {
      if (route.request().method() === "GET") {
        const held = new Promise<void>((resolve) => (release = resolve));
        arrived();
        await held;
      }
      await route.continue();
    });
    for (const expected of ["No saved result in this browser yet.", "Your last result:"]) {
      const requested = new Promise<void>((resolve) => (arrived = resolve));
      await (expected.startsWith("No") ? quizPage.goto() : page.reload());
      await requested;
      await expect(quizPage.question(first)).toBeVisible();
      await expect(quizPage.savedResult.getByText("Taken this quiz before?")).toBeVisible();
      const before = await quizPage.questionTop(first);
      release();
      await expect(quizPage.savedResult.getByText(expected)).toBeVisible();
      expect(await quizPage.questionTop(first)).toBe(before);
      if (expected.startsWith("No")) {
        await quizPage.answerAll((_, i) => (i === 0 ? "wrong" : "right"));
        await quizPage.check();
        await expect(quizPage.score).toBeVisible();
      }
    }
  });

  test("checking with no answers explains what is missing instead of failing", async ({ quizPage, page }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.check();
    const message = quizPage.message(unansweredAll(questions.length));
    await expect(message).toBeVisible();
    await expect(quizPage.status).toHaveText(unansweredAll(questions.length));
    await expect(quizPage.section.getByText("Choose an answer.")).toHaveCount(questions.length);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Answers given before checking are kept; the links lead to what is still missing.
    await quizPage.answer(questions[0]!, "right");
    await quizPage.check();
    await expect(quizPage.message(unansweredAll(questions.length - 1))).toBeVisible();
    const first = questions[0]!.options.find((o) => o.correct)!;
    await expect(quizPage.question(questions[0]!).getByRole("radio", { name: first.text.replaceAll("`", "") })).toBeChecked();
    await quizPage.section.getByRole("link", { name: "Question 2", exact: true }).click();
    await expect(page).toHaveURL(/#q-/);
  });

  test("answers and explanations are not in the page before grading", async ({ request, quizPage }) => {
    const html = await (await request.get(quizPage.path)).text();
    expect(html).toContain(quizPage.quiz.questions[0]!.options[0]!.text);
    expect(html).not.toMatch(/\\?"correct\\?":/);
    for (const question of quizPage.quiz.questions) {
      for (const option of question.options) expect(html).not.toContain(option.explanation.slice(0, 60));
    }
  });

  test("the progress endpoint answers per lesson, uncached, and 404s for unknown lessons", async ({ request }) => {
    const fresh = await request.get("/api/progress/session");
    expect(fresh.status()).toBe(200);
    expect(fresh.headers()["cache-control"]).toContain("no-store");
    expect(await fresh.json()).toEqual({ progress: null });
    const unknown = await request.get("/api/progress/no-such-lesson");
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'There is no lesson "no-such-lesson".' });
  });

  test("the grading route accepts only small same-origin forms", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const form = { slug: "session", intent: "check", asked: "stateless" };
    const crossSite = await request.post("/api/progress/session", { form, headers: { origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const json = await request.post("/api/progress/session", { data: form, headers: { origin } });
    expect(json.status()).toBe(415);
    const huge = await request.post("/api/progress/session", { form: { ...form, pad: "x".repeat(20_000) }, headers: { origin } });
    expect(huge.status()).toBe(413);
    const unanswered = await request.post("/api/progress/session", { form, headers: { origin } });
    expect(unanswered.status()).toBe(422);
    expect(await unanswered.json()).toMatchObject({ state: { view: "asking", notice: { tone: "error" } } });
    expect((await request.post("/api/progress/nope", { form, headers: { origin } })).status()).toBe(404);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations before and after grading, ${colorScheme}`, async ({ quizPage, axeViolations, page }) => {
      test.slow(); // two axe scans over 20 questions and their graded cards
      await page.emulateMedia({ colorScheme });
      await quizPage.goto();
      await quizPage.check();
      await expect(quizPage.section.getByText("Choose an answer.").first()).toBeVisible();
      expect(await axeViolations(["#quiz"])).toEqual([]);
      await quizPage.answerAll((_, i) => (i % 2 ? "wrong" : "right"));
      await quizPage.check();
      await expect(quizPage.score).toBeVisible();
      expect(await axeViolations(["#quiz"])).toEqual([]);
    });
  }
});

test.describe("the lesson quiz without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("validates, grades, keeps the result and retries the missed questions with plain form posts @responsive", async ({
    quizPage,
    page,
    context,
  }) => {
    const { questions } = quizPage.quiz;
    const missed = [questions[2]!, questions[9]!];
    await quizPage.goto();

    await quizPage.check();
    await expect(quizPage.message(unansweredAll(questions.length))).toBeVisible();
    // The form posts to the quiz page itself (useActionState's permalink), which renders the notice.
    await expect(page).toHaveURL(/\/lessons\/session\/quiz$/);

    await quizPage.answerAll((q) => (missed.includes(q) ? "wrong" : "right"));
    await quizPage.check();
    // Post/redirect/get: the graded post lands on the result page.
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(quizPage.score).toContainText(`${questions.length - 2} of ${questions.length}`);
    await expect(quizPage.result(missed[0]!)).toContainText("Wrong");
    await expect(quizPage.result(missed[0]!)).toContainText(missed[0]!.options[0]!.explanation.replaceAll("`", ""));
    expect((await context.cookies()).map((c) => c.name)).toContain("__Host-session-lab-progress");

    await quizPage.retryButton(2).click();
    await expect(quizPage.questions).toHaveCount(2);
    await quizPage.answerAll(() => "right", missed);
    await quizPage.check();
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(quizPage.score).toContainText(`${questions.length} of ${questions.length}`);

    await quizPage.section.getByRole("button", { name: "Take the quiz again" }).click();
    await expect(quizPage.questions).toHaveCount(questions.length);
  });

  test("reloading after a graded post shows the result again without resending the form", async ({ quizPage, page }) => {
    const { questions } = quizPage.quiz;
    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i === 0 ? "wrong" : "right"));
    const graded = page.waitForResponse((r) => r.request().method() === "POST");
    await quizPage.check();
    expect((await graded).status()).toBe(303);
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(page.getByText("attempt 1.")).toBeVisible();

    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() !== "GET") posts.push(request.url());
    });
    await page.reload();
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    // Nothing was sent again: still the first attempt.
    await expect(page.getByText("attempt 1.")).toBeVisible();
    expect(posts).toEqual([]);
  });

  test("a returning learner finds the saved result, with explanations, from the lesson's quiz card", async ({ quizPage, quizCard, page }) => {
    const { questions } = quizPage.quiz;
    await quizPage.gotoResult();
    await expect(page.getByText("There is no saved result for this quiz in this browser yet")).toBeVisible();

    await quizPage.goto();
    await quizPage.answerAll((_, i) => (i === 3 ? "wrong" : "right"));
    await quizPage.check();
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);

    // Later: a fresh visit to the lesson, still without JavaScript: its quiz card links the saved result.
    await quizCard.goto(quizPage.quiz);
    await quizCard.savedResult.getByRole("link", { name: "See your saved result, with explanations" }).click();
    await expect(page).toHaveURL(/\/lessons\/session\/result(#quiz)?$/);
    await expect(quizPage.score).toContainText(`${questions.length - 1} of ${questions.length}`);
    const wrong = quizPage.result(questions[3]!);
    await expect(wrong.getByText("Incorrect · you chose it")).toBeVisible();
    for (const option of questions[3]!.options) await expect(wrong).toContainText(option.explanation.replaceAll("`", ""));
  });
});
