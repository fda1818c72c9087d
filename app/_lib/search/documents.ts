import { readFileSync } from "node:fs";
import path from "node:path";
import { courseMap } from "@/content/course-map";
import { glossary } from "@/content/glossary";
import { quizzes } from "@/content/quizzes";
import { questionAnchor } from "@/components/quiz/styles";
import { quizPath } from "@/app/_lib/quiz/paths";
import { lessonSections } from "./lesson-sections";
import type { SearchDocument } from "./engine";

// Backticks mark inline code in glossary and quiz prose; search matches the words inside them.
const plain = (text: string) => text.replaceAll("`", "");

// "a, b and c", as the lessons write lists.
const list = new Intl.ListFormat("en-GB", { type: "conjunction" });

/**
 * Everything search can find, in course order: every lesson section (headings and prose), every glossary term
 * and every quiz question. Built from the same sources the pages render, so a result's anchor always exists.
 */
export function searchDocuments(lessonsDir = path.join(process.cwd(), "lessons")): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const lesson of courseMap) {
    const source = readFileSync(path.join(lessonsDir, lesson.slug, "index.mdx"), "utf8");
    for (const section of lessonSections(source, lesson.title)) {
      documents.push({
        id: `s:${lesson.slug}#${section.id}`,
        kind: "section",
        title: section.title,
        context: lesson.shortTitle,
        text: section.text,
        href: section.id ? `/lessons/${lesson.slug}#${section.id}` : `/lessons/${lesson.slug}`,
      });
    }
  }
  for (const term of glossary) {
    documents.push({
      id: `t:${term.id}`,
      kind: "term",
      title: term.title,
      context: "Glossary",
      text: plain([term.aliases.join(", "), term.definition, ...term.explanation].join(" ")),
      // The aliases are searched, but read as the start of a sentence they ran into the definition.
      summary: plain(term.definition),
      href: `/glossary/${term.id}`,
    });
  }
  for (const lesson of courseMap) {
    const quiz = quizzes[lesson.slug];
    const questions = quiz?.questions ?? [];
    for (const [index, question] of questions.entries()) {
      const topics = question.terms.map((id) => glossary.find((t) => t.id === id)?.title).filter((title) => title !== undefined);
      documents.push({
        id: `q:${lesson.slug}:${question.id}`,
        kind: "quiz",
        title: plain(question.prompt),
        context: `${lesson.shortTitle} quiz`,
        // The terms it tests count as its topic: searching "fixation" finds the questions about it.
        text: plain([...topics, ...question.options.map((option) => option.text)].join(" ")),
        // Not the options: shown as a sentence, a wrong option reads as a fact, and the right one gives the answer away.
        summary: `Question ${index + 1} of ${questions.length} in the ${lesson.shortTitle} quiz${topics.length > 0 ? `, on ${list.format(topics)}` : ""}.`,
        href: `${quizPath(lesson.slug)}#${questionAnchor(question.id)}`,
      });
    }
  }
  return documents;
}
