import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchFacetBits1795853718433 implements MigrationInterface {
  name = 'SearchFacetBits1795853718433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Added by hand: codes as a bit set (bit i = the i-th code of `vocabulary`; codes outside it are ignored).
    await queryRunner.query(`CREATE FUNCTION public.serumpun_code_bits(codes text[], vocabulary text[]) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT coalesce(bit_or(1 << (array_position(vocabulary, code) - 1)), 0) FROM unnest(codes) AS code WHERE array_position(vocabulary, code) <= 31 $$`);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD "instrument_bits" integer GENERATED ALWAYS AS (serumpun_code_bits(instruments, ARRAY['equity', 'debt', 'convertible', 'joint_venture', 'trade_finance', 'offtake', 'grant', 'ppp']::text[])) STORED NOT NULL`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","opportunities","GENERATED_COLUMN","instrument_bits","serumpun_code_bits(instruments, ARRAY['equity', 'debt', 'convertible', 'joint_venture', 'trade_finance', 'offtake', 'grant', 'ppp']::text[])"]);
    await queryRunner.query(`ALTER TABLE "opportunities" ADD "sustainability_tag_bits" integer GENERATED ALWAYS AS (serumpun_code_bits(sustainability_tags, ARRAY['renewable_energy', 'no_deforestation', 'community_benefit', 'halal', 'circular_economy', 'low_carbon', 'gender_inclusion', 'indigenous_rights', 'water_stewardship', 'biodiversity']::text[])) STORED NOT NULL`);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","opportunities","GENERATED_COLUMN","sustainability_tag_bits","serumpun_code_bits(sustainability_tags, ARRAY['renewable_energy', 'no_deforestation', 'community_benefit', 'halal', 'circular_economy', 'low_carbon', 'gender_inclusion', 'indigenous_rights', 'water_stewardship', 'biodiversity']::text[])"]);
    // Added by hand: narrow covering indexes for the facet counts, read by index-only scans. Led by status, so
    // the published rows (and a caller's drafts) are one range; the second also by amount, for amount ranges.
    await queryRunner.query(`DROP INDEX "public"."opportunities_facets_idx"`);
    await queryRunner.query(`CREATE INDEX "opportunities_facets_idx" ON "opportunities" ("status", "sector_section", "region_code") INCLUDE ("sector_code", "stage", "amount_usd", "instrument_bits", "sustainability_tag_bits", "user_id")`);
    await queryRunner.query(`CREATE INDEX "opportunities_amount_facets_idx" ON "opportunities" ("status", "amount_usd") INCLUDE ("sector_section", "region_code", "sector_code", "stage", "instrument_bits", "sustainability_tag_bits", "user_id")`);
    // Added by hand: counters like opportunity_facet_counts, one per instrument an opportunity offers, so the
    // facet counts of a search filtered by one instrument read a few hundred rows instead of scanning.
    await queryRunner.query(`CREATE TABLE "opportunity_instrument_facet_counts" ("status" text NOT NULL, "instrument" text NOT NULL, "sector_code" text NOT NULL, "region_code" text NOT NULL, "n" integer NOT NULL, CONSTRAINT "opportunity_instrument_facet_counts_pk" PRIMARY KEY ("status", "instrument", "sector_code", "region_code"))`);
    await queryRunner.query(`CREATE FUNCTION opportunity_instrument_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One upsert per statement, in key order: every transaction locks counters in the same order.
        IF TG_OP = 'INSERT' THEN
          INSERT INTO opportunity_instrument_facet_counts AS c (status, instrument, sector_code, region_code, n)
            SELECT r.status, i.instrument, r.sector_code, r.region_code, count(*)
              FROM new_rows r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.instruments)) i(instrument)
             GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, instrument, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO opportunity_instrument_facet_counts AS c (status, instrument, sector_code, region_code, n)
            SELECT r.status, i.instrument, r.sector_code, r.region_code, -count(*)
              FROM old_rows r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.instruments)) i(instrument)
             GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, instrument, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSE
          INSERT INTO opportunity_instrument_facet_counts AS c (status, instrument, sector_code, region_code, n)
            SELECT status, instrument, sector_code, region_code, sum(delta) FROM (
              SELECT r.status, i.instrument, r.sector_code, r.region_code, -1 AS delta
                FROM old_rows r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.instruments)) i(instrument)
              UNION ALL
              SELECT r.status, i.instrument, r.sector_code, r.region_code, 1
                FROM new_rows r CROSS JOIN LATERAL (SELECT DISTINCT unnest(r.instruments)) i(instrument)
            ) d GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, instrument, sector_code, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`INSERT INTO "opportunity_instrument_facet_counts" (status, instrument, sector_code, region_code, n)
      SELECT o.status, i.instrument, o.sector_code, o.region_code, count(*)
        FROM opportunities o CROSS JOIN LATERAL (SELECT DISTINCT unnest(o.instruments)) i(instrument)
       GROUP BY 1, 2, 3, 4`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_instrument_facet_counts_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_instrument_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_instrument_facet_counts_update" AFTER UPDATE ON "opportunities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_instrument_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_instrument_facet_counts_delete" AFTER DELETE ON "opportunities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_instrument_facet_counts_apply()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "opportunities_instrument_facet_counts_delete" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_instrument_facet_counts_update" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_instrument_facet_counts_insert" ON "opportunities"`);
    await queryRunner.query(`DROP FUNCTION opportunity_instrument_facet_counts_apply()`);
    await queryRunner.query(`DROP TABLE "opportunity_instrument_facet_counts"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_amount_facets_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_facets_idx"`);
    await queryRunner.query(`CREATE INDEX "opportunities_facets_idx" ON "opportunities" ("sector_section", "region_code", "status", "user_id") INCLUDE ("sector_code", "amount_usd", "stage", "instruments", "sustainability_tags")`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","sustainability_tag_bits","public","opportunities"]);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP COLUMN "sustainability_tag_bits"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","instrument_bits","public","opportunities"]);
    await queryRunner.query(`ALTER TABLE "opportunities" DROP COLUMN "instrument_bits"`);
    await queryRunner.query(`DROP FUNCTION public.serumpun_code_bits(text[], text[])`);
  }
}
