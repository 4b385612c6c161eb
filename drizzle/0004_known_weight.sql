ALTER TABLE "companies" ADD COLUMN "known_weight" real;--> statement-breakpoint
-- The first snapshot of known companies for databases that already hold articles (same rule as refresh-known-companies.ts).
WITH counts AS (
  SELECT company_id, count(*) AS articles, sum(count) AS mentions FROM mentions GROUP BY company_id
)
UPDATE companies c SET known_weight = least(5, 2 + ln(1 + k.articles) / ln(2))::real
FROM counts k
WHERE k.company_id = c.id AND c.merged_into_id IS NULL AND NOT c.marked_wrong AND c.confidence >= 0.6 AND k.mentions >= 2;
