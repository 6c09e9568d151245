import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Common = {
  id: string;
  label: string;
  /** A field issue code (translated via fieldErrors.<code>). */
  error?: string;
  hint?: string;
  required?: boolean;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <label htmlFor={id}>
      {label}
      {required ? <span className="required"> ({t('common.required')})</span> : null}
    </label>
  );
}

/** A field's hint and its translated error, with the ids its control's aria-describedby names. */
export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(`fieldErrors.${error}`, { defaultValue: t('fieldErrors.invalid') })}
        </p>
      ) : null}
    </>
  );
}

type TextFieldProps = Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'tel' | 'number' | 'date' | 'datetime-local' | 'search' | 'email';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'tel' | 'email';
  multiline?: boolean;
  rows?: number;
  className?: string;
  /** The id of a <datalist> with suggestions (text inputs only). */
  list?: string;
};

export function TextField({ id, label, error, hint, required, value, onChange, type = 'text', autoComplete, inputMode, multiline, rows = 3, className, list }: TextFieldProps) {
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': required || undefined,
  };
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <Label id={id} label={label} required={required} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete ?? 'off'} inputMode={inputMode} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

type CheckboxProps = { id: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; error?: string };

export function CheckboxField({ id, label, checked, onChange, error }: CheckboxProps) {
  return (
    <div className="field-check">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={error ? `${id}-error` : undefined} />
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} error={error} />
    </div>
  );
}

type SelectProps = Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] };

export function SelectField({ id, label, error, hint, required, value, onChange, options }: SelectProps) {
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <Label id={id} label={label} required={required} />
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
