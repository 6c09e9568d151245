import type { z } from 'zod';
import type {
  Handover,
  HarmReductionBody,
  HarmReductionPlan,
  HarmReductionResponse,
  MotivationEntry,
  MotivationList,
  PeerAgreement,
  PeerAgreementList,
  PeerRole,
  SpecialistRequest,
  SpecialistRequestList,
} from '../../../shared/schemas/residential';

export { episodeSeverities, episodeTypes, harmAreas } from '../../../shared/schemas/residential';

export type MotivationT = z.infer<typeof MotivationEntry>;
export type MotivationListT = z.infer<typeof MotivationList>;
export type HarmPlanT = z.infer<typeof HarmReductionPlan>;
export type HarmResponseT = z.infer<typeof HarmReductionResponse>;
export type HarmBodyT = z.input<typeof HarmReductionBody>;
export type HarmArea = HarmPlanT['measures'][number]['area'];
export type PeerAgreementT = z.infer<typeof PeerAgreement>;
export type PeerAgreementListT = z.infer<typeof PeerAgreementList>;
export type PeerRoleT = z.infer<typeof PeerRole>;
export type SpecialistRequestT = z.infer<typeof SpecialistRequest>;
export type SpecialistRequestListT = z.infer<typeof SpecialistRequestList>;
export type HandoverT = z.infer<typeof Handover>;
export type HandoverResidentT = HandoverT['residents'][number];
