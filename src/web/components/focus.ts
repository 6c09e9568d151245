/** After a failed submit, move focus to the first field marked invalid (after React has rendered it). */
export function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    (el ?? document.querySelector<HTMLElement>('[role="alert"]:not(:empty)'))?.focus();
  });
}
