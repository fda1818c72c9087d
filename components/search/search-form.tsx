import { SearchBox } from "./search-box";

/** The search form: a plain GET to /search, which works without JavaScript; SearchBox adds suggestions. */
export function SearchForm({ initialQuery, className = "" }: { initialQuery?: string; className?: string }) {
  return (
    <form role="search" aria-label="Search the course" action="/search" method="get" className={`flex items-center gap-1 ${className}`}>
      <SearchBox initialQuery={initialQuery} />
      <button
        type="submit"
        className="flex h-9 flex-none items-center rounded-md px-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
      >
        <SearchIcon />
        <span className="sr-only">Search</span>
      </button>
    </form>
  );
}

export function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current stroke-2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}
