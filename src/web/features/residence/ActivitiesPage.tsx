/** Placeholder: being built. */
export function ActivitiesPage() {
  return null;
}
