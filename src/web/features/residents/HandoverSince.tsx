import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../format';
import { lastShiftStart, shiftStarts, sinceProblem, type SinceChoice } from './handover-since';

type Props = { onChange: (since: string | null) => void };

/**
 * "Vis siden": the last shift (the server's eight hours), the last 07:00, 15:00 or 23:00, or a
 * chosen time. A choice applies at once; a chosen time when "Vis" is pressed.
 */
export function HandoverSince({ onChange }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<SinceChoice>('default');
  const [custom, setCustom] = useState(() => toLocalInput(new Date(Date.now() - 8 * 3_600_000)));
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (c: SinceChoice) => {
    setChoice(c);
    setProblem(null);
    if (c === 'default') onChange(null);
    else if (c !== 'custom') onChange(lastShiftStart(c));
  };
  const applyCustom = (e: FormEvent) => {
    e.preventDefault();
    const iso = fromLocalInput(custom);
    const p = sinceProblem(iso);
    setProblem(p);
    if (!p) onChange(iso);
    else document.getElementById('handover-since-custom')?.focus();
  };
  const options: { value: SinceChoice; label: string }[] = [
    { value: 'default', label: t('handover.since.default') },
    ...shiftStarts.map((s) => ({ value: s, label: t('handover.since.at', { time: s }) })),
    { value: 'custom', label: t('handover.since.custom') },
  ];
  return (
    <form className="form handover-since" aria-label={t('handover.since.label')} onSubmit={applyCustom} noValidate>
      <fieldset className="fieldset-inner">
        <legend>{t('handover.since.legend')}</legend>
        <div className="handover-since-options">
          {options.map((o) => (
            <div key={o.value} className="field-check">
              <input type="radio" id={`handover-since-choice-${o.value.replace(':', '')}`} name="handover-since" checked={choice === o.value} onChange={() => choose(o.value)} />
              <label htmlFor={`handover-since-choice-${o.value.replace(':', '')}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {choice === 'custom' ? (
        <div className="handover-since-custom">
          <div className={`field ${problem ? 'field-invalid' : ''}`}>
            <label htmlFor="handover-since-custom">{t('handover.since.customField')}</label>
            <input
              id="handover-since-custom"
              name="handover-since-custom"
              type="datetime-local"
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`handover-since-custom-hint${problem ? ' handover-since-custom-error' : ''}`}
            />
            <p id="handover-since-custom-hint" className="hint">
              {t('handover.since.customHint')}
            </p>
            {problem ? (
              <p id="handover-since-custom-error" className="field-error">
                {t(`handover.since.problems.${problem}`)}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button-secondary">
            {t('handover.since.show')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
