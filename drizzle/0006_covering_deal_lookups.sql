DROP INDEX "deal_parties_company_idx";--> statement-breakpoint
DROP INDEX "deals_subject_idx";--> statement-breakpoint
CREATE INDEX "deals_search_id_idx" ON "deals" USING btree ("id","announced_on","amount_usd","type","subject_id") WHERE "deals"."review" is null or "deals"."review" <> 'rejected';--> statement-breakpoint
CREATE INDEX "deal_parties_company_idx" ON "deal_parties" USING btree ("company_id","role","deal_id");--> statement-breakpoint
CREATE INDEX "deals_subject_idx" ON "deals" USING btree ("subject_id","id");