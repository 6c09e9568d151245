/** Placeholder: being built. */
export function PeerRolePage() {
  return null;
}
