import { useEffect } from "react";

/** Every inline glossary term's link (components/glossary/term.tsx): its preview is its description. */
const TERM_LINK = 'a[aria-describedby^="term-tip-"]';

function termOf(target: EventTarget | null): HTMLElement | null {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>(TERM_LINK) : null;
  return link?.parentElement ?? null;
}

/**
 * Two things the CSS-only previews of glossary terms cannot do, for every term on the page at once
 * (one listener each on the document, so a lesson's markup stays as it is):
 *
 * - Escape closes an open preview without moving the pointer or focus (WCAG 2.2 SC 1.4.13, "dismissible").
 *   It opens again once the pointer or focus leaves the term and comes back.
 * - On touch there is no hover: the first tap on a term shows its preview instead of leaving the page;
 *   a second tap on it follows the link, and a tap anywhere else closes the preview.
 *
 * Both work through the term's data-tip attribute, which term.module.css obeys.
 */
export function useTermPreviews() {
  useEffect(() => {
    let lastPointer = "mouse";
    // The terms a tap opened: a pointerdown closes these instead of searching the whole document for open previews,
    // which cost 2-6 ms at 4x CPU at the start of every click on the page, a lab's included (bench/FINDINGS.md).
    const tappedOpen = new Set<HTMLElement>();

    function reopenWhenLeft(term: HTMLElement) {
      const reopen = () => {
        if (term.matches(":hover") || term.contains(document.activeElement)) return;
        delete term.dataset.tip;
        term.removeEventListener("pointerleave", reopen);
        term.removeEventListener("focusout", later);
      };
      // focusout fires before the focus lands elsewhere.
      const later = () => setTimeout(reopen, 0);
      term.addEventListener("pointerleave", reopen);
      term.addEventListener("focusout", later);
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      for (const link of document.querySelectorAll<HTMLAnchorElement>(TERM_LINK)) {
        const term = link.parentElement;
        if (!term || term.dataset.tip === "closed") continue;
        if (term.dataset.tip === "open" || term.matches(":hover") || term.contains(document.activeElement)) {
          term.dataset.tip = "closed";
          reopenWhenLeft(term);
        }
      }
    }

    function onPointerDown(event: PointerEvent) {
      lastPointer = event.pointerType;
      const tapped = termOf(event.target);
      // A tap elsewhere (or on another term) closes a preview a tap opened.
      for (const open of tappedOpen) {
        if (open === tapped) continue;
        tappedOpen.delete(open);
        // Escape may have closed it since (data-tip="closed"): that state stays until the pointer leaves.
        if (open.dataset.tip === "open") delete open.dataset.tip;
      }
    }

    function onClick(event: MouseEvent) {
      if (lastPointer !== "touch") return;
      const term = termOf(event.target);
      if (!term || term.dataset.tip === "open") return;
      event.preventDefault();
      term.dataset.tip = "open";
      tappedOpen.add(term);
    }

    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("click", onClick, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("click", onClick, true);
    };
  }, []);
}
