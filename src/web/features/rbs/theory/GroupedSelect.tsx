import { useTranslation } from 'react-i18next';
import { HintAndError } from '../../../components/Fields';

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  groups: OptionGroup[];
  /** The first, empty choice ("choose …"). */
  placeholder: string;
  required?: boolean;
  hint?: string;
  /** A field issue code (translated via fieldErrors.<code>). */
  error?: string;
};

/** A select with option groups, marked up like the shared fields (label, hint, error tied to the control). */
export function GroupedSelect({ id, label, value, onChange, groups, placeholder, required, hint, error }: Props) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t('common.required')})</span> : null}
      </label>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} aria-required={required || undefined}>
        <option value="">{placeholder}</option>
        {groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
