/** Placeholder: being built. */
export function ResidenceIndexPage() {
  return null;
}
