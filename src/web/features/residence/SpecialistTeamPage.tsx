/** Placeholder: being built. */
export function SpecialistTeamPage() {
  return null;
}
