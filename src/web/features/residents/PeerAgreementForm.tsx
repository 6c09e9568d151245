import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import { residentKeys } from './queries';
import type { PeerAgreementT, PeerRoleT } from './types';

type Props = { citizenId: string; roles: PeerRoleT[]; onDone: (saved: PeerAgreementT | null) => void };

/** Records the resident's agreement to work with one of the residence's peer workers. */
export function PeerAgreementForm({ citizenId, roles, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState(roles[0]?.unitId ?? '');
  const role = roles.find((r) => r.unitId === unitId);
  const [peerUserId, setPeerUserId] = useState(role?.peers.length === 1 ? role.peers[0].id : '');
  const [agreedOn, setAgreedOn] = useState(todayLocal());
  const [form, setForm] = useState('');
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<PeerAgreementT>(`/citizens/${encodeURIComponent(citizenId)}/peer-agreements`, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: residentKeys.peer(citizenId) });
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const err = (p: string) => fieldCode(p, client, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!peerUserId) errors.peerUserId = 'required';
    if (!agreedOn) errors.agreedOn = 'required';
    else if (agreedOn > todayLocal()) errors.agreedOn = 'in_future';
    if (!form) errors.form = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({ peerUserId, agreedOn, form, note: note.trim() || null, unitId });
  };
  return (
    <form className="form card form-inset peer-agreement-form" aria-label={t('resident.peer.formLabel')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <p className="hint">{t('resident.peer.formIntro')}</p>
      {roles.length > 1 ? (
        <SelectField
          id="peer-agreement-unit"
          label={t('resident.peer.unit')}
          required
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPeerUserId('');
          }}
          error={err('unitId')}
          options={roles.map((r) => ({ value: r.unitId, label: r.unitName }))}
        />
      ) : null}
      <div className="field-grid">
        <SelectField
          id="peer-agreement-peer"
          label={t('resident.peer.peer')}
          required
          value={peerUserId}
          onChange={setPeerUserId}
          error={err('peerUserId')}
          options={[{ value: '', label: t('resident.peer.choosePeer') }, ...(role?.peers ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
        />
        <TextField id="peer-agreement-date" label={t('resident.peer.agreedOn')} required type="date" value={agreedOn} onChange={setAgreedOn} error={err('agreedOn')} />
      </div>
      <ChoiceGroup
        name="peer-agreement-form"
        legend={t('resident.peer.form')}
        required
        tiles={false}
        value={form}
        onChange={setForm}
        error={err('form')}
        options={[
          { value: 'written', label: t('resident.peer.forms.written') },
          { value: 'oral', label: t('resident.peer.forms.oral') },
        ]}
      />
      <TextField id="peer-agreement-note" label={t('resident.peer.note')} hint={t('resident.peer.noteHint')} multiline rows={2} value={note} onChange={setNote} error={err('note')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('resident.peer.record')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
