CREATE TABLE "deal_export_lines" (
	"deal_id" integer PRIMARY KEY NOT NULL,
	"csv" text NOT NULL,
	"json" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_export_stale" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"deal_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_export_lines" ADD CONSTRAINT "deal_export_lines_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_export_stale_deal_idx" ON "deal_export_stale" USING btree ("deal_id");--> statement-breakpoint
-- The deals whose export line a statement may have changed are marked stale in the same transaction: links (parties,
-- sources) by statement-level triggers (one insert per statement, whatever its number of rows); deals, companies and
-- articles by row-level triggers that fire only when a column the line shows changed. A deal's line reads the deal's own columns below,
-- its parties with their companies' names (marked-wrong ones left out), its subject's name, and its sources with their
-- articles' titles, URLs and publication dates. Deletes cascade: deals' lines by foreign key, a deleted company or
-- article through the deal_parties / deal_sources / deals rows the cascade changes.
CREATE FUNCTION "deal_export_mark_new_deals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT "id" FROM "new_rows";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_deal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") VALUES (NEW."id");
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_new_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT DISTINCT "deal_id" FROM "new_rows";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_old_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT DISTINCT "deal_id" FROM "old_rows";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_changed_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id")
  SELECT "deal_id" FROM "new_rows" UNION SELECT "deal_id" FROM "old_rows";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_company_deals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id")
  SELECT "deal_id" FROM "deal_parties" WHERE "company_id" = NEW."id" UNION SELECT "id" FROM "deals" WHERE "subject_id" = NEW."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_article_deals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT "deal_id" FROM "deal_sources" WHERE "article_id" = NEW."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "deals_export_insert" AFTER INSERT ON "deals" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_new_deals"();
--> statement-breakpoint
CREATE TRIGGER "deals_export_update" AFTER UPDATE ON "deals" FOR EACH ROW
  WHEN ((NEW."type", NEW."subject_id", NEW."subject_name", NEW."amount_value", NEW."amount_currency", NEW."amount_usd", NEW."usd_converted",
      NEW."round", NEW."status", NEW."announced_on", NEW."confidence")
    IS DISTINCT FROM (OLD."type", OLD."subject_id", OLD."subject_name", OLD."amount_value", OLD."amount_currency", OLD."amount_usd", OLD."usd_converted",
      OLD."round", OLD."status", OLD."announced_on", OLD."confidence"))
  EXECUTE FUNCTION "deal_export_mark_deal"();
--> statement-breakpoint
CREATE TRIGGER "deal_parties_export_insert" AFTER INSERT ON "deal_parties" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_new_links"();
--> statement-breakpoint
CREATE TRIGGER "deal_parties_export_update" AFTER UPDATE ON "deal_parties" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_changed_links"();
--> statement-breakpoint
CREATE TRIGGER "deal_parties_export_delete" AFTER DELETE ON "deal_parties" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_old_links"();
--> statement-breakpoint
CREATE TRIGGER "deal_sources_export_insert" AFTER INSERT ON "deal_sources" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_new_links"();
--> statement-breakpoint
CREATE TRIGGER "deal_sources_export_update" AFTER UPDATE ON "deal_sources" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_changed_links"();
--> statement-breakpoint
CREATE TRIGGER "deal_sources_export_delete" AFTER DELETE ON "deal_sources" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_old_links"();
--> statement-breakpoint
CREATE TRIGGER "companies_export_update" AFTER UPDATE ON "companies" FOR EACH ROW
  WHEN ((NEW."name", NEW."marked_wrong") IS DISTINCT FROM (OLD."name", OLD."marked_wrong"))
  EXECUTE FUNCTION "deal_export_mark_company_deals"();
--> statement-breakpoint
CREATE TRIGGER "articles_export_update" AFTER UPDATE ON "articles" FOR EACH ROW
  WHEN ((NEW."title", NEW."url", NEW."published_at") IS DISTINCT FROM (OLD."title", OLD."url", OLD."published_at"))
  EXECUTE FUNCTION "deal_export_mark_article_deals"();
--> statement-breakpoint
-- A line removed other than with its deal (by hand, say) marks the deal, so that every deal without a line is marked:
-- the export reads only marked deals afresh, without looking for deals that lack a line.
CREATE FUNCTION "deal_export_mark_removed_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT o."deal_id" FROM "old_rows" o WHERE EXISTS (SELECT 1 FROM "deals" d WHERE d."id" = o."deal_id");
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "deal_export_mark_all_deals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "deal_export_stale" ("deal_id") SELECT "id" FROM "deals";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "deal_export_lines_delete" AFTER DELETE ON "deal_export_lines" REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_removed_lines"();
--> statement-breakpoint
CREATE TRIGGER "deal_export_lines_truncate" AFTER TRUNCATE ON "deal_export_lines" FOR EACH STATEMENT EXECUTE FUNCTION "deal_export_mark_all_deals"();
--> statement-breakpoint
-- Deals stored before this migration have no line yet: the first refresh writes them.
INSERT INTO "deal_export_stale" ("deal_id") SELECT "id" FROM "deals";
