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
	CONSTRAINT "articles_feed_entry_key" UNIQUE NULLS NOT DISTINCT("feed_id","entry_key")
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"norm_name" text NOT NULL,
	"confidence" real DEFAULT 0.5 NOT NULL,
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
	"last_item_count" integer,
	"last_dropped" jsonb,
	CONSTRAINT "feeds_source_unique" UNIQUE("source")
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
ALTER TABLE "articles" ADD CONSTRAINT "articles_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_aliases" ADD CONSTRAINT "company_aliases_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_parties" ADD CONSTRAINT "deal_parties_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_parties" ADD CONSTRAINT "deal_parties_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_sources" ADD CONSTRAINT "deal_sources_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_sources" ADD CONSTRAINT "deal_sources_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_subject_id_companies_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_canonical_url_idx" ON "articles" USING btree ("canonical_url");--> statement-breakpoint
CREATE INDEX "articles_content_hash_idx" ON "articles" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "articles_feed_idx" ON "articles" USING btree ("feed_id");--> statement-breakpoint
CREATE INDEX "company_aliases_company_idx" ON "company_aliases" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "deal_parties_company_idx" ON "deal_parties" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "deal_sources_article_idx" ON "deal_sources" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "deals_subject_idx" ON "deals" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "deals_type_announced_idx" ON "deals" USING btree ("type","announced_on");--> statement-breakpoint
CREATE INDEX "deals_usd_idx" ON "deals" USING btree ("amount_usd");--> statement-breakpoint
CREATE INDEX "feeds_next_check_idx" ON "feeds" USING btree ("next_check_at");--> statement-breakpoint
CREATE INDEX "mentions_company_idx" ON "mentions" USING btree ("company_id");