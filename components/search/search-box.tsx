"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { SearchHit } from "@/app/_lib/search/query";

type Loaded = typeof import("./search-client");
type Ready = { module: Loaded; search: (query: string) => SearchHit[] };

async function fetchIndex(): Promise<string> {
  // High priority: the learner is waiting on it, and the typing that follows must not starve it.
  const response = await fetch("/search-index.json", { priority: "high" });
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  return response.text();
}

// How long loading may take before the box says it is loading: a load faster than this shows no status at all.
const SLOW_LOAD_MS = 400;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The header's search field. Without JavaScript its form submits to /search; with it, the first focus (or a
 * pointer entering the box, just before a click focuses it) loads the index and the results code, and
 * suggestions appear as the learner types. `/` focuses it from anywhere.
 */
export function SearchBox() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const loading = useRef<Promise<void> | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const [failed, setFailed] = useState(false);
  const [slow, setSlow] = useState(false);
  // What the suggestions are for. The box itself is uncontrolled (its DOM value is what was typed), so a keystroke
  // made before search has loaded need not render: at 4x CPU the first keystroke's render (mounting a "Loading
  // search…" popup) cost 30–45 ms, and Chromium runs the load's own tasks only once input has been handled.
  const [query, setQuery] = useState("");
  // Whether the list may show (it shows once there is a query). Open from the start, closed by blur, Escape or a
  // pick: the first focus then changes no state, so opening search costs no render (30 ms at 4x CPU, in the
  // interval the bench times) beyond the load it starts.
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const typed = () => inputRef.current?.value ?? "";

  function load() {
    if (loading.current) return;
    const slowTimer = setTimeout(() => {
      setQuery(typed());
      setSlow(true);
    }, SLOW_LOAD_MS);
    // The code and the index are fetched side by side: one round trip's wait instead of two in a row. The index
    // is asked for first: it is the larger answer, and inserting the code's script tag takes a while at 4x CPU.
    const index = fetchIndex();
    loading.current = Promise.all([import("./search-client"), index])
      // flushSync: the suggestions for what is already typed render now, not in a later task that the learner's
      // keystrokes (input outranks rendering in Chromium's scheduler) can keep waiting.
      .then(([module, json]) => {
        const search = module.openSearcher(json);
        flushSync(() => {
          setReady({ module, search });
          setQuery(typed());
        });
      })
      .catch(() => {
        setQuery(typed());
        setFailed(true);
      })
      .finally(() => clearTimeout(slowTimer));
  }

  // Arrow keys re-render the box too; the search runs only when the query changes.
  const allHits = useMemo(() => (ready && query.trim() ? ready.search(query) : []), [ready, query]);
  const hits = open ? allHits : [];
  const showList = open && query.trim() !== "";

  function pick(hit: SearchHit) {
    setOpen(false);
    setActive(-1);
    router.push(hit.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const count = hits.length;
      setActive((current) => (event.key === "ArrowDown" ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
    } else if (event.key === "Enter" && showList && active >= 0 && hits[active]) {
      // With a suggestion chosen, open it; otherwise Enter submits the form to the full results page.
      event.preventDefault();
      pick(hits[active]);
    }
  }

  return (
    <>
      <input
        ref={inputRef}
        type="search"
        name="q"
        defaultValue=""
        maxLength={100}
        placeholder="Search"
        aria-label="Search the course"
        aria-keyshortcuts="/"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        // A pointer over the box is about to open search: the code and index start loading while the click lands.
        onPointerEnter={load}
        onFocus={() => {
          load();
          if (!open) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          load();
          if (!open) setOpen(true);
          // Nothing to show yet (no suggestions, and no status while the load is quick): no state changes, so the
          // keystroke costs no render. The render that shows the suggestions reads the box's value then.
          if (!ready && !slow && !failed) return;
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-700 focus:outline-2 focus:outline-sky-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:focus:border-sky-400 dark:focus:outline-sky-400"
      />
      {showList &&
        (ready ? (
          <ready.module.SearchSuggestions listId={listId} hits={hits} active={active} query={query.trim()} optionId={optionId} onPick={pick} />
        ) : (
          <p role="status" className="absolute inset-x-0 top-full z-50 mt-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-600 shadow-lg sm:left-auto sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
            {failed ? "Search could not load here. Press Enter to search on the server." : "Loading search…"}
          </p>
        ))}
    </>
  );
}
