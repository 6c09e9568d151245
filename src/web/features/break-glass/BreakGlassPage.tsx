import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import type { GrantT, Items } from '../../types';
import { useCan } from '../auth/me';
import { GrantsSection } from './GrantsSection';

type Match = { id: string; displayName: string; birthYear: number | null };

function BreakGlassSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [q, setQ] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const search = useMutation({ mutationFn: (body: { q: string; reason: string }) => api.post<Items<Match>>('/break-glass/search', body) });
  const grant = useMutation({
    mutationFn: (citizenId: string) => api.post<GrantT>('/break-glass', { citizenId, reason: reason.trim() }),
    onSuccess: async (g) => {
      await queryClient.invalidateQueries({ queryKey: ['break-glass'] });
      await navigate({ to: '/citizens/$citizenId', params: { citizenId: g.citizenId } });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: ClientErrors = {};
    if (reason.trim().length < 10) next.reason = reason.trim() ? 'too_short' : 'required';
    if (q.trim().length < 2) next.q = q.trim() ? 'too_short' : 'required';
    setClient(next);
    if (Object.keys(next).length === 0) search.mutate({ q: q.trim(), reason: reason.trim() });
  };

  return (
    <>
      <div className="alert alert-warning">
        <p>{t('breakGlass.intro')}</p>
        <p>
          <strong>{t('breakGlass.warning')}</strong>
        </p>
      </div>
      <ErrorAlert error={search.error ?? grant.error} />
      <form onSubmit={submit} noValidate className="form form-narrow">
        <TextField id="reason" label={t('breakGlass.reason')} hint={t('breakGlass.reasonHint')} multiline required value={reason} onChange={setReason} error={fieldCode('reason', client, search.error)} />
        <TextField id="q" type="search" label={t('breakGlass.query')} required value={q} onChange={setQ} error={fieldCode('q', client, search.error)} />
        <button type="submit" className="button-primary" disabled={search.isPending}>
          {search.isPending ? t('common.searching') : t('breakGlass.search')}
        </button>
      </form>
      {search.data ? (
        <section aria-labelledby="bg-results" className="section">
          <h2 id="bg-results">{t('breakGlass.results')}</h2>
          {search.data.items.length === 0 ? (
            <p role="status">{t('breakGlass.noResults')}</p>
          ) : (
            <ul className="result-list">
              {search.data.items.map((m) => (
                <li key={m.id}>
                  <span>
                    {m.displayName}
                    {m.birthYear ? `, ${t('breakGlass.born', { year: m.birthYear })}` : ''}
                  </span>
                  <button type="button" className="button-danger" disabled={grant.isPending} onClick={() => grant.mutate(m.id)}>
                    {t('breakGlass.open', { name: m.displayName })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

export function BreakGlassPage() {
  const { t } = useTranslation();
  const canBreak = useCan('breakGlass');
  const canReview = useCan('breakGlass.review');
  const canAudit = useCan('audit.read');
  return (
    <>
      <PageHeading title={t('breakGlass.title')}>{t('breakGlass.title')}</PageHeading>
      {canBreak ? <BreakGlassSearch /> : null}
      {canBreak || canReview || canAudit ? <GrantsSection /> : <p>{t('errors.forbidden')}</p>}
    </>
  );
}
