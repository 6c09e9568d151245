import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { fromLocalInput, toLocalInput } from '../../format';
import type { CourseT } from '../../types';
import { newClientId } from '../citizens/queries';
import { refreshMeasurements, useInstruments, useLocalText } from './queries';
import type { InstrumentT, MeasurementT } from './types';

type Props = { course: CourseT; onCancel: () => void; onSaved: (message: string) => void };

/** The answers' range in words for the hint: "0–5: 0 = På intet tidspunkt, 5 = Hele tiden". */
function rangeHint(item: InstrumentT['items'][number], local: (t: { da: string; en: string }) => string, t: TFunction) {
  const min = item.options?.[0] ?? item.anchors?.min;
  const max = item.options?.[item.options.length - 1] ?? item.anchors?.max;
  if (min && max) return t('measurementEntry.rangeNamed', { min: item.min, max: item.max, minText: local(min), maxText: local(max) });
  return t('measurementEntry.range', { min: item.min, max: item.max });
}

/**
 * The worker enters the citizen's answers given aloud (verbal) or on a paper form. The server scores
 * them and refuses any answer outside the item's range, item by item.
 */
export function MeasurementEntryForm({ course, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const local = useLocalText();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  const uid = useId();
  const [key, setKey] = useState('');
  const [mode, setMode] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [atTouched, setAtTouched] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [client, setClient] = useState<ClientErrors>({});
  const clientId = useRef(newClientId());
  const instrument = instruments.data?.find((i) => i.key === key);

  const save = useMutation({
    mutationFn: (body: object) => api.post<MeasurementT>(`/courses/${encodeURIComponent(course.id)}/measurements`, body),
    onSuccess: async (m) => {
      clientId.current = newClientId();
      await refreshMeasurements(queryClient, course.citizenId);
      onSaved(t('measurementEntry.saved', { name: instrument ? local(instrument.name) : m.instrument, total: m.total }));
    },
    onError: () => focusFirstInvalid(),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!key) errors.instrument = 'required';
    if (!mode) errors.mode = 'required';
    if (!fromLocalInput(at)) errors.at = 'required';
    for (const item of instrument?.items ?? []) if (!(values[item.id] ?? '').trim()) errors[`answers.${item.id}`] = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0 || !instrument) return focusFirstInvalid();
    // Numbers go as numbers; anything else as typed, so the server names the problem per item.
    const answers = Object.fromEntries(
      instrument.items.map((item) => {
        const raw = values[item.id].trim().replace(',', '.');
        return [item.id, raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw];
      }),
    );
    save.mutate({ id: clientId.current, instrument: key, mode, answers, at: atTouched ? fromLocalInput(at) : new Date().toISOString() });
  };

  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `${uid}-${n}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('measurementEntry.formLabel')}>
      {instruments.isPending ? <Loading /> : null}
      <ErrorAlert error={save.error ?? instruments.error} />
      <SelectField
        id={id('instrument')}
        label={t('measurementEntry.instrument')}
        required
        value={key}
        onChange={(v) => {
          setKey(v);
          setValues({});
          setClient({});
          save.reset();
        }}
        options={[{ value: '', label: t('measurementEntry.chooseInstrument') }, ...(instruments.data ?? []).map((i) => ({ value: i.key, label: local(i.name) }))]}
        error={err('instrument')}
      />
      <ChoiceGroup
        name={id('mode')}
        legend={t('measurementEntry.mode')}
        tiles={false}
        required
        value={mode}
        onChange={setMode}
        options={(['verbal', 'paper'] as const).map((m) => ({ value: m, label: t(`measurementEntry.modes.${m}`) }))}
        error={err('mode')}
      />
      <TextField
        id={id('at')}
        type="datetime-local"
        label={t('measurementEntry.at')}
        required
        value={at}
        onChange={(v) => {
          setAt(v);
          setAtTouched(true);
        }}
        error={err('at')}
      />
      {instrument ? (
        <fieldset className="fieldset-inner">
          <legend>{t('measurementEntry.answers', { name: local(instrument.name) })}</legend>
          {instrument.intro ? <p className="hint">{local(instrument.intro)}</p> : null}
          {instrument.items.map((item) => (
            <TextField
              key={item.id}
              id={id(`item-${item.id}`)}
              label={local(item.text)}
              hint={rangeHint(item, local, t)}
              type="number"
              inputMode="numeric"
              required
              className="field-number"
              value={values[item.id] ?? ''}
              onChange={(v) => setValues((s) => ({ ...s, [item.id]: v }))}
              error={err(`answers.${item.id}`)}
            />
          ))}
          {instrument.credit ? <p className="instrument-credit">{instrument.credit}</p> : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('measurementEntry.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
