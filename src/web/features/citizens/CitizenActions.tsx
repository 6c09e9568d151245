import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/Alerts';
import type { CitizenT } from '../../types';
import { EditCitizenForm } from './EditCitizenForm';
import { IdentifyForm } from './IdentifyForm';

type Open = 'none' | 'edit' | 'identify';

/** Edit and identify, each a disclosure that opens a form in place. */
export function CitizenActions({ citizen }: { citizen: CitizenT }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>('none');
  const [status, setStatus] = useState<string | null>(null);
  const toggle = (which: Open) => {
    setStatus(null);
    setOpen(open === which ? 'none' : which);
  };
  const done = (message: string) => {
    setOpen('none');
    setStatus(message);
  };
  return (
    <section className="section citizen-actions" aria-label={t('citizens.page.edit')}>
      <StatusMessage message={status} />
      <div className="button-row">
        <button type="button" className="button-secondary" aria-expanded={open === 'edit'} aria-controls="edit-citizen" onClick={() => toggle('edit')}>
          {t('citizens.page.edit')}
        </button>
        {citizen.kind === 'unidentified' ? (
          <button type="button" className="button-secondary" aria-expanded={open === 'identify'} aria-controls="identify-citizen" onClick={() => toggle('identify')}>
            {t('citizens.page.identify')}
          </button>
        ) : null}
      </div>
      {open === 'edit' ? <EditCitizenForm citizen={citizen} onDone={(changed) => done(changed ? t('citizens.page.saved') : t('citizens.page.noChanges'))} onCancel={() => setOpen('none')} /> : null}
      {open === 'identify' ? <IdentifyForm citizen={citizen} onDone={() => done(t('citizens.page.identified'))} onCancel={() => setOpen('none')} /> : null}
    </section>
  );
}
