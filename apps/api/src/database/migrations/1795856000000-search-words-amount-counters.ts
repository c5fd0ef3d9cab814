import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (no entity: like the facet counters, tables only the search reads and triggers keep).
 * `opportunity_search_words` holds every distinct lexeme of every opportunity's search_vector: a few
 * thousand rows where the table has a hundred thousand. The search expands each query word to the
 * lexemes it begins (so GIN looks up exact entries instead of a partial-match scan) and, for a typo,
 * to the closest lexemes by trigram word similarity ("did you mean"). Lexemes are added on insert and
 * when the text changes, never removed: a stale lexeme only makes an expansion find nothing more.
 * `opportunity_amount_facet_counts` counts opportunities per (status, dollar-amount bucket, section, region).
 */
export class SearchWordsAmountCounters1795856000000 implements MigrationInterface {
  name = 'SearchWordsAmountCounters1795856000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "opportunity_search_words" ("word" text COLLATE "C" NOT NULL, CONSTRAINT "opportunity_search_words_pk" PRIMARY KEY ("word"))`);
    await queryRunner.query(`CREATE INDEX "opportunity_search_words_trgm_idx" ON "opportunity_search_words" USING gin ("word" gin_trgm_ops)`);
    await queryRunner.query(`CREATE FUNCTION opportunity_search_words_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- In key order, so concurrent inserts of the same new words wait for one another instead of deadlocking.
        INSERT INTO opportunity_search_words (word)
          SELECT DISTINCT w.word FROM new_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r.search_vector)) w(word) ORDER BY 1
        ON CONFLICT (word) DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION opportunity_search_words_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO opportunity_search_words (word)
          SELECT w.word FROM unnest(tsvector_to_array(NEW.search_vector)) w(word) ORDER BY 1
        ON CONFLICT (word) DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`INSERT INTO opportunity_search_words (word) SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM opportunities`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_search_words_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_search_words_insert()`);
    // Row by row, and only when the text changes: the dollar recomputation of every row on new FX rates skips it.
    await queryRunner.query(`CREATE TRIGGER "opportunities_search_words_update" AFTER UPDATE OF title, summary, description, sustainability_environmental, sustainability_social ON "opportunities" FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector) EXECUTE FUNCTION opportunity_search_words_update()`);
    // Counters per dollar-amount bucket (a 1-2-5 series, see opportunity-amount-buckets.ts), so the facet counts
    // of an amount range read the buckets wholly inside it and count only the rows at its two edges.
    await queryRunner.query(`CREATE FUNCTION public.serumpun_amount_bucket(amount numeric) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT width_bucket(amount, ARRAY[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000, 2000000, 5000000, 10000000, 20000000, 50000000, 100000000, 200000000, 500000000, 1000000000, 2000000000, 5000000000, 10000000000, 20000000000, 50000000000, 100000000000]::numeric[]) $$`);
    await queryRunner.query(`CREATE TABLE "opportunity_amount_facet_counts" ("status" text NOT NULL, "amount_bucket" integer NOT NULL, "sector_section" text NOT NULL, "region_code" text NOT NULL, "n" integer NOT NULL, CONSTRAINT "opportunity_amount_facet_counts_pk" PRIMARY KEY ("status", "amount_bucket", "sector_section", "region_code"))`);
    await queryRunner.query(`CREATE FUNCTION opportunity_amount_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One upsert per statement, in key order: every transaction locks counters in the same order.
        IF TG_OP = 'INSERT' THEN
          INSERT INTO opportunity_amount_facet_counts AS c (status, amount_bucket, sector_section, region_code, n)
            SELECT r.status, serumpun_amount_bucket(r.amount_usd), r.sector_section, r.region_code, count(*)
              FROM new_rows r GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, amount_bucket, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO opportunity_amount_facet_counts AS c (status, amount_bucket, sector_section, region_code, n)
            SELECT r.status, serumpun_amount_bucket(r.amount_usd), r.sector_section, r.region_code, -count(*)
              FROM old_rows r GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, amount_bucket, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSE
          INSERT INTO opportunity_amount_facet_counts AS c (status, amount_bucket, sector_section, region_code, n)
            SELECT status, bucket, sector_section, region_code, sum(delta) FROM (
              SELECT r.status, serumpun_amount_bucket(r.amount_usd) AS bucket, r.sector_section, r.region_code, -1 AS delta FROM old_rows r
              UNION ALL
              SELECT r.status, serumpun_amount_bucket(r.amount_usd), r.sector_section, r.region_code, 1 FROM new_rows r
            ) d GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
          ON CONFLICT (status, amount_bucket, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`INSERT INTO "opportunity_amount_facet_counts" (status, amount_bucket, sector_section, region_code, n)
      SELECT status, serumpun_amount_bucket(amount_usd), sector_section, region_code, count(*) FROM opportunities GROUP BY 1, 2, 3, 4`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_amount_facet_counts_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_amount_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_amount_facet_counts_update" AFTER UPDATE ON "opportunities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_amount_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_amount_facet_counts_delete" AFTER DELETE ON "opportunities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_amount_facet_counts_apply()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "opportunities_amount_facet_counts_delete" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_amount_facet_counts_update" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_amount_facet_counts_insert" ON "opportunities"`);
    await queryRunner.query(`DROP FUNCTION opportunity_amount_facet_counts_apply()`);
    await queryRunner.query(`DROP TABLE "opportunity_amount_facet_counts"`);
    await queryRunner.query(`DROP FUNCTION public.serumpun_amount_bucket(numeric)`);
    await queryRunner.query(`DROP TRIGGER "opportunities_search_words_update" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_search_words_insert" ON "opportunities"`);
    await queryRunner.query(`DROP FUNCTION opportunity_search_words_update()`);
    await queryRunner.query(`DROP FUNCTION opportunity_search_words_insert()`);
    await queryRunner.query(`DROP TABLE "opportunity_search_words"`);
  }
}
