import { useTranslation } from 'react-i18next';

type Option = { value: string; label: string };

type Props = {
  name: string;
  legend: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  /** Large touch targets in a grid (phone-friendly); otherwise a plain vertical list. */
  tiles?: boolean;
};

/** A radio group shown as large tiles; the error is tied to the group for screen readers. */
export function ChoiceGroup({ name, legend, options, value, onChange, error, required, tiles = true }: Props) {
  const { t } = useTranslation();
  const errorId = `${name}-error`;
  return (
    <fieldset className={`fieldset-inner choice-group ${error ? 'field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend}
        {required ? <span className="required"> ({t('common.required')})</span> : null}
      </legend>
      <div className={tiles ? 'choice-tiles' : 'check-list'}>
        {options.map((o, i) => (
          <div key={o.value} className={tiles ? 'choice-tile' : 'field-check'}>
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-invalid={error && i === 0 ? true : undefined}
            />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {t(`fieldErrors.${error}`, { defaultValue: t('fieldErrors.invalid') })}
        </p>
      ) : null}
    </fieldset>
  );
}
