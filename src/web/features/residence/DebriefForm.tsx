import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import { localDay } from './dates';
import { memberName } from './labels';
import { useResidenceWrite } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import type { EpisodeT } from './types';
import { FormButtons } from '../../components/FormButtons';

type Props = { episode: EpisodeT; ctx: ResidenceContext; onCancel: () => void; onSaved: () => void };
type ActionRow = { text: string; ownerId: string; dueDate: string };

/** The debrief after an episode: when, who took part, what happened, what we learn, and who follows up on what by when. */
export function DebriefForm({ episode, ctx, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const [heldOn, setHeldOn] = useState(todayLocal());
  const [participants, setParticipants] = useState('');
  const [summary, setSummary] = useState('');
  const [learning, setLearning] = useState('');
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<EpisodeT>(ctx.unit.id);
  const id = (n: string) => `${uid}-${n}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) errors.heldOn = 'required';
    else if (heldOn > todayLocal()) errors.heldOn = 'in_future';
    else if (heldOn < localDay(episode.occurredAt)) errors.heldOn = 'before_episode';
    if (!participants.trim()) errors.participants = 'required';
    if (!summary.trim()) errors.summary = 'required';
    if (!learning.trim()) errors.learning = 'required';
    actions.forEach((a, i) => {
      if (!a.text.trim()) errors[`actions.${i}.text`] = 'required';
      if (!a.ownerId) errors[`actions.${i}.ownerId`] = 'required';
      if (!a.dueDate) errors[`actions.${i}.dueDate`] = 'required';
    });
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body = { heldOn, participants: participants.trim(), summary: summary.trim(), learning: learning.trim(), actions: actions.map((a) => ({ text: a.text.trim(), ownerId: a.ownerId, dueDate: a.dueDate })) };
    write.mutate({ method: 'post', path: `/episodes/${encodeURIComponent(episode.id)}/debrief`, body }, { onSuccess: onSaved, onError: () => focusFirstInvalid() });
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  const change = (i: number, patch: Partial<ActionRow>) => setActions((l) => l.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <form onSubmit={submit} noValidate className="form residence-subform" aria-labelledby={id('heading')}>
      <h4 id={id('heading')}>{t('residence.debrief.add')}</h4>
      <ErrorAlert error={write.error} />
      <TextField id={id('held')} type="date" label={t('residence.debrief.heldOn')} hint={t('residence.debrief.heldOnHint')} required value={heldOn} onChange={setHeldOn} error={err('heldOn')} />
      <TextField id={id('participants')} label={t('residence.debrief.participants')} hint={t('residence.debrief.participantsHint')} required value={participants} onChange={setParticipants} error={err('participants')} />
      <TextField id={id('summary')} label={t('residence.debrief.summary')} required multiline rows={3} value={summary} onChange={setSummary} error={err('summary')} />
      <TextField id={id('learning')} label={t('residence.debrief.learning')} hint={t('residence.debrief.learningHint')} required multiline rows={3} value={learning} onChange={setLearning} error={err('learning')} />
      <fieldset className="fieldset-inner">
        <legend>{t('residence.debrief.actions')}</legend>
        {actions.length === 0 ? <p className="hint">{t('residence.debrief.noActions')}</p> : null}
        {actions.map((a, i) => (
          <div key={i} className="residence-action-row">
            <TextField id={id(`action-${i}-text`)} label={t('residence.debrief.actionText', { n: i + 1 })} required value={a.text} onChange={(v) => change(i, { text: v })} error={err(`actions.${i}.text`)} />
            <div className="field-grid">
              <SelectField
                id={id(`action-${i}-owner`)}
                label={t('residence.debrief.owner', { n: i + 1 })}
                required
                value={a.ownerId}
                onChange={(v) => change(i, { ownerId: v })}
                options={[{ value: '', label: t('residence.debrief.chooseOwner') }, ...ctx.unit.members.map((m) => ({ value: m.id, label: memberName(t, m) }))]}
                error={err(`actions.${i}.ownerId`)}
              />
              <TextField id={id(`action-${i}-due`)} type="date" label={t('residence.debrief.due', { n: i + 1 })} required value={a.dueDate} onChange={(v) => change(i, { dueDate: v })} error={err(`actions.${i}.dueDate`)} />
            </div>
            <button type="button" className="button-link" onClick={() => setActions((l) => l.filter((_, j) => j !== i))}>
              {t('residence.debrief.removeAction', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary button-small" onClick={() => setActions((l) => [...l, { text: '', ownerId: '', dueDate: '' }])}>
          {t('residence.debrief.addAction')}
        </button>
      </fieldset>
      <FormButtons label={t('residence.debrief.submit')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
