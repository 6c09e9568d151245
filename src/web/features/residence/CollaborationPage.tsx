/** Placeholder: being built. */
export function CollaborationPage() {
  return null;
}
