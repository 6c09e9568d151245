import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDate, todayLocal } from '../../format';
import { useModels, useResidenceWrite } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import type { ModelT } from './types';
import { FormButtons } from '../../components/FormButtons';

/** The written collaboration models (with the addiction treatment, psychiatry …): for everyone at the residence to read. */
export function ModelsSection({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const models = useModels(ctx.unit.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const items = models.data?.items ?? [];
  return (
    <section aria-labelledby="models-heading" className="section">
      <h2 id="models-heading">{t('residence.models.title')}</h2>
      <p className="muted">{t('residence.models.intro')}</p>
      <StatusMessage message={status} />
      {models.isPending ? <Loading /> : null}
      <ErrorAlert error={models.error} />
      {models.data && items.length === 0 ? <p className="muted">{t('residence.models.none')}</p> : null}
      <ul className="plain-list residence-models">
        {items.map((m) => (
          <li key={m.id}>
            <details className="card residence-model">
              <summary>
                <strong>{m.title}</strong>
                {m.partner ? ` · ${m.partner}` : ''} · {t('residence.models.validFromShort', { date: formatDate(m.validFrom) })}
              </summary>
              <p className="pre-wrap">{m.body}</p>
              <p className="muted">{t('residence.recordedBy', { by: m.by.displayName, at: formatDate(m.at) })}</p>
            </details>
          </li>
        ))}
      </ul>
      {models.data?.canEdit ? (
        adding ? (
          <ModelForm
            unitId={ctx.unit.id}
            onCancel={() => setAdding(false)}
            onSaved={(m) => {
              setAdding(false);
              setStatus(t('residence.models.saved', { title: m.title }));
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setStatus(null);
              setAdding(true);
            }}
          >
            {t('residence.models.add')}
          </button>
        )
      ) : null}
    </section>
  );
}

function ModelForm({ unitId, onCancel, onSaved }: { unitId: string; onCancel: () => void; onSaved: (m: ModelT) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [partner, setPartner] = useState('');
  const [validFrom, setValidFrom] = useState(todayLocal());
  const [body, setBody] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<ModelT>(unitId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!title.trim()) errors.title = 'required';
    if (!validFrom) errors.validFrom = 'required';
    if (!body.trim()) errors.body = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    write.mutate(
      { method: 'post', path: `/units/${encodeURIComponent(unitId)}/collaboration-models`, body: { title: title.trim(), partner: partner.trim() || null, validFrom, body: body.trim() } },
      { onSuccess: onSaved, onError: () => focusFirstInvalid() },
    );
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="model-form-heading">
      <h3 id="model-form-heading">{t('residence.models.add')}</h3>
      <ErrorAlert error={write.error} />
      <TextField id="model-title" label={t('residence.models.titleField')} required value={title} onChange={setTitle} error={err('title')} />
      <div className="field-grid">
        <TextField id="model-partner" label={t('residence.models.partner')} hint={t('residence.models.partnerHint')} value={partner} onChange={setPartner} error={err('partner')} />
        <TextField id="model-valid" type="date" label={t('residence.models.validFrom')} required value={validFrom} onChange={setValidFrom} error={err('validFrom')} />
      </div>
      <TextField id="model-body" label={t('residence.models.body')} hint={t('residence.models.bodyHint')} required multiline rows={8} value={body} onChange={setBody} error={err('body')} />
      <FormButtons label={t('residence.models.submit')} pending={write.isPending} onCancel={onCancel} />
    </form>
  );
}
