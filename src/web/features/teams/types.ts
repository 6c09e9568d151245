import type { z } from 'zod';
import type { Board, MethodSettings, MethodSettingsBody, Team } from '../../../shared/schemas/teams';

export { disciplines, teamMethods } from '../../../shared/schemas/teams';

export type TeamT = z.infer<typeof Team>;
export type BoardT = z.infer<typeof Board>;
export type BoardRowT = BoardT['rows'][number];
export type DecisionT = BoardT['decisions'][number];
export type MemberT = TeamT['members'][number];
export type Discipline = MemberT['discipline'];
export type MethodSettingsT = z.infer<typeof MethodSettings>;
export type MethodSettingsValues = Omit<z.infer<typeof MethodSettingsBody>, 'organisationId'>;
