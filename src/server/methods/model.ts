/**
 * A method model is data: phases with steps, the allowed phase transitions, the ways a course may
 * end in each phase, and the capabilities the method uses. Texts are i18n keys
 * (`methods.<id>.phases.<phase>.name`, `...steps.<step>`), so a municipality can reword a step
 * without code. Every course records the model version it followed.
 */
export type MethodStep = { id: string };
export type MethodPhase = {
  id: string;
  steps: MethodStep[];
  /** Reasons a course may end with while in this phase. */
  endReasons: string[];
};
export type MethodFeature = 'contactPlan' | 'contactAttempts' | 'referrals';
export type MethodModel = {
  id: string;
  version: string;
  legalBasis: string | null;
  phases: MethodPhase[];
  initialPhase: string;
  /** phase → phases it may move to */
  transitions: Record<string, string[]>;
  features: MethodFeature[];
};
