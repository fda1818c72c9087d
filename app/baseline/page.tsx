import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Baseline",
  description: "A near-empty page the benchmarks weigh every other page against.",
  // A yardstick, not content: keep it out of search results. Nothing links here.
  robots: { index: false },
};

/**
 * The trivial page of bench/: it carries only the site layout (header, theme toggle, footer),
 * so "route − baseline" in bench/REPORT.md is what a page adds beyond the shell every page pays.
 */
export default function BaselinePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Baseline</h1>
      <p className="mt-4 leading-7 text-slate-700 dark:text-slate-300">
        This page exists so the benchmarks can measure what each lesson adds to the site&apos;s shell.
      </p>
    </div>
  );
}
