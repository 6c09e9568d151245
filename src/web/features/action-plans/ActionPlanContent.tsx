import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { ActionPlanT } from '../../types';
import { otherMatters } from './action-plan-form';

type Version = ActionPlanT['current'];
type Section = Version['sharedSections'][number];

/** One version of a plan; a provider it was shared with sees the shared sections only. */
export function ActionPlanContent({ version: v, view }: { version: Version; view: ActionPlanT['view'] }) {
  const { t } = useTranslation();
  const show = (s: Section) => view === 'full' || v.sharedSections.includes(s);
  const matters = otherMatters.filter((k) => v.otherMatters[k]);
  return (
    <>
      <dl className="plan-questions">
        {show('purpose') ? (
          <div>
            <dt>{t('actionPlans.fields.purpose')}</dt>
            <dd className="pre-wrap">{v.purpose}</dd>
          </div>
        ) : null}
        {show('supportNeeded') ? (
          <div>
            <dt>{t('actionPlans.fields.supportNeeded')}</dt>
            <dd className="pre-wrap">{v.supportNeeded}</dd>
          </div>
        ) : null}
        {show('expectedDuration') ? (
          <div>
            <dt>{t('actionPlans.fields.expectedDuration')}</dt>
            <dd>{v.expectedDuration || t('common.none')}</dd>
          </div>
        ) : null}
        {show('otherMatters') ? (
          <div>
            <dt>{t('actionPlans.fields.otherMatters')}</dt>
            <dd>
              {matters.length === 0 ? t('common.none') : null}
              <ul className="plain-list">
                {matters.map((k) => (
                  <li key={k}>
                    <strong>{t(`actionPlans.otherMatters.${k}`)}:</strong> <span className="pre-wrap">{v.otherMatters[k]}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {show('offers') ? (
          <div>
            <dt>{t('actionPlans.fields.offers')}</dt>
            <dd>
              {v.offers.length === 0 ? t('common.none') : null}
              <ul className="plain-list">
                {v.offers.map((o, i) => (
                  <li key={i}>
                    {o.what} – <strong>{t(`actionPlans.responses.${o.response}`)}</strong>
                    {o.note ? ` (${o.note})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {show('citizenParticipation') ? (
          <div>
            <dt>{t('actionPlans.fields.citizenParticipation')}</dt>
            <dd className="pre-wrap">{v.citizenParticipation}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted plan-meta">
        {t('actionPlans.meta', { version: v.version, name: v.by.displayName, time: formatDateTime(v.at) })}
        {v.sharedWith && v.sharedSections.length > 0
          ? ` · ${t('actionPlans.sharedSummary', { with: v.sharedWith, sections: v.sharedSections.map((s) => t(`actionPlans.sections.${s}`)).join(', ') })}`
          : ''}
      </p>
    </>
  );
}
