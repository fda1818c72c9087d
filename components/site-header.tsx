import Link from "next/link";
import { HeaderSearch } from "./search/header-search";
import { ThemeToggle } from "./theme-toggle";

const links = [
  { href: "/#lessons", label: "Lessons" },
  { href: "/glossary", label: "Glossary" },
  { href: "/sandbox", label: "Sandbox" },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      {/* Phones: logo, a search link and theme on the first row, the links on a second; one row from sm up. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 sm:h-14 sm:flex-nowrap sm:px-6 sm:py-0">
        <Link href="/" className="flex flex-none items-center gap-2 whitespace-nowrap font-semibold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-6 w-6">
            <rect width="32" height="32" rx="7" className="fill-sky-700 dark:fill-sky-500" />
            <circle cx="16" cy="16" r="7" fill="none" strokeWidth="3" className="stroke-white dark:stroke-slate-950" />
            <circle cx="16" cy="16" r="2.5" className="fill-white dark:fill-slate-950" />
          </svg>
          Session Lab
        </Link>
        <nav aria-label="Main" className="order-last -ml-1.5 w-full sm:order-none sm:ml-auto sm:w-auto">
          <ul className="flex items-center gap-0.5 text-sm sm:gap-3">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="rounded px-1.5 py-1 text-slate-700 sm:px-2 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <div>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
