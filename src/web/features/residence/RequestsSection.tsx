import { useId, useState, type FormEvent } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime } from '../../format';
import { useResidenceWrite, useResidents } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import type { RequestListT, RequestT } from './types';
import { FormButtons } from '../../components/FormButtons';

type Props = { ctx: ResidenceContext; requests: UseQueryResult<RequestListT>; onStatus: (m: string | null) => void };

/** Questions to the specialised team about a resident: the team advises, the staff follow up. */
export function RequestsSection({ ctx, requests, onStatus }: Props) {
  const { t } = useTranslation();
  const items = requests.data?.items ?? [];
  return (
    <section aria-labelledby="requests-heading" className="section">
      <h2 id="requests-heading">{t('residence.requests.title')}</h2>
      <p className="muted">{t('residence.requests.intro')}</p>
      {ctx.roles.writeNotes ? <AskForm ctx={ctx} onStatus={onStatus} /> : null}
      {requests.isPending ? <Loading /> : null}
      <ErrorAlert error={requests.error} />
      {requests.data && items.length === 0 ? <p className="muted">{t('residence.requests.none')}</p> : null}
      <ul className="plain-list residence-requests">
        {items.map((r) => (
          <li key={r.id}>
            <RequestItem request={r} ctx={ctx} onStatus={onStatus} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestItem({ request: r, ctx, onStatus }: { request: RequestT; ctx: ResidenceContext; onStatus: (m: string | null) => void }) {
  const { t } = useTranslation();
  const headingId = `request-${r.id}`;
  return (
    <article className="card residence-request" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {r.citizen.displayName} <span className="badge badge-edited">{t(`residence.requests.status.${r.status}`)}</span>
      </h3>
      <p className="pre-wrap residence-question-text">{r.question}</p>
      <p className="muted">{t('residence.requests.askedBy', { by: r.askedBy.displayName, at: formatDateTime(r.askedAt) })}</p>
      {r.advice ? (
        <>
          <h4 className="small-heading">{t('residence.requests.advice')}</h4>
          <p className="pre-wrap">{r.advice}</p>
          <p className="muted">{t('residence.recordedBy', { by: r.advisedBy?.displayName ?? '', at: formatDateTime(r.advisedAt) })}</p>
        </>
      ) : null}
      {r.followUp ? (
        <>
          <h4 className="small-heading">{t('residence.requests.followUp')}</h4>
          <p className="pre-wrap">{r.followUp}</p>
          <p className="muted">{t('residence.recordedBy', { by: r.followedUpBy?.displayName ?? '', at: formatDateTime(r.followedUpAt) })}</p>
        </>
      ) : null}
      {r.canAdvise ? <Answer ctx={ctx} request={r} kind="advice" onStatus={onStatus} /> : null}
      {r.canFollowUp ? <Answer ctx={ctx} request={r} kind="followUp" onStatus={onStatus} /> : null}
    </article>
  );
}

/** The team's advice, or the staff's follow-up on it (each once). */
function Answer({ ctx, request, kind, onStatus }: { ctx: ResidenceContext; request: RequestT; kind: 'advice' | 'followUp'; onStatus: (m: string | null) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [text, setText] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<RequestT>(ctx.unit.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    const errors: ClientErrors = text.trim() ? {} : { [kind]: 'required' };
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    const path = `/specialist-requests/${encodeURIComponent(request.id)}/${kind === 'advice' ? 'advice' : 'follow-up'}`;
    write.mutate({ method: 'post', path, body: { [kind]: text.trim() } }, { onSuccess: () => onStatus(t(`residence.requests.${kind}Saved`)) });
  };
  return (
    <form onSubmit={submit} noValidate className="form residence-subform" aria-label={t(`residence.requests.${kind}Give`, { name: request.citizen.displayName })}>
      <ErrorAlert error={write.error} />
      <TextField id={`${uid}-text`} label={t(`residence.requests.${kind}Give`, { name: request.citizen.displayName })} required multiline rows={3} value={text} onChange={setText} error={fieldCode(kind, client, write.error)} />
      <button type="submit" className="button-primary button-small" disabled={write.isPending}>
        {write.isPending ? t('common.saving') : t(`residence.requests.${kind}Submit`)}
      </button>
    </form>
  );
}

/** Staff ask the specialised team about one of the unit's residents. */
function AskForm({ ctx, onStatus }: { ctx: ResidenceContext; onStatus: (m: string | null) => void }) {
  const { t } = useTranslation();
  const residents = useResidents(ctx.unit.id);
  const [open, setOpen] = useState(false);
  const [citizenId, setCitizenId] = useState('');
  const [question, setQuestion] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<RequestT>(ctx.unit.id);
  if (!open)
    return (
      <p>
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t('residence.requests.ask')}
        </button>
      </p>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    const errors: ClientErrors = {};
    if (!citizenId) errors.citizenId = 'required';
    if (!question.trim()) errors.question = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    write.mutate(
      { method: 'post', path: '/specialist-requests', body: { citizenId, unitId: ctx.unit.id, question: question.trim() } },
      {
        onSuccess: () => {
          setOpen(false);
          setCitizenId('');
          setQuestion('');
          onStatus(t('residence.requests.asked'));
        },
        onError: () => focusFirstInvalid(),
      },
    );
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="ask-heading">
      <h3 id="ask-heading">{t('residence.requests.ask')}</h3>
      <ErrorAlert error={write.error ?? residents.error} />
      <SelectField
        id="ask-resident"
        label={t('residence.requests.resident')}
        required
        value={citizenId}
        onChange={setCitizenId}
        options={[{ value: '', label: t('residence.meetings.chooseResident') }, ...(residents.data ?? []).map((r) => ({ value: r.id, label: r.displayName }))]}
        error={err('citizenId')}
      />
      <TextField id="ask-question" label={t('residence.requests.question')} required multiline rows={3} value={question} onChange={setQuestion} error={err('question')} />
      <FormButtons label={t('residence.requests.askSubmit')} pending={write.isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}
