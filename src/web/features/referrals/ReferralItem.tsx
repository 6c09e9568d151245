import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralPath } from '../../../shared/schemas/bridging';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import type { ReferralT } from '../../types';
import { ReferralStatusForm } from './ReferralStatusForm';
import { ShareReferral } from './ShareReferral';

const closed = ['retained_3m', 'dropped', 'declined'];

/** One referral: its place on the status path, history, retention checks and actions. */
export function ReferralItem({ referral: r, canWork }: { referral: ReferralT; canWork: boolean }) {
  const { t } = useTranslation();
  const [updating, setUpdating] = useState(false);
  const reached = new Map(r.history.map((h) => [h.status, h.date]));
  const current = referralPath.indexOf(r.status as (typeof referralPath)[number]);
  const ended = r.status === 'dropped' || r.status === 'declined';
  const today = todayLocal();
  const checks = [
    { due: r.checks.oneMonthDue, label: t('referrals.check1m') },
    { due: r.checks.threeMonthsDue, label: t('referrals.check3m') },
  ].filter((c) => c.due);
  const headingId = `referral-${r.id}`;
  return (
    <article className="card referral" aria-labelledby={headingId}>
      <h5 id={headingId} className="referral-title">
        {r.offer.name} <span className="muted">· {r.offer.provider}</span>
      </h5>
      <p>
        <span className={`badge ${ended ? 'badge-disabled' : 'badge-active'}`}>{t(`referralStatus.${r.status}`)}</span> {formatDate(r.statusDate)}
        {r.accompanied !== null ? ` · ${r.accompanied ? t('referrals.accompanied') : t('referrals.notAccompanied')}` : ''}
      </p>
      <ol className="status-path" aria-label={t('referrals.path')}>
        {referralPath.map((s, i) => {
          const state = ended ? (reached.has(s) ? 'done' : 'skipped') : i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li key={s} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="visually-hidden">{t(`referrals.stepState.${state}`)}: </span>
              {t(`referralStatus.${s}`)}
              {reached.get(s) ? <span className="step-date"> {formatDate(reached.get(s))}</span> : null}
            </li>
          );
        })}
      </ol>
      {checks.map((c) => (
        <p key={c.label} className={`alert ${c.due! <= today ? 'alert-warning' : 'alert-info'} check-due`}>
          {c.due! <= today ? t('referrals.checkDueNow', { check: c.label, date: formatDate(c.due) }) : t('referrals.checkDue', { check: c.label, date: formatDate(c.due) })}
        </p>
      ))}
      {r.note ? <p className="pre-wrap">{r.note}</p> : null}
      <details>
        <summary>{t('referrals.history')}</summary>
        <ol className="plain-list history-list">
          {r.history.map((h, i) => (
            <li key={i}>
              {t('referrals.historyEntry', { date: formatDate(h.date), status: t(`referralStatus.${h.status}`), by: h.byName })}
              {h.note ? ` – ${h.note}` : ''}
            </li>
          ))}
        </ol>
        <p className="muted">{t('referrals.createdAt', { time: formatDateTime(r.createdAt) })}</p>
      </details>
      {canWork && !closed.includes(r.status) ? (
        updating ? (
          <ReferralStatusForm referral={r} onDone={() => setUpdating(false)} />
        ) : (
          <button type="button" className="button-secondary" onClick={() => setUpdating(true)}>
            {t('referrals.nextStatus')}
          </button>
        )
      ) : null}
      {canWork ? <ShareReferral referral={r} /> : null}
    </article>
  );
}
