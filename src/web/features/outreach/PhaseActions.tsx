import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/Alerts';
import type { CourseT, MethodT } from '../../types';
import { useMyUnits } from '../citizens/queries';
import { CloseForm } from './CloseForm';
import { PhaseForm } from './PhaseForm';
import { ResponsibleForm } from './ResponsibleForm';

type Open = { kind: 'phase'; to?: string } | { kind: 'close'; reason?: string } | { kind: 'responsible' } | null;

type Props = { course: CourseT; method: MethodT; onClosed: (message: string) => void };

/**
 * Phase change, handover to a colleague and closing, limited to what the method model allows in the current phase.
 * `onClosed` reports a closing to the course card: this part goes away with the active course.
 */
export function PhaseActions({ course, method, onClosed }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  // Only the units the user belongs to are listed: without the course's unit, there is no one to choose from.
  const members = useMyUnits().data?.find((u) => u.id === course.unitId)?.members.filter((m) => m.role !== 'spotter');
  const [status, setStatus] = useState<string | null>(null);
  const allowed = method.transitions[course.phase] ?? [];
  const reasons = method.phases.find((p) => p.id === course.phase)?.endReasons ?? [];
  const headingId = `phase-actions-${course.id}`;
  const done = (message: string) => (saved: boolean) => {
    setOpen(null);
    setStatus(saved ? message : null);
  };
  const choose = (next: Open) => {
    setStatus(null);
    setOpen(next);
  };
  const contactPhase = method.id === 'outreach' && course.phase === '2A';
  const handoverPhase = reasons.includes('handover');
  const outreach2C = method.id === 'outreach' && handoverPhase;
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{method.phases.length > 1 ? t('phase.title') : t('phase.titleSimple')}</h4>
      <StatusMessage message={status} />
      {contactPhase ? <p>{t('phase.intro2A')}</p> : null}
      {outreach2C ? <p>{t('phase.intro2C')}</p> : null}
      {open === null ? (
        <div className="action-row">
          {contactPhase && allowed.includes('2B') ? (
            <button type="button" className="button-primary" onClick={() => choose({ kind: 'phase', to: '2B' })}>
              {t('phase.agreed2B')}
            </button>
          ) : null}
          {contactPhase && reasons.includes('not_in_target_group') ? (
            <button type="button" className="button-secondary" onClick={() => choose({ kind: 'close', reason: 'not_in_target_group' })}>
              {t('phase.notInTargetGroup')}
            </button>
          ) : null}
          {!contactPhase && allowed.length > 0 ? (
            <button type="button" className="button-secondary" onClick={() => choose({ kind: 'phase' })}>
              {t('phase.change')}
            </button>
          ) : null}
          {members && members.length > 0 ? (
            <button type="button" className="button-secondary" onClick={() => choose({ kind: 'responsible' })}>
              {t('responsible.open')}
            </button>
          ) : null}
          {handoverPhase ? (
            <button type="button" className={outreach2C ? 'button-primary' : 'button-secondary'} onClick={() => choose({ kind: 'close', reason: 'handover' })}>
              {t('close.handover')}
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => choose({ kind: 'close' })}>
            {t('close.other')}
          </button>
        </div>
      ) : null}
      {open?.kind === 'phase' ? <PhaseForm course={course} allowed={allowed} initialTo={open.to} onDone={done(t('phase.changed'))} /> : null}
      {open?.kind === 'responsible' && members ? <ResponsibleForm course={course} members={members} onDone={done(t('responsible.changed'))} /> : null}
      {open?.kind === 'close' ? <CloseForm course={course} reasons={reasons} initialReason={open.reason} onDone={(saved) => (saved ? onClosed(t('close.closed')) : setOpen(null))} /> : null}
    </section>
  );
}
