"use client";

import { useState } from "react";
import { useHydrated } from "@/components/use-hydrated";

type Theme = "light" | "dark";

function currentTheme(): Theme {
  const root = document.documentElement;
  if (root.classList.contains("dark")) return "dark";
  if (root.classList.contains("light")) return "light";
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Flips between light and dark and remembers the choice; until then the system preference rules. */
export function ThemeToggle() {
  // The page's theme is known only in the browser: null on the server and while hydrating, so both render alike.
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<Theme | null>(null);
  const theme = hydrated ? (chosen ?? currentTheme()) : null;

  function toggle() {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    root.classList.add(next);
    try {
      localStorage.setItem("theme", next);
    } catch {
      // Private mode may refuse storage; the choice then lasts for this page only.
    }
    setChosen(next);
  }

  return (
    <button
      type="button"
      // Without JavaScript the switch could do nothing, so it is hidden (globals.css); the system theme still applies.
      data-needs-js=""
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === "dark"}
      // The label stays "Dark mode" (a toggle button's state is aria-pressed); pressed, it looks switched on.
      className="group inline-flex h-9 flex-none items-center gap-2 rounded-md border border-slate-300 px-2.5 text-sm text-slate-700 hover:bg-slate-100 aria-pressed:border-sky-400 aria-pressed:bg-sky-950 aria-pressed:text-sky-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-950 dark:aria-pressed:hover:bg-sky-900"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-none group-aria-pressed:fill-current" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <span>Dark mode</span>
    </button>
  );
}
