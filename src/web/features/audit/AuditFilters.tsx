import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Fields';

export type AuditFilterValues = { citizenId: string; cpr: string; userId: string; from: string; to: string };
export const emptyFilters: AuditFilterValues = { citizenId: '', cpr: '', userId: '', from: '', to: '' };

type Props = { users: Map<string, string>; onApply: (filters: AuditFilterValues) => void };

/** Filters live in component state only: a CPR number must never reach the page URL. */
export function AuditFilters({ users, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterValues>(emptyFilters);
  const set = (key: keyof AuditFilterValues) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ citizenId: draft.citizenId.trim(), cpr: draft.cpr.trim(), userId: draft.userId, from: draft.from, to: draft.to });
  };
  const reset = () => {
    setDraft(emptyFilters);
    onApply(emptyFilters);
  };
  const userOptions = [{ value: '', label: t('audit.allUsers') }, ...[...users].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }))];
  return (
    <form onSubmit={submit} noValidate className="form card filters" aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading">{t('audit.filters')}</h2>
      <div className="field-grid">
        <TextField id="audit-citizenId" label={t('audit.citizenId')} value={draft.citizenId} onChange={set('citizenId')} />
        <TextField id="audit-cpr" label={t('audit.cpr')} value={draft.cpr} onChange={set('cpr')} />
        <SelectField id="audit-user" label={t('audit.user')} value={draft.userId} onChange={set('userId')} options={userOptions} />
        <TextField id="audit-from" type="date" label={t('audit.from')} value={draft.from} onChange={set('from')} />
        <TextField id="audit-to" type="date" label={t('audit.to')} value={draft.to} onChange={set('to')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('audit.apply')}
        </button>
        <button type="button" className="button-secondary" onClick={reset}>
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
