CREATE TABLE "place_assignees" (
	"place_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "place_assignees_place_id_user_id_pk" PRIMARY KEY("place_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "place_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"place_id" uuid NOT NULL,
	"by_user_id" uuid NOT NULL,
	"participant_ids" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"people_met" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"opening_hours" text,
	"description" text,
	"partner_contacts" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_ticks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"ticked" boolean NOT NULL,
	"note" text,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collaboration_agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"crisis_center_org_id" uuid NOT NULL,
	"municipality_org_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"quick_medical_delegation" boolean NOT NULL,
	"action_plan_work" boolean NOT NULL,
	"midway_participation" boolean NOT NULL,
	"drop_in_collaboration" boolean NOT NULL,
	"social_mentor_user_id" uuid NOT NULL,
	"spotter_user_ids" jsonb NOT NULL,
	"notes" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crisis_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_org_id" uuid NOT NULL,
	"crisis_center_org_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"spotting_id" uuid,
	"pathway_course_id" uuid NOT NULL,
	"summary" text NOT NULL,
	"status" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decision" text,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"planned_length_days" integer,
	"stay_course_id" uuid,
	"pickup_planned_at" timestamp with time zone,
	"pickup_transport" text,
	"pickup_accompanied_by" text,
	"picked_up_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "future_plan_versions" (
	"request_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "future_plan_versions_request_id_version_pk" PRIMARY KEY("request_id","version")
);
--> statement-breakpoint
CREATE TABLE "midway_meetings" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"scheduled_at" timestamp with time zone,
	"place" text,
	"participants" text,
	"reminded_on" jsonb NOT NULL,
	"held" boolean DEFAULT false NOT NULL,
	"held_at" timestamp with time zone,
	"status" text,
	"change_so_far" text,
	"support_ready_at_home" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spottings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"spotted_by" uuid NOT NULL,
	"spotted_at" timestamp with time zone NOT NULL,
	"place_id" uuid,
	"place" text,
	"seen" text NOT NULL,
	"life_threatening" boolean NOT NULL,
	"status" text NOT NULL,
	"status_at" timestamp with time zone NOT NULL,
	"screening" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"shared_with" text NOT NULL,
	"recipient_org_id" uuid,
	"consent_id" uuid NOT NULL,
	"shared_by" uuid NOT NULL,
	"shared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_versions" (
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "action_plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD COLUMN "place_id" uuid;--> statement-breakpoint
ALTER TABLE "place_assignees" ADD CONSTRAINT "place_assignees_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_assignees" ADD CONSTRAINT "place_assignees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_rounds" ADD CONSTRAINT "place_rounds_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_rounds" ADD CONSTRAINT "place_rounds_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_ticks" ADD CONSTRAINT "checklist_ticks_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_ticks" ADD CONSTRAINT "checklist_ticks_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_agreements" ADD CONSTRAINT "collaboration_agreements_crisis_center_org_id_organisations_id_fk" FOREIGN KEY ("crisis_center_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_agreements" ADD CONSTRAINT "collaboration_agreements_municipality_org_id_organisations_id_fk" FOREIGN KEY ("municipality_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_agreements" ADD CONSTRAINT "collaboration_agreements_social_mentor_user_id_users_id_fk" FOREIGN KEY ("social_mentor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_agreements" ADD CONSTRAINT "collaboration_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_sessions" ADD CONSTRAINT "course_sessions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_municipality_org_id_organisations_id_fk" FOREIGN KEY ("municipality_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_crisis_center_org_id_organisations_id_fk" FOREIGN KEY ("crisis_center_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_agreement_id_collaboration_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."collaboration_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_spotting_id_spottings_id_fk" FOREIGN KEY ("spotting_id") REFERENCES "public"."spottings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_pathway_course_id_courses_id_fk" FOREIGN KEY ("pathway_course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_requests" ADD CONSTRAINT "crisis_requests_stay_course_id_courses_id_fk" FOREIGN KEY ("stay_course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_plan_versions" ADD CONSTRAINT "future_plan_versions_request_id_crisis_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."crisis_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_plan_versions" ADD CONSTRAINT "future_plan_versions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "midway_meetings" ADD CONSTRAINT "midway_meetings_request_id_crisis_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."crisis_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "midway_meetings" ADD CONSTRAINT "midway_meetings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spottings" ADD CONSTRAINT "spottings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spottings" ADD CONSTRAINT "spottings_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spottings" ADD CONSTRAINT "spottings_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spottings" ADD CONSTRAINT "spottings_spotted_by_users_id_fk" FOREIGN KEY ("spotted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spottings" ADD CONSTRAINT "spottings_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_shares" ADD CONSTRAINT "action_plan_shares_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_shares" ADD CONSTRAINT "action_plan_shares_recipient_org_id_organisations_id_fk" FOREIGN KEY ("recipient_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_shares" ADD CONSTRAINT "action_plan_shares_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_shares" ADD CONSTRAINT "action_plan_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_versions" ADD CONSTRAINT "action_plan_versions_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_versions" ADD CONSTRAINT "action_plan_versions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "place_rounds_place" ON "place_rounds" USING btree ("place_id","at");--> statement-breakpoint
CREATE INDEX "places_org" ON "places" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "checklist_ticks_course" ON "checklist_ticks" USING btree ("course_id","item_id","at");--> statement-breakpoint
CREATE INDEX "agreements_parties" ON "collaboration_agreements" USING btree ("municipality_org_id","crisis_center_org_id");--> statement-breakpoint
CREATE INDEX "course_sessions_course" ON "course_sessions" USING btree ("course_id","at");--> statement-breakpoint
CREATE INDEX "crisis_requests_center" ON "crisis_requests" USING btree ("crisis_center_org_id","status");--> statement-breakpoint
CREATE INDEX "crisis_requests_pathway" ON "crisis_requests" USING btree ("pathway_course_id");--> statement-breakpoint
CREATE INDEX "crisis_requests_stay" ON "crisis_requests" USING btree ("stay_course_id");--> statement-breakpoint
CREATE INDEX "spottings_org_status" ON "spottings" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "spottings_by" ON "spottings" USING btree ("spotted_by");--> statement-breakpoint
CREATE INDEX "action_plan_shares_plan" ON "action_plan_shares" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "action_plans_citizen" ON "action_plans" USING btree ("citizen_id");--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;