/**
 * Resolves at the start of the next frame, or after 100 ms in a tab that draws no frames (hidden). Work done
 * there is laid out and painted with that frame. Only the hint calls it, after edX's load event: asked for
 * during loading, a frame made Chromium render the page once before that event.
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
