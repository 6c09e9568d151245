import { Link } from '@tanstack/react-router';

/** A citizen's name linking to the citizen page. */
export function CitizenLink({ citizen }: { citizen: { id: string; name: string } }) {
  return (
    <Link to="/citizens/$citizenId" params={{ citizenId: citizen.id }}>
      {citizen.name}
    </Link>
  );
}
