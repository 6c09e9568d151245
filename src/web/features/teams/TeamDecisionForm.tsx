import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { memberLabel } from './labels';
import { useBoardWrite } from './queries';
import type { BoardT } from './types';

type Props = { teamId: string; board: BoardT; onStatus: (message: string | null) => void };

/** Records a decision: its text, the citizen it concerns (if any) and the member with the authority. */
export function TeamDecisionForm({ teamId, board, onStatus }: Props) {
  const { t } = useTranslation();
  // The case officer (myndighed) usually holds the authority.
  const defaultAuthority = (board.members.find((m) => m.discipline === 'case_officer') ?? board.members[0])?.id ?? '';
  const [text, setText] = useState('');
  const [courseId, setCourseId] = useState('');
  const [authority, setAuthority] = useState(defaultAuthority);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useBoardWrite(teamId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    const errors: ClientErrors = {};
    if (!text.trim()) errors.text = 'required';
    if (!authority) errors.authorityUserId = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    write.mutate(
      { method: 'post', path: '/decisions', body: { date: board.date, courseId: courseId || null, text: text.trim(), authorityUserId: authority } },
      {
        onSuccess: () => {
          setText('');
          setCourseId('');
          onStatus(t('teams.decisions.saved'));
        },
        onError: () => focusFirstInvalid(),
      },
    );
  };
  const err = (path: string) => fieldCode(path, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="decision-form-heading">
      <h3 id="decision-form-heading">{t('teams.decisions.record')}</h3>
      <ErrorAlert error={write.error} />
      <TextField id="decision-text" label={t('teams.decisions.text')} required multiline rows={3} value={text} onChange={setText} error={err('text')} />
      <div className="field-grid">
        <SelectField
          id="decision-citizen"
          label={t('teams.decisions.citizen')}
          hint={t('teams.decisions.citizenHint')}
          value={courseId}
          onChange={setCourseId}
          options={[{ value: '', label: t('teams.decisions.noCitizen') }, ...board.rows.map((r) => ({ value: r.courseId, label: r.citizen.name }))]}
          error={err('courseId')}
        />
        <SelectField
          id="decision-authority"
          label={t('teams.decisions.authority')}
          hint={t('teams.decisions.authorityHint')}
          required
          value={authority}
          onChange={setAuthority}
          options={board.members.map((m) => ({ value: m.id, label: memberLabel(t, m) }))}
          error={err('authorityUserId')}
        />
      </div>
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {write.isPending ? t('common.saving') : t('teams.decisions.record')}
      </button>
    </form>
  );
}
