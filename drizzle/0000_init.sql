CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"feed_id" integer,
	"entry_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"url" text,
	"canonical_url" text,
	"title" text NOT NULL,
	"author" text,
	"body" text NOT NULL,
	"published_at" timestamp with time zone,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"extracted_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED,
	CONSTRAINT "articles_feed_entry_key" UNIQUE NULLS NOT DISTINCT("feed_id","entry_key")
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"norm_name" text NOT NULL,
	"confidence" real DEFAULT 0.5 NOT NULL,
	"merged_into_id" integer,
	"marked_wrong" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_norm_name_unique" UNIQUE("norm_name")
);
--> statement-breakpoint
CREATE TABLE "company_aliases" (
	"norm_alias" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"company_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"article_id" integer NOT NULL,
	"company_id" integer NOT NULL,
	"count" integer NOT NULL,
	"confidence" real NOT NULL,
	CONSTRAINT "mentions_article_id_company_id_pk" PRIMARY KEY("article_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "company_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_id" integer NOT NULL,
	"into_id" integer NOT NULL,
	"moves" jsonb NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text
);
--> statement-breakpoint
CREATE TABLE "curation_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" integer NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_parties" (
	"deal_id" integer NOT NULL,
	"company_id" integer NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "deal_parties_deal_id_company_id_pk" PRIMARY KEY("deal_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "deal_sources" (
	"deal_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"salience" text NOT NULL,
	"evidence" text NOT NULL,
	"evidence_start" integer NOT NULL,
	"evidence_end" integer NOT NULL,
	"amount_value" numeric,
	"amount_currency" text,
	"amount_usd" double precision,
	"round" text,
	"confidence" real NOT NULL,
	"evidence_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED,
	CONSTRAINT "deal_sources_deal_id_article_id_pk" PRIMARY KEY("deal_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"subject_id" integer,
	"subject_name" text,
	"amount_value" numeric,
	"amount_currency" text,
	"amount_usd" double precision,
	"usd_converted" boolean DEFAULT false NOT NULL,
	"round" text,
	"status" text NOT NULL,
	"announced_on" date,
	"confidence" real NOT NULL,
	"review" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"kind" text DEFAULT 'file' NOT NULL,
	"format" text NOT NULL,
	"title" text,
	"site_url" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"fetch_full_text" boolean DEFAULT false NOT NULL,
	"etag" text,
	"last_modified" text,
	"cursor" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_fetched_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"error_count" integer DEFAULT 0 NOT NULL,
	"next_check_at" timestamp with time zone,
	"ttl_minutes" integer,
	"last_item_count" integer,
	"last_dropped" jsonb,
	CONSTRAINT "feeds_source_unique" UNIQUE("source")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_merged_into_id_companies_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_aliases" ADD CONSTRAINT "company_aliases_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_from_id_companies_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_merges" ADD CONSTRAINT "company_merges_into_id_companies_id_fk" FOREIGN KEY ("into_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_parties" ADD CONSTRAINT "deal_parties_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_parties" ADD CONSTRAINT "deal_parties_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_sources" ADD CONSTRAINT "deal_sources_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_sources" ADD CONSTRAINT "deal_sources_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_subject_id_companies_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_canonical_url_idx" ON "articles" USING btree ("canonical_url");--> statement-breakpoint
CREATE INDEX "articles_content_hash_idx" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "articles_feed_idx" ON "articles" USING btree ("feed_id");--> statement-breakpoint
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "company_aliases_company_idx" ON "company_aliases" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "company_aliases_trgm_idx" ON "company_aliases" USING gin ("alias" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "mentions_company_idx" ON "mentions" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "company_merges_from_idx" ON "company_merges" USING btree ("from_id");--> statement-breakpoint
CREATE INDEX "company_merges_into_idx" ON "company_merges" USING btree ("into_id");--> statement-breakpoint
CREATE INDEX "curation_log_target_idx" ON "curation_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "deal_parties_company_idx" ON "deal_parties" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "deal_sources_article_idx" ON "deal_sources" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "deal_sources_evidence_idx" ON "deal_sources" USING gin ("evidence_vector");--> statement-breakpoint
CREATE INDEX "deals_announced_idx" ON "deals" USING btree ("announced_on","id");--> statement-breakpoint
CREATE INDEX "deals_confidence_idx" ON "deals" USING btree ("confidence");--> statement-breakpoint
CREATE INDEX "deals_subject_idx" ON "deals" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "deals_type_announced_idx" ON "deals" USING btree ("type","announced_on");--> statement-breakpoint
CREATE INDEX "deals_usd_idx" ON "deals" USING btree ("amount_usd");--> statement-breakpoint
CREATE INDEX "feeds_next_check_idx" ON "feeds" USING btree ("next_check_at");