CREATE TABLE "theories_of_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"method" text NOT NULL,
	"version" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theory_of_change_versions" (
	"theory_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "theory_of_change_versions_theory_id_version_pk" PRIMARY KEY("theory_id","version")
);
--> statement-breakpoint
ALTER TABLE "theories_of_change" ADD CONSTRAINT "theories_of_change_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theories_of_change" ADD CONSTRAINT "theories_of_change_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theories_of_change" ADD CONSTRAINT "theories_of_change_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theory_of_change_versions" ADD CONSTRAINT "theory_of_change_versions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theory_of_change_versions" ADD CONSTRAINT "theory_of_change_versions_theory" FOREIGN KEY ("theory_id") REFERENCES "public"."theories_of_change"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "theories_of_change_unit_method" ON "theories_of_change" USING btree ("unit_id","method");