import { useEffect } from "react";

/**
 * On a narrow screen a wide diagram scrolls sideways inside its frame. Frames marked data-start="middle"
 * (state diagrams, top-down flowcharts: see diagram-start.ts) open scrolled to their middle, where the
 * diagram begins, instead of at a blank left edge. One effect for the whole page, so a lesson's markup
 * carries only the attribute; it runs again after each client-side navigation.
 */
export function useDiagramStart(pathname: string) {
  useEffect(() => {
    for (const frame of document.querySelectorAll<HTMLElement>('[data-start="middle"]')) {
      const spare = frame.scrollWidth - frame.clientWidth;
      if (spare > 0 && frame.scrollLeft === 0) frame.scrollLeft = spare / 2;
    }
  }, [pathname]);
}
