import { commonEndReasons as always, type MethodModel } from './model';

/**
 * The municipality's side of the acute crisis-center model (seed 002 §5.3), held by the social
 * mentor: finding and admission, the stay (seen from home), bridging and homecoming.
 */
export const crisisPathway: MethodModel = {
  id: 'crisis_pathway',
  version: '1',
  legalBasis: 'SEL §107/§110',
  initialPhase: 'finding',
  phases: [
    {
      id: 'finding',
      steps: [
        { id: 'spotting', items: [{ id: 'registered', automatic: true }] },
        { id: 'screening', items: [{ id: 'screened', automatic: true }] },
        { id: 'request', items: [{ id: 'sent', automatic: true }, { id: 'decided', automatic: true }] },
        { id: 'pickup', items: [{ id: 'planned', automatic: true }, { id: 'pickedUp', automatic: true }] },
      ],
      endReasons: ['not_in_target_group', 'declined_by_center', 'request_withdrawn', ...always],
    },
    {
      id: 'stay',
      steps: [
        { id: 'actionPlan', items: [{ id: 'contactedByCenter' }, { id: 'planUpdated' }] },
        { id: 'midwayMeeting', items: [{ id: 'attended' }, { id: 'supportPlanned' }] },
        { id: 'discharge', items: [{ id: 'homecomingPlanned' }] },
      ],
      endReasons: ['completed', ...always],
    },
    {
      id: 'homecoming',
      steps: [
        { id: 'followUp', items: [{ id: 'actionPlanFollowedUp' }, { id: 'futurePlanFollowedUp' }] },
        {
          id: 'offers',
          items: [
            { id: 'dropIn', optional: true },
            { id: 'substanceTreatment', optional: true },
            { id: 'socialPsychiatry', optional: true },
            { id: 'regionalPsychiatry', optional: true },
            { id: 'agreementsMade' },
          ],
        },
        { id: 'mentorRole', items: [{ id: 'agreedWithCitizen' }] },
      ],
      endReasons: ['completed', ...always],
    },
  ],
  transitions: { finding: ['stay'], stay: ['homecoming'], homecoming: ['stay'] },
  features: ['checklists', 'referrals'],
};

/** The crisis center's side: the stay, from arrival and reception to discharge (seed 002 §5.3.2). */
export const crisisStay: MethodModel = {
  id: 'crisis_stay',
  version: '1',
  legalBasis: 'SEL §107/§110',
  initialPhase: 'arrival',
  phases: [
    {
      id: 'arrival',
      steps: [
        {
          id: 'reception',
          items: [
            { id: 'welcomedRoomPack' },
            { id: 'seenByStaffAndMedicine' },
            { id: 'doctorConsulted' },
            { id: 'psychiatristOrSpecialist', optional: true },
            { id: 'dialogueAboutSituation' },
            { id: 'expectationsExplained' },
            { id: 'acuteProblemsExplored' },
            { id: 'authorityContacted141', dueDays: 2 },
          ],
        },
        { id: 'healthCheck', items: [{ id: 'broaderHealthCheck', dueDays: 14 }] },
      ],
      endReasons: ['left_early', 'transferred', ...always],
    },
    {
      id: 'stabilisation',
      steps: [
        { id: 'stabilisation', items: [{ id: 'needsAndWishesMapped' }, { id: 'healthPsychSocialClarified' }] },
        { id: 'conversations', items: [{ id: 'motivationalConversations' }] },
        { id: 'midwayMeeting', items: [{ id: 'held', automatic: true }] },
      ],
      endReasons: ['left_early', 'transferred', ...always],
    },
    {
      id: 'discharge',
      steps: [
        { id: 'futurePlan', items: [{ id: 'written', automatic: true }] },
        { id: 'discharge', items: [{ id: 'homeMunicipalityReady' }, { id: 'transportHome' }, { id: 'dischargeConversation' }] },
      ],
      endReasons: ['discharged', 'left_early', 'transferred', ...always],
    },
  ],
  transitions: { arrival: ['stabilisation'], stabilisation: ['discharge', 'arrival'], discharge: ['stabilisation'] },
  features: ['checklists', 'sessions'],
};
