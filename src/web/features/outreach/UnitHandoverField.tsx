import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Fields';
import type { CourseT } from '../../types';
import { handoverUnits, useOrganisationUnits } from './queries';

type Props = { id: string; course: CourseT; value: string; onChange: (unitId: string) => void; error?: string };

/** Optional receiving unit of the same organisation; says what a handover to it means. */
export function UnitHandoverField({ id, course, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const units = handoverUnits(useOrganisationUnits().data, course.unitId);
  if (units.length === 0) return null;
  const chosen = units.find((u) => u.id === value);
  return (
    <>
      <SelectField
        id={id}
        label={t('close.toUnit')}
        hint={t('close.toUnitHint')}
        value={value}
        onChange={onChange}
        options={[{ value: '', label: t('close.noUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        error={error}
      />
      <div aria-live="polite" className={chosen ? 'alert alert-info' : 'visually-hidden'}>
        {chosen ? t('close.toUnitExplained', { unit: chosen.name, from: course.unitName }) : null}
      </div>
    </>
  );
}
