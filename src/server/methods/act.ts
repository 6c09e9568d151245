import { commonEndReasons as always, type MethodModel } from './model';

/**
 * ACT — Assertive Community Treatment (seed 001; domain §3.5): a team of disciplines shares
 * responsibility for every citizen on its caseload and goes to the citizen, with a case officer who
 * can decide on the spot. Open-ended. The team meets daily at the board.
 */
export const act: MethodModel = {
  id: 'act',
  version: '1',
  legalBasis: 'SEL §85',
  initialPhase: 'engage',
  phases: [
    {
      id: 'engage',
      steps: [{ id: 'engage', items: [{ id: 'firstContact' }, { id: 'teamIntroduced' }, { id: 'needsMapped' }, { id: 'actionPlan141' }] }],
      endReasons: ['not_in_target_group', ...always],
    },
    {
      id: 'active',
      steps: [{ id: 'teamSupport', items: [{ id: 'crisisPlan' }, { id: 'networkMapped' }, { id: 'treatmentLinked' }, { id: 'planReviewed' }] }],
      endReasons: ['completed', 'handover', ...always],
    },
  ],
  transitions: { engage: ['active'], active: [] },
  features: ['teamBoard', 'sessions', 'checklists', 'referrals'],
  norms: { caseloadPerWorker: 10, caseloadPer: 'member', communityShare: 0.8, dailyMeetingShare: 0.8, completedShare: 0.8 },
  plannedEndReasons: ['completed', 'handover'],
  board: { notSeenDays: 7 },
};
