import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import { memberName } from './labels';
import { MeetingResidentRow, type ResidentRow } from './MeetingResidentRow';
import { useResidenceWrite, useResidents } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import { meetingKinds, type MeetingT } from './types';
import { FormButtons } from '../../components/FormButtons';

type Props = { ctx: ResidenceContext; onCancel: () => void; onSaved: () => void };
type Participant = { name: string; organisation: string; external: boolean; userId: string | null };
type FollowUp = { text: string; owner: string; dueDate: string };

/**
 * Records a meeting that was held: kind, date, topic, who took part (colleagues and external
 * parties with their organisation), the residents discussed — with external parties each needs a
 * consent or legal basis — decisions and follow-ups.
 */
export function MeetingForm({ ctx, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const residents = useResidents(ctx.unit.id);
  const self = ctx.unit.members.find((m) => m.id === ctx.userId);
  const [kind, setKind] = useState('internal');
  const [heldOn, setHeldOn] = useState(todayLocal());
  const [topic, setTopic] = useState('');
  const [participants, setParticipants] = useState<Participant[]>(self ? [{ name: self.displayName, organisation: '', external: false, userId: self.id }] : []);
  const [colleague, setColleague] = useState('');
  const [resident, setResident] = useState('');
  const [discussed, setDiscussed] = useState<ResidentRow[]>([]);
  const [decisions, setDecisions] = useState('');
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<MeetingT>(ctx.unit.id);
  const hasExternal = participants.some((p) => p.external);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!heldOn) errors.heldOn = 'required';
    else if (heldOn > todayLocal()) errors.heldOn = 'in_future';
    if (!topic.trim()) errors.topic = 'required';
    if (participants.length === 0) errors.participants = 'required';
    participants.forEach((p, i) => {
      if (!p.name.trim()) errors[`participants.${i}.name`] = 'required';
    });
    if (kind !== 'internal' && !hasExternal && participants.length > 0) errors.participants = 'external_needed';
    followUps.forEach((f, i) => {
      if (!f.text.trim()) errors[`followUps.${i}.text`] = 'required';
      if (!f.owner.trim()) errors[`followUps.${i}.owner`] = 'required';
    });
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body = {
      unitId: ctx.unit.id,
      kind,
      heldOn,
      topic: topic.trim(),
      participants: participants.map((p) => ({ name: p.name.trim(), organisation: p.organisation.trim() || null, external: p.external, userId: p.userId })),
      residents: discussed.map((r) => ({ citizenId: r.citizenId, discussed: r.discussed.trim() || null, consentId: r.consentId || null })),
      decisions: decisions.trim() || null,
      followUps: followUps.map((f) => ({ text: f.text.trim(), owner: f.owner.trim(), dueDate: f.dueDate || null })),
    };
    write.mutate({ method: 'post', path: '/collaboration-meetings', body }, { onSuccess: onSaved, onError: () => focusFirstInvalid() });
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  const setP = (i: number, patch: Partial<Participant>) => setParticipants((l) => l.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const setF = (i: number, patch: Partial<FollowUp>) => setFollowUps((l) => l.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const freeColleagues = ctx.unit.members.filter((m) => !participants.some((p) => p.userId === m.id));
  const freeResidents = (residents.data ?? []).filter((r) => !discussed.some((d) => d.citizenId === r.id));

  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="meeting-form-heading">
      <h3 id="meeting-form-heading">{t('residence.meetings.add')}</h3>
      <ErrorAlert error={write.error} />
      <div className="field-grid">
        <SelectField id="meeting-kind" label={t('residence.meetings.kind')} required value={kind} onChange={setKind} options={meetingKinds.map((k) => ({ value: k, label: t(`residence.meetingKinds.${k}`) }))} error={err('kind')} />
        <TextField id="meeting-date" type="date" label={t('residence.meetings.heldOn')} required value={heldOn} onChange={setHeldOn} error={err('heldOn')} />
      </div>
      <TextField id="meeting-topic" label={t('residence.meetings.topic')} required value={topic} onChange={setTopic} error={err('topic')} />

      <fieldset className="fieldset-inner" aria-describedby={err('participants') ? 'meeting-participants-error' : undefined}>
        <legend>{t('residence.meetings.participants')}</legend>
        <p className="hint">{t('residence.meetings.participantsHint')}</p>
        {participants.map((p, i) => (
          <div key={i} className="residence-row-grid">
            <TextField id={`meeting-p-${i}-name`} label={t('residence.meetings.participantName', { n: i + 1 })} required value={p.name} onChange={(v) => setP(i, { name: v })} error={err(`participants.${i}.name`) ?? err(`participants.${i}.userId`)} />
            <TextField id={`meeting-p-${i}-org`} label={t('residence.meetings.organisation', { n: i + 1 })} value={p.organisation} onChange={(v) => setP(i, { organisation: v })} error={err(`participants.${i}.organisation`)} />
            {/* A colleague is picked from the unit; anyone typed in is external (and needs a basis for the residents discussed). */}
            <p className="muted">{p.userId ? t('residence.meetings.colleague') : t('residence.meetings.external')}</p>
            <button type="button" className="button-link" onClick={() => setParticipants((l) => l.filter((_, j) => j !== i))}>
              {t('residence.meetings.removeParticipant', { n: i + 1 })}
            </button>
          </div>
        ))}
        {err('participants') ? (
          <p id="meeting-participants-error" className="field-error">
            {t(`fieldErrors.${err('participants')}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
        <div className="residence-add-row">
          {freeColleagues.length ? (
            <>
              <SelectField id="meeting-colleague" label={t('residence.meetings.colleague')} value={colleague} onChange={setColleague} options={[{ value: '', label: t('residence.meetings.chooseColleague') }, ...freeColleagues.map((m) => ({ value: m.id, label: memberName(t, m) }))]} />
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => {
                  const m = freeColleagues.find((x) => x.id === colleague);
                  if (m) setParticipants((l) => [...l, { name: m.displayName, organisation: '', external: false, userId: m.id }]);
                  setColleague('');
                }}
              >
                {t('residence.meetings.addColleague')}
              </button>
            </>
          ) : null}
          <button type="button" className="button-secondary button-small" onClick={() => setParticipants((l) => [...l, { name: '', organisation: '', external: true, userId: null }])}>
            {t('residence.meetings.addExternal')}
          </button>
        </div>
      </fieldset>

      <fieldset className="fieldset-inner">
        <legend>{t('residence.meetings.residents')}</legend>
        <p className="hint">{hasExternal ? t('residence.meetings.residentsExternalHint') : t('residence.meetings.residentsHint')}</p>
        {discussed.map((r, i) => (
          <MeetingResidentRow
            key={r.citizenId}
            index={i}
            row={r}
            name={residents.data?.find((x) => x.id === r.citizenId)?.displayName ?? ''}
            external={hasExternal}
            error={write.error}
            onChange={(patch) => setDiscussed((l) => l.map((x, j) => (j === i ? { ...x, ...patch } : x)))}
            onRemove={() => setDiscussed((l) => l.filter((_, j) => j !== i))}
          />
        ))}
        {freeResidents.length ? (
          <div className="residence-add-row">
            <SelectField id="meeting-resident" label={t('residence.meetings.resident')} value={resident} onChange={setResident} options={[{ value: '', label: t('residence.meetings.chooseResident') }, ...freeResidents.map((r) => ({ value: r.id, label: r.displayName }))]} />
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                if (resident) setDiscussed((l) => [...l, { citizenId: resident, discussed: '', consentId: '' }]);
                setResident('');
              }}
            >
              {t('residence.meetings.addResident')}
            </button>
          </div>
        ) : null}
      </fieldset>

      <TextField id="meeting-decisions" label={t('residence.meetings.decisions')} multiline rows={3} value={decisions} onChange={setDecisions} error={err('decisions')} />
      <fieldset className="fieldset-inner">
        <legend>{t('residence.meetings.followUps')}</legend>
        {followUps.map((f, i) => (
          <div key={i} className="residence-row-grid">
            <TextField id={`meeting-f-${i}-text`} label={t('residence.meetings.followUpText', { n: i + 1 })} required value={f.text} onChange={(v) => setF(i, { text: v })} error={err(`followUps.${i}.text`)} />
            <TextField id={`meeting-f-${i}-owner`} label={t('residence.meetings.followUpOwner', { n: i + 1 })} required value={f.owner} onChange={(v) => setF(i, { owner: v })} error={err(`followUps.${i}.owner`)} />
            <TextField id={`meeting-f-${i}-due`} type="date" label={t('residence.meetings.followUpDue', { n: i + 1 })} value={f.dueDate} onChange={(v) => setF(i, { dueDate: v })} error={err(`followUps.${i}.dueDate`)} />
            <button type="button" className="button-link" onClick={() => setFollowUps((l) => l.filter((_, j) => j !== i))}>
              {t('residence.meetings.removeFollowUp', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary button-small" onClick={() => setFollowUps((l) => [...l, { text: '', owner: '', dueDate: '' }])}>
          {t('residence.meetings.addFollowUp')}
        </button>
      </fieldset>
      <FormButtons label={t('residence.meetings.submit')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
