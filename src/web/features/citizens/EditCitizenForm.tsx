import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { focusFirstInvalid } from '../../components/focus';
import type { CitizenT } from '../../types';
import { formFromCitizen, toUpdateBody, validate } from './citizen-form';
import { IdentityFields, OwnWordsAndSafetyFields } from './CitizenFields';
import { useUpdateCitizen } from './update-citizen';

type Props = { citizen: CitizenT; onDone: (changed: boolean) => void; onCancel: () => void };

export function EditCitizenForm({ citizen, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [before] = useState(() => formFromCitizen(citizen));
  const [form, setForm] = useState(before);
  const [client, setClient] = useState<ClientErrors>({});
  const update = useUpdateCitizen(citizen.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validate(form);
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body = toUpdateBody(before, form);
    if (Object.keys(body).length === 0) return onDone(false);
    update.mutate(body, { onSuccess: () => onDone(true), onError: () => focusFirstInvalid() });
  };
  const errorOf = (path: string) => fieldCode(path, client, update.error);

  return (
    <form id="edit-citizen" onSubmit={submit} noValidate className="form form-wide card" aria-labelledby="edit-citizen-heading">
      <h2 id="edit-citizen-heading">{t('citizens.page.editTitle')}</h2>
      <ErrorAlert error={update.error} />
      <fieldset className="fieldset">
        <legend>{t('citizens.create.identity')}</legend>
        <IdentityFields form={form} onChange={setForm} errorOf={errorOf} idPrefix="edit" />
      </fieldset>
      <OwnWordsAndSafetyFields form={form} onChange={setForm} errorOf={errorOf} idPrefix="edit" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
