import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { EpisodeForm } from './EpisodeForm';
import { EpisodeItem } from './EpisodeItem';
import { useEpisodes } from './queries';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';

/** Core element 4: the register of violent or threatening episodes, their debriefs and what we learn. */
export function EpisodesPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/episodes' });
  return <ResidenceFrame unitId={unitId} page="episodes">{(ctx) => <Episodes ctx={ctx} />}</ResidenceFrame>;
}

function Episodes({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const episodes = useEpisodes(ctx.unit.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const items = episodes.data?.items ?? [];
  const locations = [...new Set(items.map((e) => e.location.trim()))].sort((a, b) => a.localeCompare(b, 'da'));
  const waiting = items.filter((e) => !e.debrief).length;

  return (
    <>
      <p className="muted">{t('residence.episodes.intro')}</p>
      {!ctx.roles.staff ? <p className="alert alert-info">{t('residence.episodes.leaderView')}</p> : null}
      <StatusMessage message={status} />
      {ctx.roles.writeEpisodes ? (
        adding ? (
          <EpisodeForm
            ctx={ctx}
            locations={locations}
            onCancel={() => setAdding(false)}
            onSaved={(episode) => {
              setAdding(false);
              setStatus(t('residence.episodes.saved'));
              setFocusId(episode.id);
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setStatus(null);
                setAdding(true);
              }}
            >
              {t('residence.episodes.add')}
            </button>
          </p>
        )
      ) : null}
      <section aria-labelledby="register-heading" className="section">
        <h2 id="register-heading">{t('residence.episodes.register')}</h2>
        {episodes.isPending ? <Loading /> : null}
        <ErrorAlert error={episodes.error} />
        {episodes.data ? (
          <p className="muted">
            {t('residence.episodes.count', { count: items.length })}
            {waiting ? ` · ${t('residence.episodes.waiting', { count: waiting })}` : ''}
          </p>
        ) : null}
        {episodes.data && items.length === 0 ? <p className="muted">{t('residence.episodes.none')}</p> : null}
        <ul className="plain-list residence-episodes">
          {items.map((e) => (
            <li key={e.id}>
              <EpisodeItem episode={e} ctx={ctx} onStatus={setStatus} focus={focusId === e.id} onFocused={() => setFocusId(null)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
