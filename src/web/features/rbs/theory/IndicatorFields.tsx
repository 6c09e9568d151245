import { useTranslation } from 'react-i18next';
import { INDICATORS } from '../../../../shared/indicators';
import { TextField } from '../../../components/Fields';
import { fieldIds, measureOf, type IndicatorDraft } from './draft';
import { GroupedSelect } from './GroupedSelect';

type Props = {
  elementId: string;
  elementName: string;
  method: string;
  value: IndicatorDraft;
  onChange: (value: IndicatorDraft) => void;
  onUnbind: () => void;
  errorOf: (fieldId: string) => string | undefined;
};

/**
 * An element's indicator: which one (those for the theory's method first), the baseline (blank when
 * unknown), the target and the period the target is for. A share is typed as a percentage.
 */
export function IndicatorFields({ elementId, elementName, method, value, onChange, onUnbind, errorOf }: Props) {
  const { t } = useTranslation();
  const id = (part: 'key' | 'baseline' | 'target' | 'from' | 'to') => fieldIds.indicator(elementId, part);
  const title = (key: string) => t(`indicators.${key}.title`, { defaultValue: key });
  const forMethod = INDICATORS.filter((i) => i.methods.length === 0 || (i.methods as readonly string[]).includes(method));
  const others = INDICATORS.filter((i) => !forMethod.includes(i));
  const measure = value.key ? measureOf(value.key) : undefined;
  const unit = measure ? ` (${t(`rbs.unit.${measure}`)})` : '';
  const set = (patch: Partial<IndicatorDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="fieldset-inner rbs-indicator-fields">
      <legend>{t('rbs.indicator.legend', { name: elementName })}</legend>
      <GroupedSelect
        id={id('key')}
        label={t('rbs.indicator.label')}
        required
        placeholder={t('rbs.indicator.choose')}
        value={value.key}
        onChange={(key) => set({ key })}
        groups={[
          { label: t('rbs.indicator.forMethod', { method: t(`methods.${method}`) }), options: forMethod.map((i) => ({ value: i.key, label: title(i.key) })) },
          { label: t('rbs.indicator.otherIndicators'), options: others.map((i) => ({ value: i.key, label: title(i.key) })) },
        ]}
        hint={value.key ? t(`indicators.${value.key}.definition`, { defaultValue: value.key }) : undefined}
        error={errorOf(id('key'))}
      />
      <div className="field-grid">
        <TextField
          id={id('baseline')}
          label={t('rbs.indicator.baseline') + unit}
          hint={t('rbs.indicator.baselineHint')}
          value={value.baseline}
          onChange={(baseline) => set({ baseline })}
          error={errorOf(id('baseline'))}
        />
        <TextField id={id('target')} label={t('rbs.indicator.target') + unit} required value={value.target} onChange={(target) => set({ target })} error={errorOf(id('target'))} />
      </div>
      <div className="field-grid">
        <TextField id={id('from')} type="date" label={t('rbs.indicator.from')} required value={value.from} onChange={(from) => set({ from })} error={errorOf(id('from'))} />
        <TextField id={id('to')} type="date" label={t('rbs.indicator.to')} required value={value.to} onChange={(to) => set({ to })} error={errorOf(id('to'))} />
      </div>
      <button type="button" className="button-secondary button-small" onClick={onUnbind}>
        {t('rbs.indicator.unbind', { name: elementName })}
      </button>
    </fieldset>
  );
}
