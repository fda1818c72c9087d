"use client";

import Link from "next/link";
import { SearchBox } from "./search-box";

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current stroke-2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

const iconButton = "flex h-9 flex-none items-center rounded-md px-2 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800";

/**
 * The header's search: from sm up, a form that GETs /search (so it works without JavaScript) with SearchBox's
 * suggestions; on phones, a link to /search, whose own form is roomier than a slot in the header.
 * A client component although it renders little state of its own: every page's HTML then carries this markup
 * once, where a server component's markup would also travel in the page's RSC payload (lesson HTML budget).
 */
export function HeaderSearch() {
  return (
    <>
      <form role="search" aria-label="Search the course" action="/search" method="get" className="relative hidden w-56 flex-none items-center gap-1 sm:flex">
        <SearchBox />
        <button type="submit" className={iconButton}>
          <SearchIcon />
          <span className="sr-only">Search</span>
        </button>
      </form>
      <Link href="/search" className={`ml-auto sm:hidden ${iconButton}`}>
        <SearchIcon />
        <span className="sr-only">Search</span>
      </Link>
    </>
  );
}
