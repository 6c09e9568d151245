import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import { DebriefForm } from './DebriefForm';
import { useResidenceWrite } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import type { EpisodeT } from './types';

type Props = { episode: EpisodeT; ctx: ResidenceContext; onStatus: (m: string | null) => void; focus: boolean; onFocused: () => void };

function personLabel(t: TFunction, p: EpisodeT['people'][number]): string {
  const name = p.kind === 'resident' ? (p.citizen?.displayName ?? t('residence.episodes.aResident')) : p.kind === 'staff' ? (p.user?.displayName ?? '') : (p.description ?? '');
  const kind = t(`residence.episodes.peopleKinds.${p.kind}`);
  return `${name} (${kind}${p.hurt ? `, ${t('residence.episodes.wasHurt')}` : ''})`;
}

/** One episode in the register: what, where, who, whether debriefed, and the follow-up actions. */
export function EpisodeItem({ episode: e, ctx, onStatus, focus, onFocused }: Props) {
  const { t } = useTranslation();
  const [debriefing, setDebriefing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const done = useResidenceWrite<EpisodeT>(ctx.unit.id);
  useEffect(() => {
    if (!focus) return;
    headingRef.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  const headingId = `episode-${e.id}`;
  return (
    <article className="card residence-episode" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t(`residence.episodeTypes.${e.type}`)} · {formatDateTime(e.occurredAt)} · {e.location}
      </h3>
      <p className="residence-badges">
        <span className={`badge ${e.debrief ? 'badge-active' : 'badge-unidentified'}`}>
          {e.debrief ? t('residence.episodes.debriefedOn', { date: formatDate(e.debrief.heldOn) }) : t('residence.episodes.notDebriefed')}
        </span>
        <span className="badge badge-edited">
          {t('residence.episodes.severity')}: {t(`residence.severities.${e.severity}`)}
        </span>
        <span className={`badge ${e.anyoneHurt ? 'badge-disabled' : 'badge-edited'}`}>{e.anyoneHurt ? t('residence.episodes.someoneHurt') : t('residence.episodes.noneHurt')}</span>
      </p>
      <p>
        <strong>{t('residence.episodes.people')}:</strong> {e.people.map((p) => personLabel(t, p)).join(', ')}
      </p>
      <details className="residence-details">
        <summary>
          {t('residence.episodes.details')}
          <span className="visually-hidden">: {t(`residence.episodeTypes.${e.type}`)} {formatDateTime(e.occurredAt)}</span>
        </summary>
        {e.description !== null ? (
          <>
            <h4 className="small-heading">{t('residence.episodes.description')}</h4>
            <p className="pre-wrap">{e.description}</p>
          </>
        ) : null}
        {e.actionsTaken !== null ? (
          <>
            <h4 className="small-heading">{t('residence.episodes.actionsTaken')}</h4>
            <p className="pre-wrap">{e.actionsTaken}</p>
          </>
        ) : null}
        {e.injuries ? (
          <>
            <h4 className="small-heading">{t('residence.episodes.injuries')}</h4>
            <p className="pre-wrap">{e.injuries}</p>
          </>
        ) : null}
        <p className="muted">{t('residence.episodes.registeredByAt', { by: e.createdBy.displayName, at: formatDateTime(e.createdAt) })}</p>
        {e.debrief ? (
          <section aria-labelledby={`${headingId}-debrief`} className="residence-debrief">
            <h4 id={`${headingId}-debrief`}>{t('residence.debrief.title')}</h4>
            <p>
              {t('residence.debrief.heldOn')}: {formatDate(e.debrief.heldOn)} · {t('residence.debrief.participants')}: {e.debrief.participants}
            </p>
            {e.debrief.summary !== null ? (
              <>
                <h5 className="small-heading">{t('residence.debrief.summary')}</h5>
                <p className="pre-wrap">{e.debrief.summary}</p>
              </>
            ) : null}
            <h5 className="small-heading">{t('residence.debrief.learning')}</h5>
            <p className="pre-wrap">{e.debrief.learning}</p>
          </section>
        ) : null}
      </details>
      {e.actions.length > 0 ? (
        <section aria-labelledby={`${headingId}-actions`}>
          <h4 id={`${headingId}-actions`}>{t('residence.debrief.actions')}</h4>
          <ErrorAlert error={done.error} />
          <ul className="plain-list residence-rows">
            {e.actions.map((a) => (
              <li key={a.id} className="residence-action">
                <span>
                  <strong>{a.text}</strong> · {t('residence.debrief.ownerDue', { owner: a.owner.displayName, date: formatDate(a.dueDate) })}{' '}
                  {a.doneAt ? (
                    <span className="badge badge-active">{t('residence.debrief.doneOn', { date: formatDate(a.doneAt) })}</span>
                  ) : a.overdue ? (
                    <span className="badge badge-disabled">{t('residence.debrief.overdue')}</span>
                  ) : null}
                </span>
                {!a.doneAt && (ctx.roles.writeEpisodes || a.owner.id === ctx.userId) ? (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={`${t('residence.debrief.markDone')}: ${a.text}`}
                    disabled={done.isPending}
                    onClick={() => {
                      onStatus(null);
                      done.mutate({ method: 'post', path: `/episode-actions/${encodeURIComponent(a.id)}/done` }, { onSuccess: () => onStatus(t('residence.debrief.markedDone', { text: a.text })) });
                    }}
                  >
                    {t('residence.debrief.markDone')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!e.debrief && ctx.roles.writeEpisodes ? (
        debriefing ? (
          <DebriefForm
            episode={e}
            ctx={ctx}
            onCancel={() => setDebriefing(false)}
            onSaved={() => {
              setDebriefing(false);
              onStatus(t('residence.debrief.saved'));
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onStatus(null);
              setDebriefing(true);
            }}
          >
            {t('residence.debrief.add')}
            <span className="visually-hidden">: {t(`residence.episodeTypes.${e.type}`)} {formatDateTime(e.occurredAt)}</span>
          </button>
        )
      ) : null}
    </article>
  );
}
