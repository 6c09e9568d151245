import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCpr } from '../../../shared/cpr';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { CitizenT } from '../../types';
import { useUpdateCitizen } from './update-citizen';

type Props = { citizen: CitizenT; onDone: () => void; onCancel: () => void };

/** Identifies an unidentified citizen: a name, and optionally CPR number and birth year. */
export function IdentifyForm({ citizen, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [cpr, setCpr] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const update = useUpdateCitizen(citizen.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!name.trim()) errors.name = 'required';
    if (cpr.trim() && !parseCpr(cpr)) errors.cpr = 'invalid_cpr';
    if (birthYear.trim() && !/^\d{4}$/.test(birthYear.trim())) errors.birthYear = 'invalid_format';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body: Record<string, unknown> = { kind: 'identified', name: name.trim() };
    if (cpr.trim()) body.cpr = cpr.trim();
    if (birthYear.trim()) body.birthYear = Number(birthYear.trim());
    update.mutate(body, { onSuccess: onDone, onError: () => focusFirstInvalid() });
  };
  const errorOf = (path: string) => fieldCode(path, client, update.error);

  return (
    <form id="identify-citizen" onSubmit={submit} noValidate className="form card" aria-labelledby="identify-heading">
      <h2 id="identify-heading">{t('citizens.page.identifyTitle')}</h2>
      <p>{t('citizens.page.identifyIntro')}</p>
      <ErrorAlert error={update.error} />
      <TextField id="identify-name" label={t('citizens.fields.name')} required value={name} onChange={setName} error={errorOf('name')} />
      <TextField id="identify-cpr" label={t('citizens.fields.cpr')} hint={t('citizens.create.cprHint')} value={cpr} onChange={setCpr} error={errorOf('cpr')} />
      <TextField id="identify-birthYear" label={t('citizens.fields.birthYear')} inputMode="numeric" value={birthYear} onChange={setBirthYear} error={errorOf('birthYear')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('citizens.page.identify')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
