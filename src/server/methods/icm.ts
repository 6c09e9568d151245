import { commonEndReasons as always, type MethodModel } from './model';

/**
 * ICM — Intensive Case Management (seed 001; domain §3.4): open-ended practical and social support
 * in daily life from one coordinating case manager, who builds the bridges to the other services
 * the citizen needs. An ICM plan, the network map, and coordination contacts logged per service.
 */
export const icm: MethodModel = {
  id: 'icm',
  version: '1',
  legalBasis: 'SEL §85',
  initialPhase: 'engage',
  phases: [
    {
      id: 'engage',
      steps: [{ id: 'engage', items: [{ id: 'firstMeeting' }, { id: 'needsMapped' }, { id: 'coordinatorNamed' }, { id: 'icmPlan' }] }],
      endReasons: ['not_in_target_group', ...always],
    },
    {
      id: 'active',
      steps: [{ id: 'coordinate', items: [{ id: 'networkMapped' }, { id: 'servicesCoordinated' }, { id: 'planReviewed' }] }],
      endReasons: ['completed', 'handover', ...always],
    },
  ],
  transitions: { engage: ['active'], active: [] },
  features: ['icmPlan', 'sessions', 'checklists', 'referrals'],
  norms: { caseloadPerWorker: 15, coordinatorShare: 1, completedShare: 0.8 },
  plannedEndReasons: ['completed', 'handover'],
};
