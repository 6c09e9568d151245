import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import { MeetingForm } from './MeetingForm';
import { ModelsSection } from './ModelsSection';
import { useMeetings } from './queries';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';
import type { MeetingT } from './types';

/** Core element 5: meetings inside the residence and with external partners, and the written collaboration models. */
export function CollaborationPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/collaboration' });
  return (
    <ResidenceFrame unitId={unitId} page="collaboration">
      {(ctx) => (
        <>
          <Intro />
          {ctx.roles.staff || ctx.roles.leader ? <MeetingsSection ctx={ctx} /> : null}
          <ModelsSection ctx={ctx} />
        </>
      )}
    </ResidenceFrame>
  );
}

function Intro() {
  const { t } = useTranslation();
  return <p className="muted">{t('residence.collaboration.intro')}</p>;
}

function MeetingsSection({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const meetings = useMeetings(ctx.unit.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const items = meetings.data?.items ?? [];
  return (
    <section aria-labelledby="meetings-heading" className="section">
      <h2 id="meetings-heading">{t('residence.meetings.title')}</h2>
      <StatusMessage message={status} />
      {ctx.roles.writeNotes ? (
        adding ? (
          <MeetingForm
            ctx={ctx}
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              setStatus(t('residence.meetings.saved'));
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setStatus(null);
                setAdding(true);
              }}
            >
              {t('residence.meetings.add')}
            </button>
          </p>
        )
      ) : null}
      {meetings.isPending ? <Loading /> : null}
      <ErrorAlert error={meetings.error} />
      {meetings.data && items.length === 0 ? <p className="muted">{t('residence.meetings.none')}</p> : null}
      <ul className="plain-list residence-meetings">
        {items.map((m) => (
          <li key={m.id}>
            <MeetingItem meeting={m} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MeetingItem({ meeting: m }: { meeting: MeetingT }) {
  const { t } = useTranslation();
  const headingId = `meeting-${m.id}`;
  return (
    <article className="card residence-meeting" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {m.topic} <span className="residence-name">· {t(`residence.meetingKinds.${m.kind}`)} · {formatDate(m.heldOn)}</span>
      </h3>
      <h4 className="small-heading">{t('residence.meetings.participants')}</h4>
      <ul className="residence-people">
        {m.participants.map((p, i) => (
          <li key={i}>
            {p.name}
            {p.organisation ? `, ${p.organisation}` : ''}
            {p.external ? ` (${t('residence.meetings.external')})` : ''}
          </li>
        ))}
      </ul>
      {m.residents.length > 0 ? (
        <>
          <h4 className="small-heading">{t('residence.meetings.residents')}</h4>
          <ul className="plain-list residence-rows">
            {m.residents.map((r) => (
              <li key={r.citizen.id}>
                <strong>{r.citizen.displayName}</strong>
                {r.discussed ? <span className="pre-wrap">: {r.discussed}</span> : null}
                <br />
                <span className="muted">
                  {r.basis
                    ? t('residence.meetings.basis', { kind: t(`consents.kinds.${r.basis.kind}`, { defaultValue: r.basis.kind }), party: r.basis.party })
                    : t('residence.meetings.internalBasis')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {m.decisions ? (
        <>
          <h4 className="small-heading">{t('residence.meetings.decisions')}</h4>
          <p className="pre-wrap">{m.decisions}</p>
        </>
      ) : null}
      {m.followUps.length > 0 ? (
        <>
          <h4 className="small-heading">{t('residence.meetings.followUps')}</h4>
          <ul className="residence-people">
            {m.followUps.map((f, i) => (
              <li key={i}>
                {f.text} – {f.owner}
                {f.dueDate ? `, ${t('residence.meetings.due', { date: formatDate(f.dueDate) })}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted">{t('residence.recordedBy', { by: m.createdBy.displayName, at: formatDateTime(m.createdAt) })}</p>
    </article>
  );
}
