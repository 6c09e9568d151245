/** Placeholder: being built. */
export function TrendPage() {
  return null;
}
