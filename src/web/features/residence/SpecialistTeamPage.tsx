import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDate } from '../../format';
import { useRequests, useResidenceWrite, useTeam } from './queries';
import { RequestsSection } from './RequestsSection';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';
import { TeamMemberForm } from './TeamMemberForm';
import type { TeamT } from './types';

/** Core element 6: the specialised team — who is on it with which competences — and the questions put to it. */
export function SpecialistTeamPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/team' });
  return <ResidenceFrame unitId={unitId} page="team">{(ctx) => <Team ctx={ctx} />}</ResidenceFrame>;
}

function Team({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const team = useTeam(ctx.unit.id);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const onTeam = team.data?.members.some((m) => m.user.id === ctx.userId) ?? false;
  const seesRequests = ctx.roles.staff || onTeam;
  const requests = useRequests(ctx.unit.id, Boolean(team.data) && seesRequests);
  const write = useResidenceWrite<TeamT>(ctx.unit.id);
  const members = team.data?.members ?? [];

  const remove = (userId: string, name: string, competences: string[]) => {
    setStatus(null);
    write.mutate({ method: 'post', path: `/units/${encodeURIComponent(ctx.unit.id)}/specialist-team`, body: { userId, competences, remove: true } }, { onSuccess: () => setStatus(t('residence.team.removed', { name })) });
  };

  return (
    <>
      <p className="muted">{t('residence.team.intro')}</p>
      <StatusMessage message={status} />
      <section aria-labelledby="team-heading" className="section">
        <h2 id="team-heading">{t('residence.team.members')}</h2>
        {team.isPending ? <Loading /> : null}
        <ErrorAlert error={team.error ?? write.error} />
        {team.data && members.length === 0 ? <p className="muted">{t('residence.team.none')}</p> : null}
        <ul className="plain-list residence-team">
          {members.map((m) => (
            <li key={m.user.id} className="card">
              <h3 className="residence-member-name">{m.user.displayName}</h3>
              <p>
                <span className="visually-hidden">{t('residence.team.competences')}: </span>
                {m.competences.map((c) => (
                  <span key={c} className="badge badge-edited residence-competence">
                    {c}
                  </span>
                ))}
              </p>
              <p className="muted">{t('residence.team.since', { date: formatDate(m.since) })}</p>
              {team.data?.canEdit ? (
                editing === m.user.id ? (
                  <TeamMemberForm
                    ctx={ctx}
                    member={m}
                    onCancel={() => setEditing(null)}
                    onSaved={(name) => {
                      setEditing(null);
                      setStatus(t('residence.team.saved', { name }));
                    }}
                  />
                ) : (
                  <div className="button-row">
                    <button type="button" className="button-secondary button-small" onClick={() => setEditing(m.user.id)}>
                      {t('residence.team.editCompetences', { name: m.user.displayName })}
                    </button>
                    <button type="button" className="button-secondary button-small" disabled={write.isPending} onClick={() => remove(m.user.id, m.user.displayName, m.competences)}>
                      {t('residence.team.remove', { name: m.user.displayName })}
                    </button>
                  </div>
                )
              ) : null}
            </li>
          ))}
        </ul>
        {team.data?.canEdit ? <TeamMemberForm ctx={ctx} onTeam={members.map((m) => m.user.id)} onSaved={(name) => setStatus(t('residence.team.added', { name }))} /> : null}
      </section>
      {seesRequests && team.data ? <RequestsSection ctx={ctx} requests={requests} onStatus={setStatus} /> : null}
    </>
  );
}
