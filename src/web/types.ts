import type { z } from 'zod';
import type { AdminUser, Organisation, Unit } from '../shared/schemas/admin';
import type { AuditPage, AuditRow, AuditVerify } from '../shared/schemas/audit';
import type { Me } from '../shared/schemas/auth';
import type { Citizen, CitizenList, CitizenListItem } from '../shared/schemas/citizens';
import type { BreakGlassGrant, Course, MethodModel, Note } from '../shared/schemas/courses';
import type { ContactAttempt, ContactPlan, CourseSummary, DueCourse, ReferralCheck } from '../shared/schemas/outreach';
import type { Consent, Inbound, InboundStats, Offer, Partner, Referral, Share } from '../shared/schemas/bridging';
import type { Role } from '../shared/access/roles';
import type {
  Agreement,
  Checklists,
  ChecklistItem,
  CrisisRequest,
  FuturePlan,
  MidwayMeeting,
  PathwayEntry,
  Session,
  Spotting,
} from '../shared/schemas/crisis';
import type { ActionPlan, Place, Round } from '../shared/schemas/plans';
import type { Timeline } from '../shared/schemas/cti';

export type MeT = z.infer<typeof Me>;
export type CitizenT = z.infer<typeof Citizen>;
export type CitizenListT = z.infer<typeof CitizenList>;
export type CitizenListItemT = z.infer<typeof CitizenListItem>;
export type CourseT = z.infer<typeof Course>;
export type NoteT = z.infer<typeof Note>;
export type GrantT = z.infer<typeof BreakGlassGrant>;
export type OrganisationT = z.infer<typeof Organisation>;
export type AdminUnitT = z.infer<typeof Unit>;
export type AdminUserT = z.infer<typeof AdminUser>;
export type AuditPageT = z.infer<typeof AuditPage>;
export type AuditRowT = z.infer<typeof AuditRow>;
export type AuditVerifyT = z.infer<typeof AuditVerify>;

export type MyUnitT = {
  id: string;
  name: string;
  kind: string;
  organisationId: string;
  organisationName: string;
  members: { id: string; displayName: string; role: Role }[];
};

export type MethodT = z.infer<typeof MethodModel>;
export type ContactAttemptT = z.infer<typeof ContactAttempt>;
export type ContactPlanT = z.infer<typeof ContactPlan>;
export type SummaryT = z.infer<typeof CourseSummary>;
export type DueCourseT = z.infer<typeof DueCourse>;
export type ReferralCheckT = z.infer<typeof ReferralCheck>;
export type OfferT = z.infer<typeof Offer>;
export type ReferralT = z.infer<typeof Referral>;
export type ShareT = z.infer<typeof Share>;
export type ConsentT = z.infer<typeof Consent>;
export type PartnerT = z.infer<typeof Partner>;
export type InboundT = z.infer<typeof Inbound>;
export type InboundStatsT = z.infer<typeof InboundStats>;
export type Items<T> = { items: T[] };

export type AgreementT = z.infer<typeof Agreement>;
export type SpottingT = z.infer<typeof Spotting>;
export type CrisisRequestT = z.infer<typeof CrisisRequest>;
export type ChecklistsT = z.infer<typeof Checklists>;
export type ChecklistItemT = z.infer<typeof ChecklistItem>;
export type SessionT = z.infer<typeof Session>;
export type MidwayT = z.infer<typeof MidwayMeeting>;
export type FuturePlanT = z.infer<typeof FuturePlan>;
export type PathwayEntryT = z.infer<typeof PathwayEntry>;
export type ActionPlanT = z.infer<typeof ActionPlan>;
export type PlaceT = z.infer<typeof Place>;
export type RoundT = z.infer<typeof Round>;
export type MapConfigT = { tileUrl: string | null; attribution: string | null; center: [number, number]; zoom: number };
export type PlacesT = { items: PlaceT[]; map: MapConfigT };
export type PartiesT = {
  organisations: { id: string; name: string; kind: string }[];
  people: { id: string; displayName: string; organisationId: string; roles: string[] }[];
};

export type TimelineT = z.infer<typeof Timeline>;
export type TimelinePhaseT = TimelineT['phases'][number];
