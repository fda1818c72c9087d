"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { LabId } from "./lab-registry";
import { labLoaders } from "./lab-loaders";

type Status = "idle" | "loading" | "ready" | "failed";

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
    const wanted = window.location.hash === `#lab-${id}` || new URLSearchParams(window.location.search).has(id);
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
    observer.observe(element);
    return () => observer.disconnect();
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
      {children}
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
