/**
 * Resolves once the browser has painted the current frame: the click's own feedback (a busy button, a "working"
 * state) is on screen before the work that follows starts, so neither the work's synchronous part (decoding and
 * parsing before WebCrypto's first await) nor its result's render can land in the click's frame (the "yield after
 * paint" pattern of components/labs/use-value-after-paint.ts, for an event handler). A hidden tab gets no animation
 * frames: it goes on at once there.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof document === "undefined" || document.visibilityState === "hidden") resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
