import type { Metadata } from "next";
import Link from "next/link";
import { textLink } from "@/components/text-link";

export const metadata: Metadata = {
  title: "Reset my progress",
  description: "Clear your quiz results in every lesson, after a confirmation.",
  robots: { index: false },
};

/** The confirmation step of "Reset my progress": a plain form, so it works without JavaScript. */
export default function ResetProgressPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Reset my progress?</h1>
      <p className="mt-4 leading-7 text-slate-700 dark:text-slate-300">
        This clears your quiz results, scores and mastery levels in every lesson. It cannot be undone. Nothing else changes: the
        sandbox&apos;s sessions and your theme stay as they are.
      </p>
      <form method="post" action="/api/progress/reset" className="mt-6 flex flex-wrap items-center gap-3">
        <input type="hidden" name="confirm" value="yes" />
        <button
          type="submit"
          className="inline-flex min-h-10 items-center rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950"
        >
          Yes, reset my progress
        </button>
        <Link href="/#lessons" className={textLink}>
          No, keep it
        </Link>
      </form>
    </div>
  );
}
