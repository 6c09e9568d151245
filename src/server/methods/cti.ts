import { commonEndReasons as always, type MethodModel } from './model';

/**
 * CTI — Critical Time Intervention (seed 001; domain §3.3): a contact period, then nine months in
 * three phases of three months whose contact rhythm falls phase by phase. In Danish Housing First
 * phase 1 starts when the citizen has housing. Per phase the citizen chooses 1–3 focus areas.
 */
export const cti: MethodModel = {
  id: 'cti',
  version: '1',
  legalBasis: 'SEL §85',
  initialPhase: 'contact',
  phases: [
    {
      id: 'contact',
      steps: [{ id: 'engage', items: [{ id: 'firstMeeting' }, { id: 'needsMapped' }, { id: 'actionPlan141' }, { id: 'housingSecured' }] }],
      endReasons: ['not_in_target_group', ...always],
    },
    {
      id: 'phase1',
      plannedMonths: 3,
      expectedContactDays: 7,
      steps: [
        { id: 'transition', items: [{ id: 'homeVisits' }, { id: 'accompanied' }, { id: 'servicesLinked' }, { id: 'networkMapped' }] },
        { id: 'focus1', items: [{ id: 'focusAreasChosen' }] },
      ],
      endReasons: ['housing_lost', ...always],
    },
    {
      id: 'phase2',
      plannedMonths: 3,
      expectedContactDays: 14,
      steps: [
        { id: 'tryOut', items: [{ id: 'networkTested' }, { id: 'supportAdjusted' }] },
        { id: 'focus2', items: [{ id: 'focusAreasChosen' }] },
      ],
      endReasons: ['housing_lost', ...always],
    },
    {
      id: 'phase3',
      plannedMonths: 3,
      expectedContactDays: 30,
      steps: [
        { id: 'transfer', items: [{ id: 'rolesConfirmed' }, { id: 'closingMeeting' }] },
        { id: 'focus3', items: [{ id: 'focusAreasChosen' }] },
      ],
      endReasons: ['completed', 'housing_lost', ...always],
    },
  ],
  // Forward only: CTI does not go back a phase.
  transitions: { contact: ['phase1'], phase1: ['phase2'], phase2: ['phase3'], phase3: [] },
  features: ['timeline', 'focusAreas', 'checklists', 'sessions', 'referrals'],
  clock: { startsIn: 'phase1', housingBefore: 'phase1' },
  norms: { caseloadPerWorker: 10, withinClockShare: 0.9, twoContactsFirstMonthShare: 0.9, fallingContactShare: 0.9, completedShare: 0.8 },
};
