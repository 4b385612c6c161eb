DROP INDEX "mentions_company_idx";--> statement-breakpoint
DROP INDEX "deals_type_announced_idx";--> statement-breakpoint
CREATE INDEX "articles_title_search_idx" ON "articles" USING gin (to_tsvector('english', "title"));--> statement-breakpoint
CREATE INDEX "articles_id_seen_idx" ON "articles" USING btree ("id","published_at","fetched_at");--> statement-breakpoint
CREATE INDEX "mentions_company_article_idx" ON "mentions" USING btree ("company_id","article_id","count");--> statement-breakpoint
CREATE INDEX "deals_amount_key_idx" ON "deals" USING btree (coalesce("amount_usd", -1),"id");--> statement-breakpoint
CREATE INDEX "deals_type_announced_idx" ON "deals" USING btree ("type","announced_on","id");