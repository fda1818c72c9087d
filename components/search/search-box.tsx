"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { SearchHit } from "@/app/_lib/search/query";
import type { SearchAnswer } from "@/app/_lib/search/search-service";
import { SearchSuggestions } from "./search-suggestions";

// How long loading may take before the box says it is loading: a load faster than this shows no status at all.
const SLOW_LOAD_MS = 400;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The header's search field. Without JavaScript its form submits to /search; with it, the first focus (or a
 * pointer entering the box, just before a click focuses it) starts the search worker, which fetches the index and
 * answers each query; suggestions appear as the learner types. `/` focuses it from anywhere.
 */
export function SearchBox() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const worker = useRef<Worker | null>(null);
  const started = useRef(false);
  const answered = useRef(false);
  // The worker's latest answer for what is typed. The box itself is uncontrolled (its DOM value is what was typed)
  // and a keystroke changes no state: it posts the query, and the answer renders. At 4x CPU a render per keystroke
  // (mounting a "Loading search…" popup on the first) cost 30–45 ms in the interval the bench times.
  const [shown, setShown] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [slow, setSlow] = useState(false);
  // What is typed, for the status only (while loading is slow, or after it failed), when there is no answer to show.
  const [typed, setTyped] = useState("");
  // Whether the list may show (it shows once there is a query). Open from the start, closed by blur, Escape or a
  // pick: the first focus then changes no state, so opening search costs no render beyond starting the worker.
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

  const value = () => inputRef.current?.value ?? "";

  function fail() {
    answered.current = true;
    setTyped(value());
    setFailed(true);
  }

  function load() {
    if (started.current) return;
    started.current = true;
    let search: Worker;
    try {
      search = new Worker(new URL("./search-worker.ts", import.meta.url));
    } catch {
      // No workers here (or the page forbids them): say so; Enter still searches on the server.
      return fail();
    }
    worker.current = search;
    const slowTimer = setTimeout(() => {
      if (answered.current) return;
      setTyped(value());
      setSlow(true);
    }, SLOW_LOAD_MS);
    search.onmessage = (event: MessageEvent<SearchAnswer>) => {
      const answer = event.data;
      // An answer for an earlier query: the one for what is typed now is on its way.
      if (answer.query !== value()) return;
      clearTimeout(slowTimer);
      if ("failed" in answer) return fail();
      answered.current = true;
      // flushSync: the suggestions render in this task, not in a later one that the learner's keystrokes (input
      // outranks rendering in Chromium's scheduler) can keep waiting.
      flushSync(() => {
        setShown(answer);
        setActive(-1);
      });
    };
    search.onerror = () => {
      clearTimeout(slowTimer);
      fail();
    };
    // What is already typed (nothing, when a pointer or the focus started the load): the answer renders it.
    if (value() !== "") search.postMessage(value());
  }

  const hits = open && shown ? shown.hits : [];
  const query = (shown ? shown.query : typed).trim();
  const showList = open && query !== "" && (shown !== null || slow || failed);

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
          if (!open) setOpen(true);
          // The worker's answer renders the suggestions; until there is one, only a status on show needs what is typed.
          if (started.current) worker.current?.postMessage(event.target.value);
          else load();
          if (!shown && (slow || failed)) setTyped(event.target.value);
        }}
        onKeyDown={onKeyDown}
        className="h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-700 focus:outline-2 focus:outline-sky-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:focus:border-sky-400 dark:focus:outline-sky-400"
      />
      {showList &&
        (shown ? (
          <SearchSuggestions listId={listId} hits={hits} active={active} query={query} optionId={optionId} onPick={pick} />
        ) : (
          <p role="status" className="absolute inset-x-0 top-full z-50 mt-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-600 shadow-lg sm:left-auto sm:w-[28rem] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
            {failed ? "Search could not load here. Press Enter to search on the server." : "Loading search…"}
          </p>
        ))}
    </>
  );
}
