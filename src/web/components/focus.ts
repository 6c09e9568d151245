/**
 * After a failed submit, move focus to the first field marked invalid, once React has rendered it
 * (which may take a few frames on a busy device); failing that, to the error message.
 */
export function focusFirstInvalid(frames = 10): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (el) return el.focus();
    if (frames > 0) return focusFirstInvalid(frames - 1);
    document.querySelector<HTMLElement>('[role="alert"]:not(:empty)')?.focus();
  });
}
