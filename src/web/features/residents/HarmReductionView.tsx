import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import { harmAreas, type HarmPlanT } from './types';

/** The due marker of a follow-up date: in words, not colour alone. */
export function FollowUpBadge({ date }: { date: string }) {
  const { t } = useTranslation();
  const overdue = date < todayLocal();
  return <span className={`badge ${overdue ? 'badge-overdue' : 'badge-today'}`}>{overdue ? t('resident.harm.followUpOverdue') : t('resident.harm.followUpToday')}</span>;
}

/** The latest version of the harm-reduction plan: the four areas, the agreed measures, the resident's words and the follow-ups. */
export function HarmReductionView({ plan }: { plan: HarmPlanT }) {
  const { t } = useTranslation();
  return (
    <div className="harm-plan">
      <div className={`harm-follow-up ${plan.followUpDue ? 'harm-follow-up-due' : ''}`}>
        <h3>{t('resident.harm.followUp')}</h3>
        {plan.nextFollowUp ? (
          <p>
            {t('resident.harm.nextFollowUp', { date: formatDate(plan.nextFollowUp) })} {plan.followUpDue ? <FollowUpBadge date={plan.nextFollowUp} /> : null}
          </p>
        ) : (
          <p>{t('resident.harm.noFollowUp')}</p>
        )}
        {plan.followUpDue ? <p className="hint">{t('resident.harm.followUpHowTo')}</p> : null}
        {plan.followUpDates.length > 0 ? (
          <p className="muted">{t('resident.harm.allFollowUps', { dates: plan.followUpDates.map((d) => formatDate(d)).join(', ') })}</p>
        ) : null}
      </div>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('resident.harm.madeWithResident')}</dt>
          <dd>{plan.madeWithResident ? t('resident.harm.madeWithYes') : t('resident.harm.madeWithNo')}</dd>
        </div>
        <div>
          <dt>{t('resident.harm.wantsAbstinence')}</dt>
          <dd>{plan.residentWantsAbstinence ? t('resident.harm.wantsYes') : t('resident.harm.wantsNo')}</dd>
        </div>
        <div>
          <dt>{t('resident.harm.substances')}</dt>
          <dd>{plan.substances ?? t('common.none')}</dd>
        </div>
      </dl>
      {plan.residentsOwnWords ? (
        <figure className="harm-own-words">
          <figcaption>{t('resident.harm.ownWords')}</figcaption>
          <blockquote className="quote">»{plan.residentsOwnWords}«</blockquote>
        </figure>
      ) : null}
      <div className="harm-areas">
        {harmAreas.map((a) => {
          const area = plan.areas[a] ?? { consequences: '', measures: '' };
          const measures = plan.measures.filter((m) => m.area === a);
          return (
            <section key={a} aria-labelledby={`harm-area-${a}`} className="card harm-area">
              <h3 id={`harm-area-${a}`}>{t(`resident.harm.areas.${a}`)}</h3>
              <dl className="details-list">
                <div>
                  <dt>{t('resident.harm.consequences')}</dt>
                  <dd className="pre-wrap">{area.consequences || t('common.none')}</dd>
                </div>
                <div>
                  <dt>{t('resident.harm.agreed')}</dt>
                  <dd className="pre-wrap">{area.measures || t('common.none')}</dd>
                </div>
              </dl>
              {measures.length > 0 ? (
                <>
                  <h4>{t('resident.harm.measures')}</h4>
                  <ul className="harm-measures">
                    {measures.map((m, i) => (
                      <li key={i}>
                        {m.text}
                        {m.who ? <span className="muted"> · {t('resident.harm.who', { who: m.who })}</span> : null}
                        {m.abstinence ? (
                          <>
                            {' '}
                            <span className="badge">{t('resident.harm.abstinenceBadge')}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          );
        })}
      </div>
      <p className="muted">{t('resident.harm.savedBy', { version: plan.version, by: plan.by.displayName, at: formatDateTime(plan.at) })}</p>
    </div>
  );
}
