import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MarketplaceProfilesOpportunities1795845486955 implements MigrationInterface {
  name = 'MarketplaceProfilesOpportunities1795845486955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Added by hand: unaccent() is only STABLE (its dictionary could change), so generated columns and
    // index expressions use this IMMUTABLE wrapper that names the dictionary explicitly.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.serumpun_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    // Added by hand: TypeORM records the expressions of generated columns here to compare them when it
    // diffs entities against the schema (migration:generate); nothing reads it at run time.
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`);
    await queryRunner.query(`CREATE TABLE "fx_rates" ("currency" text NOT NULL, "as_of" date NOT NULL, "units_per_usd" numeric(20,6) NOT NULL, "set_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fx_rates_rate_positive" CHECK ("units_per_usd" > 0), CONSTRAINT "fx_rates_currency_known" CHECK ("currency" IN ('IDR', 'MYR', 'BND', 'SGD', 'USD')), CONSTRAINT "PK_3d06c09f4f9b18ab3ea9ccd1aee" PRIMARY KEY ("currency", "as_of"))`);
    await queryRunner.query(`CREATE TABLE "business_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "company_name" text NOT NULL, "business_kind" text NOT NULL DEFAULT 'sme', "legal_form" text NOT NULL, "registration_number" text, "country_code" text NOT NULL, "region_code" text NOT NULL, "sectors" text array NOT NULL, "founded_year" integer, "employees" integer, "revenue_band" text, "description" text NOT NULL, "website" text, "languages" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29525485b1db8e87caf6a5ef042" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "business_profiles_user_unique" ON "business_profiles"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "investor_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation" text NOT NULL, "investor_type" text NOT NULL, "country_code" text NOT NULL, "region_code" text, "sectors" text array NOT NULL, "regions" text array NOT NULL, "ticket_min_amount" numeric(20,2) NOT NULL, "ticket_min_currency" text NOT NULL, "ticket_max_amount" numeric(20,2) NOT NULL, "ticket_max_currency" text NOT NULL, "ticket_min_usd" numeric(20,2) NOT NULL, "ticket_max_usd" numeric(20,2) NOT NULL, "instruments" text array NOT NULL, "stages" text array NOT NULL, "languages" text array NOT NULL, "sustainability_tags" text array NOT NULL DEFAULT '{}', "bio" text NOT NULL DEFAULT '', "website" text, "visible" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "investor_profiles_ticket_ordered" CHECK ("ticket_min_currency" = "ticket_max_currency" AND "ticket_max_amount" >= "ticket_min_amount"), CONSTRAINT "investor_profiles_ticket_positive" CHECK ("ticket_min_amount" > 0), CONSTRAINT "PK_154d889a096b3948f856b4ca53f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "investor_profiles_user_unique" ON "investor_profiles"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL, "sector_code" text NOT NULL, "sector_section" text NOT NULL, "region_code" text NOT NULL, "amount" numeric(20,2) NOT NULL, "currency" text NOT NULL, "amount_usd" numeric(20,2) NOT NULL, "fx_rate_date" date NOT NULL, "instruments" text array NOT NULL, "stage" text NOT NULL, "sustainability_environmental" text, "sustainability_social" text, "sustainability_tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'draft', "close_reason" text, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(description, ''))), 'C') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(sustainability_environmental, '') || ' ' || coalesce(sustainability_social, ''))), 'D')) STORED NOT NULL, "search_title" text GENERATED ALWAYS AS (serumpun_unaccent(lower(title))) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opportunities_sector_section_matches" CHECK ("sector_section" = left("sector_code", 1)), CONSTRAINT "opportunities_close_reason_known" CHECK ("close_reason" IN ('funded', 'withdrawn', 'expired')), CONSTRAINT "opportunities_closed_has_reason" CHECK (("status" = 'closed') = ("close_reason" IS NOT NULL)), CONSTRAINT "opportunities_status_known" CHECK ("status" IN ('draft', 'published', 'closed')), CONSTRAINT "opportunities_amount_usd_not_negative" CHECK ("amount_usd" >= 0), CONSTRAINT "opportunities_amount_positive" CHECK ("amount" > 0), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'opportunities', 'GENERATED_COLUMN', 'search_vector', $1), (current_database(), 'public', 'opportunities', 'GENERATED_COLUMN', 'search_title', $2)`, [
      `setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(description, ''))), 'C') || setweight(to_tsvector('simple'::regconfig, serumpun_unaccent(coalesce(sustainability_environmental, '') || ' ' || coalesce(sustainability_social, ''))), 'D')`,
      `serumpun_unaccent(lower(title))`,
    ]);
    await queryRunner.query(`CREATE INDEX "opportunities_user_idx" ON "opportunities"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "opportunities_sector_code_idx" ON "opportunities"  ("sector_code") `);
    await queryRunner.query(`CREATE INDEX "opportunities_sector_section_idx" ON "opportunities"  ("sector_section") `);
    await queryRunner.query(`CREATE INDEX "opportunities_region_code_idx" ON "opportunities"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "opportunities_stage_idx" ON "opportunities"  ("stage") `);
    // Added by hand: indexes TypeORM cannot declare (GIN, trigram, descending keyset orders).
    await queryRunner.query(`CREATE INDEX "investor_profiles_sectors_idx" ON "investor_profiles" USING gin ("sectors")`);
    await queryRunner.query(`CREATE INDEX "investor_profiles_regions_idx" ON "investor_profiles" USING gin ("regions")`);
    await queryRunner.query(`CREATE INDEX "opportunities_search_vector_idx" ON "opportunities" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "opportunities_search_title_trgm_idx" ON "opportunities" USING gin ("search_title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "opportunities_instruments_idx" ON "opportunities" USING gin ("instruments")`);
    await queryRunner.query(`CREATE INDEX "opportunities_sustainability_tags_idx" ON "opportunities" USING gin ("sustainability_tags")`);
    await queryRunner.query(`CREATE INDEX "opportunities_listed_keyset_idx" ON "opportunities" ("listed_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "opportunities_amount_keyset_idx" ON "opportunities" ("amount_usd" DESC, "id" DESC)`);
    // Facet counts scan every row matching the other filters; this narrow covering index lets them run as
    // index-only scans instead of reading the wide rows (text and tsvector) of the table.
    await queryRunner.query(`CREATE INDEX "opportunities_facets_idx" ON "opportunities" ("sector_section", "region_code", "status", "user_id") INCLUDE ("sector_code", "amount_usd", "stage", "instruments", "sustainability_tags")`);
    // Added by hand: opportunity counts per status, sector and region, kept by statement-level triggers, so
    // the facet counts of an unfiltered or facet-only search read a few hundred rows instead of the table.
    await queryRunner.query(`CREATE TABLE "opportunity_facet_counts" ("status" text NOT NULL, "sector_code" text NOT NULL, "region_code" text NOT NULL, "n" integer NOT NULL, CONSTRAINT "opportunity_facet_counts_pk" PRIMARY KEY ("status", "sector_code", "region_code"))`);
    await queryRunner.query(`CREATE FUNCTION opportunity_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One upsert per statement, in key order: every transaction locks counters in the same order.
        IF TG_OP = 'INSERT' THEN
          INSERT INTO opportunity_facet_counts AS c (status, sector_code, region_code, n)
            SELECT status, sector_code, region_code, count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (status, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO opportunity_facet_counts AS c (status, sector_code, region_code, n)
            SELECT status, sector_code, region_code, -count(*) FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (status, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSE
          INSERT INTO opportunity_facet_counts AS c (status, sector_code, region_code, n)
            SELECT status, sector_code, region_code, sum(delta) FROM (
              SELECT status, sector_code, region_code, -1 AS delta FROM old_rows
              UNION ALL SELECT status, sector_code, region_code, 1 FROM new_rows
            ) d GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (status, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_facet_counts_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_facet_counts_update" AFTER UPDATE ON "opportunities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_facet_counts_delete" AFTER DELETE ON "opportunities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_apply()`);
    // Added by hand: the rates of the first edition's day, so every amount has a dollar value from the
    // start; organisers replace them through PUT /api/fx-rates. The Brunei dollar is pegged 1:1 to the Singapore dollar.
    await queryRunner.query(`INSERT INTO "fx_rates" ("currency", "as_of", "units_per_usd") VALUES ('USD', '2025-10-30', 1), ('IDR', '2025-10-30', 16630), ('MYR', '2025-10-30', 4.215), ('SGD', '2025-10-30', 1.299), ('BND', '2025-10-30', 1.299)`);
    await queryRunner.query(`ALTER TABLE "fx_rates" ADD CONSTRAINT "FK_d4128910ce5f3f89af8f2e74715" FOREIGN KEY ("set_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "business_profiles" ADD CONSTRAINT "FK_1ceee77c549695cfc7c246224ef" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "investor_profiles" ADD CONSTRAINT "FK_5fa0a2653945c4b236f9785198d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD CONSTRAINT "FK_013ed9cc5fb89064b9de3486c87" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "opportunities" DROP CONSTRAINT "FK_013ed9cc5fb89064b9de3486c87"`);
    await queryRunner.query(`ALTER TABLE "investor_profiles" DROP CONSTRAINT "FK_5fa0a2653945c4b236f9785198d"`);
    await queryRunner.query(`ALTER TABLE "business_profiles" DROP CONSTRAINT "FK_1ceee77c549695cfc7c246224ef"`);
    await queryRunner.query(`ALTER TABLE "fx_rates" DROP CONSTRAINT "FK_d4128910ce5f3f89af8f2e74715"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_stage_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_region_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_sector_section_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_sector_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_facets_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_amount_keyset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_listed_keyset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_sustainability_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_instruments_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_search_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_search_vector_idx"`);
    await queryRunner.query(`DROP INDEX "public"."investor_profiles_regions_idx"`);
    await queryRunner.query(`DROP INDEX "public"."investor_profiles_sectors_idx"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_facet_counts_delete" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_facet_counts_update" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_facet_counts_insert" ON "opportunities"`);
    await queryRunner.query(`DROP FUNCTION opportunity_facet_counts_apply()`);
    await queryRunner.query(`DROP TABLE "opportunity_facet_counts"`);
    await queryRunner.query(`DROP TABLE "opportunities"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'opportunities' AND "name" IN ('search_vector', 'search_title')`);
    await queryRunner.query(`DROP INDEX "public"."investor_profiles_user_unique"`);
    await queryRunner.query(`DROP TABLE "investor_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."business_profiles_user_unique"`);
    await queryRunner.query(`DROP TABLE "business_profiles"`);
    await queryRunner.query(`DROP TABLE "fx_rates"`);
    await queryRunner.query(`DROP FUNCTION public.serumpun_unaccent(text)`);
  }
}
