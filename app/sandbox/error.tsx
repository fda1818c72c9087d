"use client";

import Link from "next/link";

/** The page itself failed to render (the API's own errors are shown inside the page, not here). */
export default function SandboxError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div role="alert" className="grid max-w-3xl gap-4">
      <h1 className="text-2xl font-bold">The sandbox could not be shown</h1>
      <p className="leading-7 text-slate-700 dark:text-slate-300">
        Something went wrong while building this page{error.digest ? ` (reference ${error.digest})` : ""}. Your cookies and sessions are
        untouched. The lessons work without the sandbox.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300"
        >
          Try again
        </button>
        <Link href="/lessons/session" className="rounded-md px-4 py-2 text-sm font-medium text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Go to the lesson
        </Link>
      </div>
    </div>
  );
}
