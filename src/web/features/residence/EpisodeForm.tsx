import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { fromLocalInput, toLocalInput } from '../../format';
import { memberName } from './labels';
import { useResidenceWrite, useResidents } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import { episodeSeverities, episodeTypes, type EpisodeT } from './types';
import { FormButtons } from '../../components/FormButtons';

type Props = { ctx: ResidenceContext; locations: string[]; onCancel: () => void; onSaved: (e: EpisodeT) => void };
type Pick = Record<string, { on: boolean; hurt: boolean }>;

/** The first server issue under a path prefix (e.g. any person's), for the fieldset as a whole. */
function issueUnder(prefix: string, error: unknown): string | undefined {
  return error instanceof ApiError ? error.errors.find((e) => e.path === prefix || e.path.startsWith(`${prefix}.`))?.code : undefined;
}

/** Registers an episode: when (not in the future), where, type, severity, what happened and was done, who was involved and hurt. */
export function EpisodeForm({ ctx, locations, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const residents = useResidents(ctx.unit.id);
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date()));
  const [location, setLocation] = useState('');
  const [type, setType] = useState('');
  const [severity, setSeverity] = useState('');
  const [description, setDescription] = useState('');
  const [actionsTaken, setActionsTaken] = useState('');
  const [hurt, setHurt] = useState('');
  const [injuries, setInjuries] = useState('');
  const [residentPick, setResidentPick] = useState<Pick>({});
  const [staffPick, setStaffPick] = useState<Pick>({});
  const [others, setOthers] = useState<{ description: string; hurt: boolean }[]>([]);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<EpisodeT>(ctx.unit.id);
  const anyoneHurt = hurt === 'yes';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    const at = fromLocalInput(occurredAt);
    if (!at) errors.occurredAt = 'required';
    else if (Date.parse(at) > Date.now()) errors.occurredAt = 'in_future';
    if (!location.trim()) errors.location = 'required';
    if (!type) errors.type = 'required';
    if (!severity) errors.severity = 'required';
    if (!description.trim()) errors.description = 'required';
    if (!actionsTaken.trim()) errors.actionsTaken = 'required';
    if (!hurt) errors.anyoneHurt = 'required';
    const people = [
      ...Object.entries(residentPick).flatMap(([citizenId, p]) => (p.on ? [{ kind: 'resident', citizenId, hurt: anyoneHurt && p.hurt }] : [])),
      ...Object.entries(staffPick).flatMap(([userId, p]) => (p.on ? [{ kind: 'staff', userId, hurt: anyoneHurt && p.hurt }] : [])),
      ...others.filter((o) => o.description.trim()).map((o) => ({ kind: 'other', description: o.description.trim(), hurt: anyoneHurt && o.hurt })),
    ];
    if (people.length === 0) errors.people = 'required';
    setClient(errors);
    if (Object.keys(errors).length === 1 && errors.people) return requestAnimationFrame(() => document.getElementById('episode-people')?.focus());
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body = { unitId: ctx.unit.id, occurredAt: at, location: location.trim(), type, severity, description: description.trim(), actionsTaken: actionsTaken.trim(), anyoneHurt, injuries: anyoneHurt ? injuries.trim() || null : null, people };
    write.mutate({ method: 'post', path: '/episodes', body }, { onSuccess: onSaved, onError: () => focusFirstInvalid() });
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  const peopleError = client.people ?? issueUnder('people', write.error);

  const pickList = (kind: 'resident' | 'staff', list: { id: string; label: string }[], pick: Pick, setPick: (f: (p: Pick) => Pick) => void) =>
    list.map((r) => (
      <li key={r.id} className="residence-pick">
        <CheckboxField id={`episode-${kind}-${r.id}`} label={r.label} checked={pick[r.id]?.on ?? false} onChange={(on) => setPick((p) => ({ ...p, [r.id]: { on, hurt: p[r.id]?.hurt ?? false } }))} />
        {anyoneHurt && pick[r.id]?.on ? (
          <CheckboxField
            id={`episode-${kind}-${r.id}-hurt`}
            label={t('residence.episodes.personHurt', { name: r.label })}
            checked={pick[r.id]?.hurt ?? false}
            onChange={(h) => setPick((p) => ({ ...p, [r.id]: { on: true, hurt: h } }))}
          />
        ) : null}
      </li>
    ));

  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="episode-form-heading">
      <h2 id="episode-form-heading">{t('residence.episodes.add')}</h2>
      <ErrorAlert error={write.error} />
      <div className="field-grid">
        <TextField id="episode-when" type="datetime-local" label={t('residence.episodes.when')} hint={t('residence.episodes.whenHint')} required value={occurredAt} onChange={setOccurredAt} error={err('occurredAt')} />
        <TextField id="episode-where" label={t('residence.episodes.where')} hint={t('residence.episodes.whereHint')} required value={location} onChange={setLocation} error={err('location')} list="episode-locations" />
      </div>
      <datalist id="episode-locations">
        {locations.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <ChoiceGroup name="episode-type" legend={t('residence.episodes.type')} required tiles={false} value={type} onChange={setType} options={episodeTypes.map((v) => ({ value: v, label: t(`residence.episodeTypes.${v}`) }))} error={err('type')} />
      <ChoiceGroup name="episode-severity" legend={t('residence.episodes.severity')} required tiles={false} value={severity} onChange={setSeverity} options={episodeSeverities.map((v) => ({ value: v, label: t(`residence.severities.${v}`) }))} error={err('severity')} />
      <TextField id="episode-description" label={t('residence.episodes.description')} required multiline rows={4} value={description} onChange={setDescription} error={err('description')} />
      <TextField id="episode-actions-taken" label={t('residence.episodes.actionsTaken')} required multiline rows={3} value={actionsTaken} onChange={setActionsTaken} error={err('actionsTaken')} />
      <ChoiceGroup
        name="episode-hurt"
        legend={t('residence.episodes.hurt')}
        required
        tiles={false}
        value={hurt}
        onChange={setHurt}
        options={[
          { value: 'no', label: t('common.no') },
          { value: 'yes', label: t('common.yes') },
        ]}
        error={err('anyoneHurt')}
      />
      {anyoneHurt ? <TextField id="episode-injuries" label={t('residence.episodes.injuries')} hint={t('residence.episodes.injuriesHint')} multiline rows={2} value={injuries} onChange={setInjuries} error={err('injuries')} /> : null}
      <fieldset id="episode-people" tabIndex={-1} className={`fieldset-inner ${peopleError ? 'field-invalid' : ''}`} aria-describedby={peopleError ? 'episode-people-error' : undefined}>
        <legend>
          {t('residence.episodes.people')} <span className="required">({t('common.required')})</span>
        </legend>
        <p className="hint">{t('residence.episodes.peopleHint')}</p>
        <h3 className="small-heading">{t('residence.episodes.residents')}</h3>
        {residents.isPending ? <Loading /> : null}
        <ErrorAlert error={residents.error} />
        <ul className="plain-list">{pickList('resident', (residents.data ?? []).map((r) => ({ id: r.id, label: r.displayName })), residentPick, setResidentPick)}</ul>
        <h3 className="small-heading">{t('residence.episodes.staff')}</h3>
        <ul className="plain-list">{pickList('staff', ctx.unit.members.map((m) => ({ id: m.id, label: memberName(t, m) })), staffPick, setStaffPick)}</ul>
        <h3 className="small-heading">{t('residence.episodes.others')}</h3>
        <ul className="plain-list">
          {others.map((o, i) => (
            <li key={i} className="residence-other">
              <TextField id={`episode-other-${i}`} label={t('residence.episodes.otherDescription', { n: i + 1 })} hint={t('residence.episodes.otherHint')} value={o.description} onChange={(v) => setOthers((l) => l.map((x, j) => (j === i ? { ...x, description: v } : x)))} />
              {anyoneHurt ? (
                <CheckboxField id={`episode-other-${i}-hurt`} label={t('residence.episodes.personHurt', { name: o.description || t('residence.episodes.otherN', { n: i + 1 }) })} checked={o.hurt} onChange={(h) => setOthers((l) => l.map((x, j) => (j === i ? { ...x, hurt: h } : x)))} />
              ) : null}
              <button type="button" className="button-link" onClick={() => setOthers((l) => l.filter((_, j) => j !== i))}>
                {t('common.remove')} <span className="visually-hidden">{t('residence.episodes.otherN', { n: i + 1 })}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button-secondary button-small" onClick={() => setOthers((l) => [...l, { description: '', hurt: false }])}>
          {t('residence.episodes.addOther')}
        </button>
        {peopleError ? (
          <p id="episode-people-error" className="field-error">
            {t(`fieldErrors.${peopleError}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
      </fieldset>
      <FormButtons label={t('residence.episodes.submit')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
