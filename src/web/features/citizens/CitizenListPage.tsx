import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { isForbidden } from '../../components/errors';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { useCan } from '../auth/me';
import { GrantsSection } from '../break-glass/GrantsSection';
import { CalendarSection } from '../calendar/CalendarSection';
import { AlertsSection } from '../home/AlertsSection';
import { DueSection } from '../home/DueSection';
import { UnitInboundStats, UnitOverview } from '../home/UnitOverview';
import { CitizenTable } from './CitizenTable';
import { useCitizenList } from './queries';

const PAGE_SIZE = 25;

export function CitizenListPage() {
  const { t } = useTranslation();
  const isLeader = useCan('caseload.unit');
  const canReviewBreakGlass = useCan('breakGlass.review');
  const isWorker = useCan('note.write');
  const [mine, setMine] = useState(!isLeader);
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useCitizenList({ q, mine, page, pageSize: PAGE_SIZE });

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
    setPage(1);
  };
  const chooseView = (value: boolean) => {
    setMine(value);
    setPage(1);
  };

  return (
    <>
      <PageHeading title={t('citizens.list.title')}>{t('citizens.list.title')}</PageHeading>
      {isForbidden(list.error) ? (
        <p className="alert alert-info" role="alert">
          {t('citizens.noAccess')}
        </p>
      ) : (
        <>
          {isWorker ? <DueSection /> : null}
          {isWorker ? <AlertsSection /> : null}
          {isLeader ? <UnitOverview /> : null}
          <h2 className="caseload-heading">{t('citizens.list.caseload')}</h2>
          <div className="toolbar">
            <fieldset className="segmented">
              <legend>{t('citizens.list.view')}</legend>
              <div className="segmented-options">
                <input type="radio" id="view-mine" name="view" checked={mine} onChange={() => chooseView(true)} />
                <label htmlFor="view-mine">{t('citizens.list.mine')}</label>
                <input type="radio" id="view-unit" name="view" checked={!mine} onChange={() => chooseView(false)} />
                <label htmlFor="view-unit">{t('citizens.list.unit')}</label>
              </div>
            </fieldset>
            <form role="search" className="search-form" onSubmit={search}>
              <label htmlFor="citizen-search">{t('citizens.list.search')}</label>
              <div className="search-row">
                <input id="citizen-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" />
                <button type="submit" className="button-primary">
                  {t('common.search')}
                </button>
              </div>
            </form>
          </div>
          {list.error ? <ErrorAlert error={list.error} /> : null}
          {list.isPending ? <Loading /> : null}
          {list.data ? (
            <>
              <p role="status" className="result-count">
                {t('citizens.list.count', { count: list.data.total })}
              </p>
              {list.data.items.length > 0 ? <CitizenTable items={list.data.items} /> : <p>{t('citizens.list.empty')}</p>}
              <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
            </>
          ) : null}
        </>
      )}
      {isLeader && !isForbidden(list.error) ? <UnitInboundStats /> : null}
      {canReviewBreakGlass ? <GrantsSection /> : null}
      {isWorker ? <CalendarSection /> : null}
    </>
  );
}
