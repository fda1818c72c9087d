import type { Metadata } from "next";
import Link from "next/link";
import { courseMap, findLesson, prerequisitesOf } from "@/content/course-map";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { quizPath } from "@/app/_lib/quiz/paths";
import { readAllProgress } from "@/app/_lib/quiz/progress";
import { masteryOf, MASTERY_LEVELS, nextStep } from "@/app/_lib/quiz/mastery";
import { LessonCard } from "@/components/home/lesson-card";
import { textLink } from "@/components/text-link";

export const metadata: Metadata = {
  title: { absolute: "Session Lab — how web apps keep state across HTTP requests" },
  description:
    "A hands-on course on sessions: cookies, server-side stores, sealed cookies and JWTs, with a live sandbox where a real server issues you a session cookie.",
};

const outcomes = [
  "Why HTTP forgets you between requests, and how a cookie brings you back",
  "Where session state can live: a server-side store, a sealed cookie or a signed token, and what each costs",
  "The cookie attributes that keep a session safe, and what browsers really do by default",
  "How sessions survive a load balancer, a dead server and a logout",
];

export default async function HomePage({ searchParams }: { searchParams: Promise<{ progress?: string }> }) {
  const progress = readAllProgress(await getLearnerSession(), courseMap.map((l) => l.slug));
  const reset = (await searchParams).progress === "reset";
  const step = nextStep(courseMap.map((l) => l.slug), progress);
  const stepLesson = step ? findLesson(step.slug) : undefined;
  const anyProgress = Object.keys(progress).length > 0;
  return (
    <div className="space-y-14">
      <section aria-labelledby="intro-title" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
          An interactive course
        </p>
        <h1 id="intro-title" className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">
          How web applications keep state across HTTP requests
        </h1>
        <p className="mt-5 text-lg leading-8 text-slate-700 dark:text-slate-300">
          Read a lesson with diagrams and real HTTP, check yourself with a quiz, look terms up in the glossary — then
          open the sandbox, where this server issues your browser a real session cookie and shows you, byte by byte,
          what travelled and what happens when it is tampered with, replayed or sent to another server.
        </p>
        <ul className="mt-6 grid gap-2 text-slate-700 sm:grid-cols-2 dark:text-slate-300">
          {outcomes.map((outcome) => (
            <li key={outcome} className="flex gap-2">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 flex-none fill-sky-700 dark:fill-sky-400">
                <path d="M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6L17 6.6l-1.4-1.4z" />
              </svg>
              <span>{outcome}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lessons-title" id="lessons" className="scroll-mt-20">
        <h2 id="lessons-title" className="text-2xl font-bold tracking-tight">
          Lessons
        </h2>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {courseMap.length > 1 ? "Each lesson builds only on the ones it names, all earlier in the course. " : ""}Your quiz results
          are kept in a sealed cookie in this browser, nowhere else.
        </p>
        {reset && (
          <p role="status" className="mt-4 rounded-md border border-emerald-400 bg-emerald-50 px-4 py-3 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/50 dark:text-emerald-100">
            Your progress is reset: every lesson is back to not started.
          </p>
        )}
        {step && stepLesson && (
          <div className="mt-6 rounded-lg border-2 border-sky-700 p-5 dark:border-sky-400">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">Continue here</h3>
            <p className="mt-1 text-lg">
              <Link href={`/lessons/${stepLesson.slug}`} className={`${textLink} font-semibold`}>
                {stepLesson.title}
              </Link>
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {step.kind === "revisit"
                ? "Every lesson is mastered. Its quiz is the one you took longest ago: retrieving what you learnt after a while is what makes it stick. Or take a mixed review of every lesson, below."
                : step.reason === "start"
                  ? "The next lesson in the course you have not started."
                  : `The first lesson in the course not yet mastered: you are at ${MASTERY_LEVELS.find((l) => l.id === masteryOf(progress[step.slug]))!.label.toLowerCase()}.`}
            </p>
            {/* A lesson already attempted: its quiz, on its own page, is the direct way back in. */}
            {(step.kind === "revisit" || step.reason === "continue") && (
              <p className="mt-2 text-sm">
                <Link href={quizPath(stepLesson.slug)} className={textLink}>
                  Take the {stepLesson.shortTitle} quiz again
                </Link>
              </p>
            )}
          </div>
        )}
        <ol className="mt-6 grid gap-4">
          {courseMap.map((lesson, index) => (
            <li key={lesson.slug}>
              <LessonCard
                lesson={lesson}
                number={index + 1}
                total={courseMap.length}
                progress={progress[lesson.slug]}
                prerequisites={prerequisitesOf(lesson).map((p) => ({ lesson: p, level: masteryOf(progress[p.slug]) }))}
              />
            </li>
          ))}
        </ol>
        <details className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <summary className="cursor-pointer font-semibold">How mastery levels are set</summary>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            From your latest quiz attempt in each lesson (a retry of the questions you missed counts with your earlier answers):
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {MASTERY_LEVELS.map((level) => (
              <div key={level.id} className="contents">
                <dt className="font-medium">{level.label}</dt>
                <dd className="text-slate-700 dark:text-slate-300">{level.rule}</dd>
              </div>
            ))}
          </dl>
        </details>
        {anyProgress && (
          <p className="mt-4 text-sm">
            <Link href="/progress/reset" className={textLink}>
              Reset my progress
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="more-title">
        <h2 id="more-title" className="text-2xl font-bold tracking-tight">
          Practise and look things up
        </h2>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          <Link
            href="/review"
            className="group block rounded-lg border border-slate-200 p-6 hover:border-sky-700 md:col-span-2 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <h3 className="text-lg font-semibold group-hover:text-sky-800 dark:group-hover:text-sky-300">Mixed review</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              {anyProgress
                ? `Ten questions from the ${Object.keys(progress).length === 1 ? "lesson" : `${Object.keys(progress).length} lessons`} you have attempted, weighted toward the ones you missed and the ones you have not seen for longest. Your answers update your mastery.`
                : "Ten questions from the lessons whose quiz you have taken, weighted toward what you missed. Take a lesson's quiz first."}
            </p>
          </Link>
          <Link
            href="/sandbox"
            className="group block rounded-lg border border-slate-200 p-6 hover:border-sky-700 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <h3 className="text-lg font-semibold group-hover:text-sky-800 dark:group-hover:text-sky-300">The sandbox</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Log in to three kinds of session — a sealed cookie, a server-side store and a JWT — and watch the
              Set-Cookie and Cookie headers, tamper with them, replay them after logout and kill a server behind a
              load balancer.
            </p>
          </Link>
          <Link
            href="/glossary"
            className="group block rounded-lg border border-slate-200 p-6 hover:border-sky-700 dark:border-slate-800 dark:hover:border-sky-400"
          >
            <h3 className="text-lg font-semibold group-hover:text-sky-800 dark:group-hover:text-sky-300">The glossary</h3>
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              Short, sourced definitions of the words the lessons use — session ID, sticky sessions, session
              fixation and more — each linked to the lessons that use it.
            </p>
          </Link>
        </div>
      </section>
    </div>
  );
}
