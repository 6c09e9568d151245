import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { networkKey, relations, views, type NetworkEntryT, type NetworkT } from './network-types';

type Row = { id?: string; name: string; kind: 'person' | 'service'; relation: NetworkEntryT['relation']; contact: string; citizenView: NetworkEntryT['citizenView']; citizenSays: string };
const blank = (): Row => ({ name: '', kind: 'person', relation: 'family', contact: '', citizenView: 'unknown', citizenSays: '' });

/** Edits the whole network; saving makes a new version. Each row is one person or service. */
export function NetworkForm({ network, onDone }: { network: NetworkT; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(network.entries.length ? network.entries.map((e) => ({ ...e, contact: e.contact ?? '', citizenSays: e.citizenSays ?? '' })) : [blank()]);
  const [note, setNote] = useState(network.note ?? '');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.put<NetworkT>(`/citizens/${encodeURIComponent(network.citizenId)}/network`, body),
    onSuccess: (data) => {
      queryClient.setQueryData(networkKey(network.citizenId), data);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const set = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const err = (path: string) => fieldCode(path, client, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    rows.forEach((r, i) => {
      if (!r.name.trim()) errors[`entries.${i}.name`] = 'required';
    });
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({
      entries: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, kind: r.kind, relation: r.relation, contact: r.contact || null, citizenView: r.citizenView, citizenSays: r.citizenSays || null })),
      note: note || null,
    });
  };
  return (
    <form className="card form" aria-label={t('network.formLabel')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      {rows.map((r, i) => (
        <fieldset key={r.id ?? `new-${i}`} className="network-row">
          <legend>{r.name || t('network.newEntry', { n: i + 1 })}</legend>
          <TextField id={`net-${i}-name`} label={t('network.name')} required value={r.name} onChange={(name) => set(i, { name })} error={err(`entries.${i}.name`)} />
          <SelectField id={`net-${i}-kind`} label={t('network.kind')} value={r.kind} onChange={(kind) => set(i, { kind: kind as Row['kind'] })} options={(['person', 'service'] as const).map((k) => ({ value: k, label: t(`network.kinds.${k}`) }))} />
          <SelectField id={`net-${i}-relation`} label={t('network.relation')} value={r.relation} onChange={(relation) => set(i, { relation: relation as Row['relation'] })} options={relations.map((k) => ({ value: k, label: t(`network.relations.${k}`) }))} />
          <SelectField id={`net-${i}-view`} label={t('network.citizenView')} value={r.citizenView} onChange={(citizenView) => set(i, { citizenView: citizenView as Row['citizenView'] })} options={views.map((k) => ({ value: k, label: t(`network.views.${k}`) }))} />
          <TextField id={`net-${i}-says`} label={t('network.citizenSays')} hint={t('network.citizenSaysHint')} value={r.citizenSays} onChange={(citizenSays) => set(i, { citizenSays })} error={err(`entries.${i}.citizenSays`)} />
          <TextField id={`net-${i}-contact`} label={t('network.contact')} value={r.contact} onChange={(contact) => set(i, { contact })} error={err(`entries.${i}.contact`)} />
          <button type="button" className="button-link" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
            {t('network.remove', { name: r.name || t('network.newEntry', { n: i + 1 }) })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button-secondary" onClick={() => setRows((all) => [...all, blank()])}>
        {t('network.add')}
      </button>
      <TextField id="net-note" label={t('network.note')} multiline value={note} onChange={setNote} error={err('note')} />
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {t('network.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
