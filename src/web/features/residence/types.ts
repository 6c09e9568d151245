import type { z } from 'zod';
import type {
  Activity,
  ActivityList,
  CollaborationModel,
  CollaborationModelList,
  Episode,
  EpisodeList,
  EpisodeTrend,
  Meeting,
  MeetingList,
  PeerRole,
  SpecialistRequest,
  SpecialistRequestList,
  SpecialistTeam,
} from '../../../shared/schemas/residential';

export { activitySettings, episodeSeverities, episodeTypes, meetingKinds, participationStatuses } from '../../../shared/schemas/residential';

export type ActivityT = z.infer<typeof Activity>;
export type ActivityListT = z.infer<typeof ActivityList>;
export type ParticipationT = ActivityT['participation'][number];
export type ParticipationStatus = ParticipationT['status'];
export type QuietT = ActivityListT['quiet'][number];
export type EpisodeT = z.infer<typeof Episode>;
export type EpisodeListT = z.infer<typeof EpisodeList>;
export type EpisodeActionT = EpisodeT['actions'][number];
export type TrendT = z.infer<typeof EpisodeTrend>;
export type TrendMonthT = TrendT['months'][number];
export type WellbeingPointT = TrendT['wellbeing']['residents'][number];
export type MeetingT = z.infer<typeof Meeting>;
export type MeetingListT = z.infer<typeof MeetingList>;
export type ModelT = z.infer<typeof CollaborationModel>;
export type ModelListT = z.infer<typeof CollaborationModelList>;
export type TeamT = z.infer<typeof SpecialistTeam>;
export type RequestT = z.infer<typeof SpecialistRequest>;
export type RequestListT = z.infer<typeof SpecialistRequestList>;
export type PeerRoleT = z.infer<typeof PeerRole>;
export type StaffWellbeingStatusT = { month: string; answered: boolean };

/** A person of the unit (a member with their roles there). */
export type UnitMemberT = { id: string; displayName: string; roles: string[] };
/** A residential unit as the pages need it. */
export type ResidenceUnitT = { id: string; name: string; organisationId: string; organisationName: string; members: UnitMemberT[] };
/** A resident of the unit the user sees (an active course in the unit). */
export type ResidentT = { id: string; displayName: string };
