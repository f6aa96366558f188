/**
 * Resolves at the start of the next frame, or after 100 ms in a tab that draws no frames (hidden). Work done
 * there is laid out and painted with that frame, and it never runs before edX's load event: a page that has
 * finished parsing dispatches that first.
 */
export function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
