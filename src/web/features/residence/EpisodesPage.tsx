/** Placeholder: being built. */
export function EpisodesPage() {
  return null;
}
