"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { LabId } from "./lab-registry";
import { labLoaders } from "./lab-loaders";
import { queryParam } from "@/components/url-query";

type Status = "idle" | "loading" | "ready" | "failed";

/** Runs `then` after the window's load event and the next idle period (or 2 s, where idle never comes); returns a cancel. */
function afterLoadAndIdle(then: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenIdle = () => {
    // Safari has no requestIdleCallback.
    if ("requestIdleCallback" in window) idle = window.requestIdleCallback(then, { timeout: 2000 });
    else timer = setTimeout(then, 0);
  };
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
  return () => {
    window.removeEventListener("load", whenIdle);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/** Start loading a little before the lab scrolls into view, so it is ready when the learner gets there. */
const NEAR_VIEWPORT = "600px 0px";

/**
 * Shows the server-rendered worked example until the lab's own chunk has loaded, then swaps in the
 * interactive lab. Without JavaScript the example simply stays: nothing here is needed to read it.
 */
export function LazyLab({ id, title, children }: { id: LabId; title: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [Interactive, setInteractive] = useState<ComponentType | null>(null);

  function load() {
    if (status === "loading" || status === "ready") return;
    const loader = labLoaders[id];
    if (!loader) {
      setStatus("failed");
      return;
    }
    setStatus("loading");
    loader()
      .then((module) => {
        setInteractive(() => module.default);
        setStatus("ready");
      })
      .catch(() => setStatus("failed"));
  }

  useEffect(() => {
    const element = box.current;
    // A URL that names this lab (its hash or its state key) opens it at once.
    const wanted = window.location.hash === `#lab-${id}` || queryParam(id) !== null;
    if (wanted || !element || !("IntersectionObserver" in window)) {
      load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    // Watch only once the page has loaded and the main thread is idle: a lab near the top would otherwise
    // fetch, evaluate and render its chunk in the middle of the lesson's own first load and hydration, the
    // tasks a phone's Total Blocking Time counts (bench/FINDINGS.md, 3 December).
    const cancel = afterLoadAndIdle(() => observer.observe(element));
    return () => {
      cancel();
      observer.disconnect();
    };
    // load() only changes status; running the effect once per lab is the intent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (status === "ready" && Interactive) {
    return (
      // data-lab-ready: the interactive lab is in (tests and the bench wait for it).
      <div ref={box} data-lab-ready="">
        <Interactive />
      </div>
    );
  }
  return (
    <div ref={box}>
      {/* The worked example is skipped while it is far from the viewport, as the lesson's other blocks are
          (prose.module.css): drawn at load it was 124–207 elements laid out for a lab below the first screen
          (bench/FINDINGS.md, "Code blocks and lab examples skipped"). The section itself stays drawn, for the
          observer above and the live region below. flow-root: its children's margins stay inside it whether it
          is contained or not, so it is as tall skipped as drawn. */}
      <div className="flow-root [contain-intrinsic-size:auto_30rem] [content-visibility:auto]">{children}</div>
      {status === "failed" ? (
        <p role="alert" className="mt-3 text-sm">
          The interactive {title} could not be loaded. The worked example above still shows what it computes.{" "}
          <button type="button" className="underline" onClick={() => { setStatus("idle"); load(); }}>
            Try again
          </button>
        </p>
      ) : (
        <p className="mt-3 text-sm" aria-live="polite">
          {status === "loading" ? `Loading the interactive ${title}…` : null}
        </p>
      )}
    </div>
  );
}
