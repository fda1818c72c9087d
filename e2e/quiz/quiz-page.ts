import type { Locator, Page } from "@playwright/test";
import type { Quiz, QuizQuestion } from "../../content/quiz-schema";
import { sessionQuiz } from "../../content/quizzes/session";

export type Pick = "right" | "wrong";

/** What a label reads: the quiz's `backticks` become <code>, which has no characters of its own. */
const visible = (text: string) => text.replaceAll("`", "");

/** A lesson's quiz on its own page (the Session lesson's unless told), driven the way a learner would. */
export class QuizPage {
  readonly section: Locator;
  readonly checkButton: Locator;
  readonly score: Locator;
  readonly status: Locator;
  readonly savedResult: Locator;
  readonly questions: Locator;
  readonly results: Locator;

  constructor(
    readonly page: Page,
    readonly quiz: Quiz = sessionQuiz,
  ) {
    // The quiz on its page, or the same quiz on the saved-result page.
    this.section = page.getByRole("region", { name: /^(Check yourself|Your last attempt)$/ });
    this.checkButton = this.section.getByRole("button", { name: "Check answers" });
    this.score = this.section.getByRole("region", { name: /Your score/ });
    this.status = this.section.getByRole("status");
    this.savedResult = this.section.getByRole("region", { name: "Your last result" });
    this.questions = this.section.getByRole("group", { name: /^Question \d+ of/ });
    this.results = this.section.getByRole("article");
  }

  /** The quiz page's address, as the lesson's card links it. */
  get path() {
    return `/lessons/${this.quiz.slug}/quiz`;
  }

  async goto() {
    await this.page.goto(this.path);
  }

  /** The server-rendered page with the learner's saved result. */
  async gotoResult() {
    await this.page.goto(`/lessons/${this.quiz.slug}/result`);
  }

  /** Where a question starts, from the top of the document (not the viewport, which scrolling moves). */
  async questionTop(question: QuizQuestion): Promise<number> {
    return this.question(question).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  }

  /** The question's fieldset, found by its number and prompt as a screen reader would hear them. */
  question(question: QuizQuestion): Locator {
    const number = this.quiz.questions.indexOf(question) + 1;
    return this.section.getByRole("group", { name: `Question ${number} of ${this.quiz.questions.length}`, exact: false }).filter({
      hasText: visible(question.prompt),
    });
  }

  /** The graded card of a question. */
  result(question: QuizQuestion): Locator {
    return this.section.getByRole("article", { name: visible(question.prompt) });
  }

  async answer(question: QuizQuestion, pick: Pick) {
    const options = pick === "right" ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
    const group = this.question(question);
    for (const option of options) {
      await group.getByRole(question.kind === "single" ? "radio" : "checkbox", { name: visible(option.text), exact: true }).check();
    }
  }

  /** Answers the given questions (all, by default), right or wrong as `pick` says. */
  async answerAll(pick: (question: QuizQuestion, index: number) => Pick, only = this.quiz.questions) {
    for (const [index, question] of only.entries()) await this.answer(question, pick(question, index));
  }

  async check() {
    await this.checkButton.click();
  }

  /** A message shown on the page (the visually hidden live region repeats it, but is a status, not a paragraph). */
  message(text: string): Locator {
    return this.section.getByRole("paragraph").filter({ hasText: text });
  }

  /** The option ids of a question, in the order the page shows them. */
  async optionOrder(question: QuizQuestion): Promise<string[]> {
    return this.question(question).locator("input[type=radio], input[type=checkbox]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  /** The seed of the attempt on the form (a hidden field, posted with every button). */
  async seed(): Promise<number> {
    return Number(await this.section.locator("input[name=seed]").first().inputValue());
  }

  /** The question's own "Check this question" button (then "Show the answer"). */
  peekButton(question: QuizQuestion, name: "Check this question" | "Show the answer"): Locator {
    return this.question(question).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  /** The answer "Check this question" showed inside the question. */
  peekAnswer(question: QuizQuestion): Locator {
    const number = this.quiz.questions.indexOf(question) + 1;
    return this.question(question).getByRole("region", { name: new RegExp(`^The answer to question ${number}\\b`) });
  }

  retryButton(count: number): Locator {
    return this.section.getByRole("button", { name: `Retry the ${count === 1 ? "one" : count} I missed` });
  }
}
