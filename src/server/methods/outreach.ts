import { commonEndReasons as always, type MethodModel } from './model';

/** SKP outreach (Serviceloven §99), seed 000: contact creation, relationship work, bridging and handover. */
export const outreach: MethodModel = {
  id: 'outreach',
  version: '1',
  legalBasis: 'SEL §99',
  initialPhase: '2A',
  phases: [
    // 2A ends as "not in the target group" (close) or "agreed to stable contact" (on to 2B).
    { id: '2A', steps: [{ id: 'observe' }, { id: 'contactAttempts' }, { id: 'contactPlan' }, { id: 'assessTargetGroup' }], endReasons: ['not_in_target_group', ...always] },
    { id: '2B', steps: [{ id: 'regularMeetings' }, { id: 'citizenWishes' }, { id: 'feedback' }], endReasons: ['completed', ...always] },
    { id: '2C', steps: [{ id: 'referrals' }, { id: 'handover' }, { id: 'closingSummary' }], endReasons: ['handover', 'completed', ...always] },
  ],
  transitions: { '2A': ['2B'], '2B': ['2C', '2A'], '2C': ['2B'] },
  features: ['contactPlan', 'contactAttempts', 'referrals'],
};
