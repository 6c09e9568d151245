import { commonEndReasons, type MethodModel } from './model';

/** A course without a specific method: one open phase. */
export const generic: MethodModel = {
  id: 'generic',
  version: '1',
  legalBasis: null,
  initialPhase: 'active',
  phases: [{ id: 'active', steps: [], endReasons: ['completed', 'handover', ...commonEndReasons] }],
  transitions: { active: [] },
  features: ['referrals'],
};
