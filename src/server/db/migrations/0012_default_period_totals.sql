ALTER TABLE "indicator_refreshes" ADD COLUMN "total_from" date;--> statement-breakpoint
ALTER TABLE "indicator_refreshes" ADD COLUMN "total_to" date;--> statement-breakpoint
ALTER TABLE "indicator_refreshes" ADD COLUMN "total_figure" jsonb;--> statement-breakpoint
ALTER TABLE "indicator_refreshes" ADD COLUMN "total_count" integer;