import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/Fields';
import { addMonths, monthLabel, MONTHS_BACK, presetPeriod, presets } from './periods';
import { indicatorIntervals, type Interval, type PeriodT } from './types';

type Props = { period: PeriodT; onChange: (p: PeriodT) => void; currentMonth: string; /** The server's issue code for the period's end (e.g. before_from). */ toError?: string };

/** The period: from month, to month, interval, and three presets. Changes apply at once. */
export function PeriodForm({ period, onChange, currentMonth, toError }: Props) {
  const { t } = useTranslation();
  const months = Array.from({ length: MONTHS_BACK }, (_, i) => addMonths(currentMonth, -i)).map((m) => ({ value: m, label: monthLabel(t, m) }));
  const active = presets.find((p) => {
    const q = presetPeriod(p, currentMonth);
    return q.fromMonth === period.fromMonth && q.toMonth === period.toMonth;
  });
  return (
    <form className="dashboard-period" aria-label={t('dashboard.periodForm')} onSubmit={(e) => e.preventDefault()}>
      <div className="dashboard-period-fields">
        <SelectField id="dash-from" label={t('dashboard.from')} value={period.fromMonth} onChange={(fromMonth) => onChange({ ...period, fromMonth })} options={months} />
        <SelectField id="dash-to" label={t('dashboard.to')} value={period.toMonth} onChange={(toMonth) => onChange({ ...period, toMonth })} options={months} error={toError} />
        <SelectField
          id="dash-interval"
          label={t('dashboard.interval')}
          value={period.interval}
          onChange={(v) => onChange({ ...period, interval: v as Interval })}
          options={indicatorIntervals.map((i) => ({ value: i, label: t(`dashboard.intervals.${i}`) }))}
        />
      </div>
      <div className="button-row" role="group" aria-label={t('dashboard.presets')}>
        {presets.map((p) => (
          <button key={p} type="button" className="button-secondary button-small" aria-pressed={active === p} onClick={() => onChange({ ...period, ...presetPeriod(p, currentMonth) })}>
            {t(`dashboard.preset.${p}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
