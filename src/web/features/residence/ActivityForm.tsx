import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { fromLocalInput } from '../../format';
import { useResidenceWrite } from './queries';
import { activitySettings, type ActivityT } from './types';
import { FormButtons } from '../../components/FormButtons';

type Props = { unitId: string; onCancel: () => void; onSaved: (title: string) => void };

/** A new activity in the shared calendar: at the residence or in the local community, where, when, contact. */
export function ActivityForm({ unitId, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [setting, setSetting] = useState('');
  const [place, setPlace] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [contact, setContact] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<ActivityT>(unitId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!title.trim()) errors.title = 'required';
    if (!setting) errors.setting = 'required';
    if (!place.trim()) errors.place = 'required';
    const start = fromLocalInput(startsAt);
    const end = endsAt ? fromLocalInput(endsAt) : null;
    if (!start) errors.startsAt = 'required';
    if (endsAt && !end) errors.endsAt = 'invalid_format';
    else if (start && end && Date.parse(end) <= Date.parse(start)) errors.endsAt = 'before_start';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body = { unitId, title: title.trim(), description: description.trim() || null, setting, place: place.trim(), startsAt: start, endsAt: end, contact: contact.trim() || null };
    write.mutate({ method: 'post', path: '/activities', body }, { onSuccess: (a) => onSaved(a.title), onError: () => focusFirstInvalid() });
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="activity-form-heading">
      <h2 id="activity-form-heading">{t('residence.activities.add')}</h2>
      <ErrorAlert error={write.error} />
      <TextField id="activity-title" label={t('residence.activities.title')} required value={title} onChange={setTitle} error={err('title')} />
      <ChoiceGroup
        name="activity-setting"
        legend={t('residence.activities.setting')}
        required
        tiles={false}
        value={setting}
        onChange={setSetting}
        options={activitySettings.map((s) => ({ value: s, label: t(`residence.settings.${s}`) }))}
        error={err('setting')}
      />
      <TextField id="activity-place" label={t('residence.activities.place')} hint={t('residence.activities.placeHint')} required value={place} onChange={setPlace} error={err('place')} />
      <div className="field-grid">
        <TextField id="activity-starts" type="datetime-local" label={t('residence.activities.startsAt')} required value={startsAt} onChange={setStartsAt} error={err('startsAt')} />
        <TextField id="activity-ends" type="datetime-local" label={t('residence.activities.endsAt')} value={endsAt} onChange={setEndsAt} error={err('endsAt')} />
      </div>
      <TextField id="activity-contact" label={t('residence.activities.contact')} hint={t('residence.activities.contactHint')} value={contact} onChange={setContact} error={err('contact')} />
      <TextField id="activity-description" label={t('residence.activities.description')} multiline rows={3} value={description} onChange={setDescription} error={err('description')} />
      <FormButtons label={t('residence.activities.submit')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
