import type { Locator, Page } from "@playwright/test";
import { quizzes } from "../../content/quizzes";
import type { QuizQuestion } from "../../content/quiz-schema";

const visible = (text: string) => text.replaceAll("`", "");

/** /review and its result page, driven the way a learner would. */
export class ReviewPage {
  readonly questions: Locator;
  readonly checkButton: Locator;
  readonly score: Locator;

  constructor(readonly page: Page) {
    this.questions = page.getByRole("main").getByRole("group", { name: /^Question \d+ of \d+/ });
    this.checkButton = page.getByRole("button", { name: "Check my answers" });
    this.score = page.getByRole("region", { name: "Your score" });
  }

  async goto(seed?: string) {
    await this.page.goto(seed ? `/review?seed=${seed}` : "/review");
  }

  /** The questions on the page, as "lesson/question" refs in the order asked (the form's hidden fields). */
  async asked(): Promise<{ slug: string; question: QuizQuestion }[]> {
    const refs = await this.page.locator('input[type="hidden"][name="ref"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    return refs.map((ref) => {
      const [slug, id] = ref.split("/") as [string, string];
      return { slug, question: quizzes[slug]!.questions.find((q) => q.id === id)! };
    });
  }

  async answer(index: number, question: QuizQuestion, pick: "right" | "wrong") {
    const group = this.questions.nth(index);
    const options = pick === "right" ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
    for (const option of options) {
      await group.getByRole(question.kind === "single" ? "radio" : "checkbox", { name: visible(option.text), exact: true }).check();
    }
  }
}
