import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Fields';
import type { MeasureDraft } from './harm-draft';
import { harmAreas } from './types';

type Props = {
  measures: MeasureDraft[];
  wantsAbstinence: boolean;
  onChange: (measures: MeasureDraft[]) => void;
  error: (row: number, field: 'text' | 'area' | 'who' | 'abstinence') => string | undefined;
};

/**
 * The agreed measures, each with its area and who does it. A measure asking the resident to stop
 * using can only be ticked when the resident wants to stop; one already ticked stays changeable.
 */
export function HarmMeasuresEditor({ measures, wantsAbstinence, onChange, error }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MeasureDraft>) => onChange(measures.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset className="fieldset-inner harm-measures-editor">
      <legend>{t('resident.harm.measures')}</legend>
      <p className="hint">{t('resident.harm.measuresHint')}</p>
      {measures.map((m, i) => {
        const id = (n: string) => `harm-measure-${i}-${n}`;
        const abstinenceError = error(i, 'abstinence');
        const abstinenceHint = wantsAbstinence ? undefined : id('abstinence-hint');
        return (
          <fieldset key={i} className="fieldset-inner harm-measure-row">
            <legend>{t('resident.harm.measureN', { n: i + 1 })}</legend>
            <TextField id={id('text')} label={t('resident.harm.measureText')} required value={m.text} onChange={(v) => set(i, { text: v })} error={error(i, 'text')} />
            <div className="field-grid">
              <SelectField
                id={id('area')}
                label={t('resident.harm.measureArea')}
                required
                value={m.area}
                onChange={(v) => set(i, { area: v as MeasureDraft['area'] })}
                error={error(i, 'area')}
                options={[{ value: '', label: t('resident.harm.chooseArea') }, ...harmAreas.map((a) => ({ value: a, label: t(`resident.harm.areas.${a}`) }))]}
              />
              <TextField id={id('who')} label={t('resident.harm.measureWho')} value={m.who} onChange={(v) => set(i, { who: v })} error={error(i, 'who')} />
            </div>
            <div className={`harm-stop ${abstinenceError ? 'field-invalid' : ''}`}>
              <div className="field-check">
                <input
                  id={id('abstinence')}
                  name={id('abstinence')}
                  type="checkbox"
                  checked={m.abstinence}
                  disabled={!wantsAbstinence && !m.abstinence}
                  onChange={(e) => set(i, { abstinence: e.target.checked })}
                  aria-invalid={abstinenceError ? true : undefined}
                  aria-describedby={[abstinenceHint, abstinenceError ? id('abstinence-error') : ''].filter(Boolean).join(' ') || undefined}
                />
                <label htmlFor={id('abstinence')}>{t('resident.harm.measureAbstinence')}</label>
              </div>
              {abstinenceHint ? (
                <p id={abstinenceHint} className="hint">
                  {t('resident.harm.measureAbstinenceHint')}
                </p>
              ) : null}
              {abstinenceError ? (
                <p id={id('abstinence-error')} className="field-error">
                  {t(`fieldErrors.${abstinenceError}`, { defaultValue: t('fieldErrors.invalid') })}
                </p>
              ) : null}
            </div>
            {measures.length > 1 ? (
              <button type="button" className="button-link" onClick={() => onChange(measures.filter((_, j) => j !== i))}>
                {t('resident.harm.removeMeasure', { n: i + 1 })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary button-small" onClick={() => onChange([...measures, { text: '', area: '', who: '', abstinence: false }])}>
        {t('resident.harm.addMeasure')}
      </button>
    </fieldset>
  );
}
