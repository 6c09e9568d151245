import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField } from '../../components/Fields';
import type { MethodT, MyUnitT } from '../../types';

export type CourseForm = { unitId: string; method: string; responsibleUserIds: string[] };

type Props = {
  units: MyUnitT[];
  methods: MethodT[];
  value: CourseForm;
  onChange: (value: CourseForm) => void;
  errorOf: (path: string) => string | undefined;
};

/** Unit, method and responsible workers of the citizen's first course. */
export function CourseFields({ units, methods, value, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const unit = units.find((u) => u.id === value.unitId);
  const candidates = (unit?.members ?? []).filter((m) => m.role !== 'spotter');
  const toggle = (id: string, on: boolean) =>
    onChange({ ...value, responsibleUserIds: on ? [...value.responsibleUserIds, id] : value.responsibleUserIds.filter((x) => x !== id) });
  return (
    <fieldset className="fieldset">
      <legend>{t('citizens.create.course')}</legend>
      <div className="field-grid">
        <SelectField
          id="course-unit"
          label={t('citizens.create.unit')}
          value={value.unitId}
          onChange={(unitId) => onChange({ ...value, unitId, responsibleUserIds: [] })}
          options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.organisationName})` }))}
          error={errorOf('course.unitId')}
        />
        <SelectField
          id="course-method"
          label={t('citizens.create.method')}
          value={value.method}
          onChange={(method) => onChange({ ...value, method })}
          options={methods.map((m) => ({ value: m.id, label: t(`methods.${m.id}`, { defaultValue: m.id }) }))}
          error={errorOf('course.method')}
        />
      </div>
      <fieldset className="fieldset-inner">
        <legend>{t('citizens.create.responsible')}</legend>
        <div className="check-list">
          {candidates.map((m) => (
            <CheckboxField
              key={m.id}
              id={`responsible-${m.id}`}
              label={`${m.displayName} (${t(`roles.${m.role}`)})`}
              checked={value.responsibleUserIds.includes(m.id)}
              onChange={(on) => toggle(m.id, on)}
            />
          ))}
        </div>
        {errorOf('course.responsibleUserIds') ? (
          <p className="field-error">{t(`fieldErrors.${errorOf('course.responsibleUserIds')}`, { defaultValue: t('fieldErrors.invalid') })}</p>
        ) : null}
      </fieldset>
    </fieldset>
  );
}
