ALTER TABLE "articles" ADD COLUMN "extracted_hash" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "extract_runs" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Articles extracted before this migration were extracted from their stored text.
UPDATE "articles" SET "extracted_hash" = "content_hash", "extract_runs" = 1 WHERE "extracted_at" IS NOT NULL;
