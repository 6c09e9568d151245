CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"setting" text NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"contact" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_participation" (
	"activity_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "activity_participation_activity_id_citizen_id_pk" PRIMARY KEY("activity_id","citizen_id")
);
--> statement-breakpoint
CREATE TABLE "collaboration_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"participants" jsonb NOT NULL,
	"decisions" text,
	"follow_ups" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collaboration_models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"partner" text,
	"body" text NOT NULL,
	"valid_from" date NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episode_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"episode_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "episode_debriefs" (
	"episode_id" uuid PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"participants" text NOT NULL,
	"summary" text NOT NULL,
	"learning" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episode_people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"episode_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"citizen_id" uuid,
	"user_id" uuid,
	"description" text,
	"hurt" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"type" text NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"actions_taken" text NOT NULL,
	"anyone_hurt" boolean NOT NULL,
	"injuries" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harm_reduction_plans" (
	"citizen_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"course_id" uuid NOT NULL,
	"substances" text,
	"areas" jsonb NOT NULL,
	"measures" jsonb NOT NULL,
	"resident_wants_abstinence" boolean NOT NULL,
	"residents_own_words" text,
	"made_with_resident" boolean NOT NULL,
	"follow_up_dates" jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "harm_reduction_plans_citizen_id_organisation_id_version_pk" PRIMARY KEY("citizen_id","organisation_id","version")
);
--> statement-breakpoint
CREATE TABLE "meeting_residents" (
	"meeting_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"consent_id" uuid,
	"discussed" text,
	CONSTRAINT "meeting_residents_meeting_id_citizen_id_pk" PRIMARY KEY("meeting_id","citizen_id")
);
--> statement-breakpoint
CREATE TABLE "motivation_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"what" text NOT NULL,
	"noticed_on" date NOT NULL,
	"noticed_by" text NOT NULL,
	"expires_on" date NOT NULL,
	"acted_on_at" timestamp with time zone,
	"acted_on_by" uuid,
	"acted_on_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"peer_user_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"form" text NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
CREATE TABLE "peer_roles" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"access" text NOT NULL,
	"tasks" text NOT NULL,
	"boundaries" text NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "specialist_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"question" text NOT NULL,
	"asked_by" uuid NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"advice" text,
	"advised_by" uuid,
	"advised_at" timestamp with time zone,
	"follow_up" text,
	"followed_up_by" uuid,
	"followed_up_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "specialist_team_members" (
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"competences" jsonb NOT NULL,
	"since" date NOT NULL,
	CONSTRAINT "specialist_team_members_unit_id_user_id_pk" PRIMARY KEY("unit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "staff_wellbeing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"total" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_wellbeing_given" (
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"month" text NOT NULL,
	CONSTRAINT "staff_wellbeing_given_unit_id_user_id_month_pk" PRIMARY KEY("unit_id","user_id","month")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participation" ADD CONSTRAINT "activity_participation_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participation" ADD CONSTRAINT "activity_participation_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participation" ADD CONSTRAINT "activity_participation_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_participation" ADD CONSTRAINT "activity_participation_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_meetings" ADD CONSTRAINT "collaboration_meetings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_meetings" ADD CONSTRAINT "collaboration_meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_meetings" ADD CONSTRAINT "collaboration_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_models" ADD CONSTRAINT "collaboration_models_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_models" ADD CONSTRAINT "collaboration_models_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_actions" ADD CONSTRAINT "episode_actions_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_actions" ADD CONSTRAINT "episode_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_actions" ADD CONSTRAINT "episode_actions_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_debriefs" ADD CONSTRAINT "episode_debriefs_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_debriefs" ADD CONSTRAINT "episode_debriefs_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_people" ADD CONSTRAINT "episode_people_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_people" ADD CONSTRAINT "episode_people_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_people" ADD CONSTRAINT "episode_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harm_reduction_plans" ADD CONSTRAINT "harm_reduction_plans_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_residents" ADD CONSTRAINT "meeting_residents_meeting_id_collaboration_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."collaboration_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_residents" ADD CONSTRAINT "meeting_residents_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_residents" ADD CONSTRAINT "meeting_residents_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_acted_on_by_users_id_fk" FOREIGN KEY ("acted_on_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motivation_entries" ADD CONSTRAINT "motivation_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_agreements" ADD CONSTRAINT "peer_agreements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_agreements" ADD CONSTRAINT "peer_agreements_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_agreements" ADD CONSTRAINT "peer_agreements_peer_user_id_users_id_fk" FOREIGN KEY ("peer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_agreements" ADD CONSTRAINT "peer_agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_agreements" ADD CONSTRAINT "peer_agreements_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_roles" ADD CONSTRAINT "peer_roles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_roles" ADD CONSTRAINT "peer_roles_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_advised_by_users_id_fk" FOREIGN KEY ("advised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_requests" ADD CONSTRAINT "specialist_requests_followed_up_by_users_id_fk" FOREIGN KEY ("followed_up_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_team_members" ADD CONSTRAINT "specialist_team_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialist_team_members" ADD CONSTRAINT "specialist_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_wellbeing" ADD CONSTRAINT "staff_wellbeing_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_wellbeing_given" ADD CONSTRAINT "staff_wellbeing_given_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_wellbeing_given" ADD CONSTRAINT "staff_wellbeing_given_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_unit_start" ON "activities" USING btree ("unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "activity_participation_citizen" ON "activity_participation" USING btree ("citizen_id","at");--> statement-breakpoint
CREATE INDEX "collaboration_meetings_unit" ON "collaboration_meetings" USING btree ("unit_id","held_on");--> statement-breakpoint
CREATE INDEX "collaboration_models_unit" ON "collaboration_models" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "episode_actions_episode" ON "episode_actions" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "episode_people_episode" ON "episode_people" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "episode_people_citizen" ON "episode_people" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "episodes_unit_time" ON "episodes" USING btree ("unit_id","occurred_at");--> statement-breakpoint
CREATE INDEX "meeting_residents_citizen" ON "meeting_residents" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "motivation_entries_citizen" ON "motivation_entries" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "motivation_entries_unit" ON "motivation_entries" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_agreements_peer" ON "peer_agreements" USING btree ("peer_user_id","unit_id");--> statement-breakpoint
CREATE INDEX "peer_agreements_citizen" ON "peer_agreements" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "specialist_requests_unit" ON "specialist_requests" USING btree ("unit_id","asked_at");--> statement-breakpoint
CREATE INDEX "specialist_requests_citizen" ON "specialist_requests" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "staff_wellbeing_unit_month" ON "staff_wellbeing" USING btree ("unit_id","month");