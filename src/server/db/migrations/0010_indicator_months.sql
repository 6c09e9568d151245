CREATE TABLE "indicator_months" (
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"month" date NOT NULL,
	"observation_count" integer NOT NULL,
	"figure" jsonb NOT NULL,
	"observations" jsonb,
	CONSTRAINT "indicator_months_unit_id_key_month_pk" PRIMARY KEY("unit_id","key","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_refreshes" (
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"first_month" date NOT NULL,
	"last_month" date NOT NULL,
	"as_of_day" date NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	CONSTRAINT "indicator_refreshes_unit_id_key_pk" PRIMARY KEY("unit_id","key")
);
--> statement-breakpoint
ALTER TABLE "indicator_months" ADD CONSTRAINT "indicator_months_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_refreshes" ADD CONSTRAINT "indicator_refreshes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_refreshes_refreshed_at" ON "indicator_refreshes" USING btree ("refreshed_at");