/** Placeholder: being built. */
export function HandoverPage() {
  return null;
}
