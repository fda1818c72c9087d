import type { Metadata } from "next";
import Link from "next/link";
import { courseMap } from "@/content/course-map";
import { getLearnerSession } from "@/app/_lib/session/learner-session";
import { LessonCard } from "@/components/home/lesson-card";

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

export default async function HomePage() {
  const { progress = {} } = await getLearnerSession();
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
          Take them in order: each one builds only on the ones before it. Your quiz results are kept in a sealed
          cookie in this browser, nowhere else.
        </p>
        <ol className="mt-6 grid gap-4">
          {courseMap.map((lesson, index) => (
            <li key={lesson.slug}>
              <LessonCard lesson={lesson} number={index + 1} progress={progress[lesson.slug]} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="more-title">
        <h2 id="more-title" className="text-2xl font-bold tracking-tight">
          Practise and look things up
        </h2>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
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
