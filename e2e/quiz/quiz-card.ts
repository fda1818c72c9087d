import type { Locator, Page } from "@playwright/test";
import type { LessonMeta } from "../../content/course-map";

/** The card at the end of a lesson, where the quiz used to be: how many questions, the saved result, the way in. */
export class QuizCard {
  readonly section: Locator;
  readonly takeQuiz: Locator;
  readonly savedResult: Locator;
  /** Questions of the quiz itself: the lesson page should have none. */
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: "Check yourself" });
    this.takeQuiz = this.section.getByRole("link", { name: "Take the quiz", exact: true });
    this.savedResult = this.section.getByRole("region", { name: "Your last result" });
    this.questions = page.getByRole("group", { name: /^Question \d+ of/ });
  }

  async goto(lesson: Pick<LessonMeta, "slug">) {
    await this.page.goto(`/lessons/${lesson.slug}`);
  }
}
