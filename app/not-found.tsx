import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        The address may be mistyped, or the page may have moved. The lessons and the glossary are a click away.
      </p>
      <p className="mt-8 flex justify-center gap-4">
        <Link href="/" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          Go to the course
        </Link>
        <Link href="/glossary" className="rounded-md border border-slate-300 px-4 py-2 font-medium dark:border-slate-700">
          Open the glossary
        </Link>
      </p>
    </div>
  );
}
