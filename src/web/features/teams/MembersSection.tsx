import { useTranslation } from 'react-i18next';
import { disciplineName } from './labels';
import type { MemberT } from './types';

/** The team's members and the discipline each holds. */
export function MembersSection({ members }: { members: MemberT[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-members-heading" className="section">
      <h2 id="team-members-heading">{t('teams.members.title')}</h2>
      <ul className="plain-list team-members">
        {members.map((m) => (
          <li key={m.id}>
            <strong>{m.displayName}</strong> <span className="badge">{disciplineName(t, m.discipline)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
