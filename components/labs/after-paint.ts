/**
 * The "yield after paint" pattern the labs share: run `task` in a task queued after the browser's next animation
 * frame, so an interaction's own feedback (a pressed button, a busy state) is painted before heavy work or its
 * result's render can land in the same frame. A hidden tab gets no animation frames: the task is queued at once
 * there. Returns a cancel function for effects that a newer change supersedes.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue = () => {
    timer = setTimeout(task, 0);
  };
  const frame = typeof document === "undefined" || document.visibilityState === "hidden" ? (queue(), 0) : requestAnimationFrame(queue);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** `afterNextPaint` for an event handler: resolves once the click's frame has been painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextPaint(resolve);
  });
}
