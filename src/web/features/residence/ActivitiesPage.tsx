import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDate, todayLocal } from '../../format';
import { ActivityCard } from './ActivityCard';
import { ActivityForm } from './ActivityForm';
import { addDays, dayLabel, isoWeek, localDay, mondayOf, shortDay } from './dates';
import { useActivities, useResidents } from './queries';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';
import type { ActivityListT } from './types';

const WEEKS = 4;

/** Core element 2: the shared activity calendar, who took part, and who has had no activity for a while. */
export function ActivitiesPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/activities' });
  return <ResidenceFrame unitId={unitId} page="activities">{(ctx) => <Activities ctx={ctx} />}</ResidenceFrame>;
}

function Activities({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const unitId = ctx.unit.id;
  const thisWeek = mondayOf(todayLocal());
  const [start, setStart] = useState(thisWeek);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const end = addDays(start, WEEKS * 7 - 1);
  const list = useActivities(unitId, start, end);
  const residents = useResidents(unitId);

  const move = (weeks: number) => {
    setStatus(null);
    setStart(weeks === 0 ? thisWeek : addDays(start, weeks * 7));
  };

  return (
    <>
      <p className="muted">{t('residence.activities.intro')}</p>
      <StatusMessage message={status} />
      {list.data ? <QuietSection list={list.data} /> : null}
      {ctx.roles.writeActivities ? (
        adding ? (
          <ActivityForm
            unitId={unitId}
            onCancel={() => setAdding(false)}
            onSaved={(title) => {
              setAdding(false);
              setStatus(t('residence.activities.saved', { title }));
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
              {t('residence.activities.add')}
            </button>
          </p>
        )
      ) : null}
      <section aria-labelledby="calendar-heading" className="section">
        <h2 id="calendar-heading">{t('residence.activities.calendar', { from: formatDate(start), to: formatDate(end) })}</h2>
        <div className="button-row residence-weeks">
          <button type="button" className="button-secondary button-small" onClick={() => move(-1)}>
            {t('residence.activities.earlier')}
          </button>
          {start !== thisWeek ? (
            <button type="button" className="button-secondary button-small" onClick={() => move(0)}>
              {t('residence.activities.thisWeek')}
            </button>
          ) : null}
          <button type="button" className="button-secondary button-small" onClick={() => move(1)}>
            {t('residence.activities.later')}
          </button>
        </div>
        {list.isPending ? <Loading /> : null}
        <ErrorAlert error={list.error ?? residents.error} />
        {list.data
          ? Array.from({ length: WEEKS }, (_, w) => addDays(start, w * 7)).map((monday) => (
              <Week key={monday} monday={monday} items={list.data.items} ctx={ctx} residents={residents.data ?? []} onStatus={setStatus} />
            ))
          : null}
      </section>
    </>
  );
}

type WeekProps = { monday: string; items: ActivityListT['items']; ctx: ResidenceContext; residents: { id: string; displayName: string }[]; onStatus: (m: string | null) => void };

function Week({ monday, items, ctx, residents, onStatus }: WeekProps) {
  const { t, i18n } = useTranslation();
  const sunday = addDays(monday, 6);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i))
    .map((day) => ({ day, items: items.filter((a) => localDay(a.startsAt) === day) }))
    .filter((d) => d.items.length > 0);
  const headingId = `week-${monday}`;
  return (
    <section aria-labelledby={headingId} className="residence-week">
      <h3 id={headingId}>{t('residence.activities.week', { week: isoWeek(monday), from: shortDay(monday), to: shortDay(sunday) })}</h3>
      {days.length === 0 ? <p className="muted">{t('residence.activities.noneThisWeek')}</p> : null}
      {days.map((d) => (
        <section key={d.day} aria-labelledby={`day-${d.day}`} className="residence-day">
          <h4 id={`day-${d.day}`} className={d.day === todayLocal() ? 'residence-today' : undefined}>
            {dayLabel(d.day, i18n.language)}
            {d.day === todayLocal() ? ` · ${t('residence.activities.today')}` : ''}
          </h4>
          <ul className="plain-list residence-activities">
            {d.items.map((a) => (
              <li key={a.id}>
                <ActivityCard activity={a} canWrite={ctx.roles.writeActivities} residents={residents} onStatus={onStatus} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Residents the user sees with no attended activity for `quietDays` days or more. */
function QuietSection({ list }: { list: ActivityListT }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quiet-heading" className="section card residence-quiet">
      <h2 id="quiet-heading">{t('residence.activities.quietTitle', { count: list.quietDays })}</h2>
      {list.quiet.length === 0 ? (
        <p className="muted">{t('residence.activities.quietNone')}</p>
      ) : (
        <ul className="plain-list residence-rows">
          {list.quiet.map((q) => (
            <li key={q.citizen.id}>
              <strong>{q.citizen.displayName}</strong>{' '}
              <span className="muted">
                {q.lastAttended ? t('residence.activities.lastAttended', { date: formatDate(q.lastAttended), count: q.days ?? 0 }) : t('residence.activities.neverAttended')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
