import { useState, type FormEvent } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime } from '../../format';
import { usePeerRole, useResidenceWrite } from './queries';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';
import type { PeerRoleT } from './types';
import { FormButtons } from '../../components/FormButtons';

/** Core element 7: the peer worker's role — tasks, boundaries and which residents they see — clear to everyone at the residence. */
export function PeerRolePage() {
  const { unitId } = useParams({ from: '/residence/$unitId/peer' });
  return <ResidenceFrame unitId={unitId} page="peer">{(ctx) => <PeerRole ctx={ctx} />}</ResidenceFrame>;
}

function PeerRole({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const role = usePeerRole(ctx.unit.id);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (role.isPending) return <Loading />;
  if (!role.data) return <ErrorAlert error={role.error} />;
  const r = role.data;
  return (
    <>
      <p className="muted">{t('residence.peer.intro')}</p>
      <StatusMessage message={status} />
      <section aria-labelledby="peer-who-heading" className="section card">
        <h2 id="peer-who-heading">{t('residence.peer.peers')}</h2>
        {r.peers.length ? (
          <ul className="residence-people">
            {r.peers.map((p) => (
              <li key={p.id}>{p.displayName}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('residence.peer.noPeers')}</p>
        )}
        <h3 className="small-heading">{t('residence.peer.access')}</h3>
        <p>{t(`residence.peer.accessText.${r.access}`)}</p>
      </section>
      <section aria-labelledby="peer-tasks-heading" className="section">
        <h2 id="peer-tasks-heading">{t('residence.peer.tasks')}</h2>
        <p className="pre-wrap">{r.tasks || t('residence.peer.notDescribed')}</p>
      </section>
      <section aria-labelledby="peer-boundaries-heading" className="section">
        <h2 id="peer-boundaries-heading">{t('residence.peer.boundaries')}</h2>
        <p className="pre-wrap">{r.boundaries || t('residence.peer.notDescribed')}</p>
      </section>
      {r.by && r.at ? <p className="muted">{t('residence.peer.lastChanged', { by: r.by.displayName, at: formatDateTime(r.at) })}</p> : null}
      {r.canEdit ? (
        editing ? (
          <PeerRoleForm
            role={r}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setStatus(t('residence.peer.saved'));
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setStatus(null);
              setEditing(true);
            }}
          >
            {t('residence.peer.edit')}
          </button>
        )
      ) : null}
    </>
  );
}

function PeerRoleForm({ role, onCancel, onSaved }: { role: PeerRoleT; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [access, setAccess] = useState<string>(role.access);
  const [tasks, setTasks] = useState(role.tasks);
  const [boundaries, setBoundaries] = useState(role.boundaries);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<PeerRoleT>(role.unitId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!tasks.trim()) errors.tasks = 'required';
    if (!boundaries.trim()) errors.boundaries = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    write.mutate(
      { method: 'put', path: `/units/${encodeURIComponent(role.unitId)}/peer-role`, body: { access, tasks: tasks.trim(), boundaries: boundaries.trim() } },
      { onSuccess: onSaved, onError: () => focusFirstInvalid() },
    );
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="peer-form-heading">
      <h2 id="peer-form-heading">{t('residence.peer.edit')}</h2>
      <ErrorAlert error={write.error} />
      <ChoiceGroup
        name="peer-access"
        legend={t('residence.peer.access')}
        required
        tiles={false}
        value={access}
        onChange={setAccess}
        options={(['agreed', 'unit'] as const).map((a) => ({ value: a, label: t(`residence.peer.accessOption.${a}`) }))}
        error={err('access')}
      />
      <TextField id="peer-tasks" label={t('residence.peer.tasks')} hint={t('residence.peer.tasksHint')} required multiline rows={5} value={tasks} onChange={setTasks} error={err('tasks')} />
      <TextField id="peer-boundaries" label={t('residence.peer.boundaries')} hint={t('residence.peer.boundariesHint')} required multiline rows={5} value={boundaries} onChange={setBoundaries} error={err('boundaries')} />
      <FormButtons label={t('common.save')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
