import { useTranslation } from 'react-i18next';
import { memberLabel } from './labels';
import type { MemberT } from './types';

type Props = { name: string; legend: string; members: MemberT[]; value: string[]; onChange: (ids: string[]) => void; error?: string };

/** Checkboxes for choosing members (e.g. the meeting's attendees); the error belongs to the group. */
export function MemberChecklist({ name, legend, members, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const errorId = `${name}-error`;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className={`fieldset-inner ${error ? 'field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend}
        <span className="required"> ({t('common.required')})</span>
      </legend>
      <div className="check-list team-checks">
        {members.map((m, i) => (
          <div key={m.id} className="field-check">
            <input
              type="checkbox"
              id={`${name}-${m.id}`}
              name={name}
              checked={value.includes(m.id)}
              onChange={(e) => toggle(m.id, e.target.checked)}
              aria-invalid={error && i === 0 ? true : undefined}
            />
            <label htmlFor={`${name}-${m.id}`}>{memberLabel(t, m)}</label>
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
