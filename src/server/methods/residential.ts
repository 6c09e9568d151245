import { commonEndReasons as always, type MethodModel } from './model';

/**
 * Recovery-oriented rehabilitation at a residential service (botilbud, SEL §107/§108; seed 004,
 * domain §3.7): moving in, the stay, moving on. The seven core elements live beside the course
 * (motivation, activities, harm reduction, episodes, collaboration, the specialised team, peers).
 */
export const residential: MethodModel = {
  id: 'residential',
  version: '1',
  legalBasis: 'SEL §107/§108',
  initialPhase: 'moving_in',
  phases: [
    {
      id: 'moving_in',
      steps: [{ id: 'moving_in', items: [{ id: 'welcomed', dueDays: 1 }, { id: 'ownWords', dueDays: 14 }, { id: 'contactPerson', dueDays: 7 }, { id: 'peerOffered', optional: true }] }],
      endReasons: ['not_in_target_group', ...always],
    },
    {
      id: 'living',
      steps: [{ id: 'living', items: [{ id: 'goalsSet' }, { id: 'harmReductionPlan', optional: true }, { id: 'activitiesFound' }, { id: 'networkMapped' }] }],
      endReasons: ['completed', 'handover', ...always],
    },
    {
      id: 'moving_on',
      steps: [{ id: 'moving_on', items: [{ id: 'housingFound' }, { id: 'supportArranged' }, { id: 'farewell', optional: true }] }],
      endReasons: ['completed', 'handover', ...always],
    },
  ],
  transitions: { moving_in: ['living'], living: ['moving_on'], moving_on: ['living'] },
  features: ['checklists', 'sessions', 'referrals'],
  plannedEndReasons: ['completed', 'handover'],
};
