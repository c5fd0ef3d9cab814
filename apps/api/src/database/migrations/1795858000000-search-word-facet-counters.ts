import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (no entity: like the other facet counters, a table only the search reads and triggers keep).
 * `opportunity_word_facet_counts` counts opportunities per (lexeme, status, sector section, region): the facet
 * counts of a text search for one exact lexeme (`q=sawit` when `sawit` begins no other known lexeme) come from
 * it instead of reading every matching row (12,747 rows over 9,787 heap pages for `sawit` at 100k rows). One
 * counter per distinct lexeme of a row, so a row counts once per lexeme; a query standing for several lexemes
 * (a prefix, alternatives, several words) cannot add them up without counting a row twice, and reads the rows.
 * Insert and delete are counted per statement (the bench loads 2,000 rows a statement); updates row by row,
 * only when the text, status, section or region changes (the dollar recomputation on new FX rates skips it).
 */
export class SearchWordFacetCounters1795858000000 implements MigrationInterface {
  name = 'SearchWordFacetCounters1795858000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "opportunity_word_facet_counts" ("word" text COLLATE "C" NOT NULL, "status" text NOT NULL, "sector_section" text NOT NULL, "region_code" text NOT NULL, "n" integer NOT NULL, CONSTRAINT "opportunity_word_facet_counts_pk" PRIMARY KEY ("word", "status", "sector_section", "region_code"))`);
    await queryRunner.query(`CREATE FUNCTION opportunity_word_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One upsert per statement (per row for updates), in key order: every transaction locks counters in the same order.
        IF TG_OP = 'INSERT' THEN
          INSERT INTO opportunity_word_facet_counts AS c (word, status, sector_section, region_code, n)
            SELECT w.word, r.status, r.sector_section, r.region_code, count(*)
              FROM new_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r.search_vector)) w(word)
             GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (word, status, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO opportunity_word_facet_counts AS c (word, status, sector_section, region_code, n)
            SELECT w.word, r.status, r.sector_section, r.region_code, -count(*)
              FROM old_rows r CROSS JOIN LATERAL unnest(tsvector_to_array(r.search_vector)) w(word)
             GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (word, status, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSE
          INSERT INTO opportunity_word_facet_counts AS c (word, status, sector_section, region_code, n)
            SELECT d.word, d.status, d.sector_section, d.region_code, sum(d.delta) FROM (
              SELECT w.word, OLD.status, OLD.sector_section, OLD.region_code, -1 FROM unnest(tsvector_to_array(OLD.search_vector)) w(word)
              UNION ALL
              SELECT w.word, NEW.status, NEW.sector_section, NEW.region_code, 1 FROM unnest(tsvector_to_array(NEW.search_vector)) w(word)
            ) d(word, status, sector_section, region_code, delta)
             GROUP BY 1, 2, 3, 4 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4
          ON CONFLICT (word, status, sector_section, region_code) DO UPDATE SET n = c.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`INSERT INTO "opportunity_word_facet_counts" (word, status, sector_section, region_code, n)
      SELECT w.word, o.status, o.sector_section, o.region_code, count(*)
        FROM opportunities o CROSS JOIN LATERAL unnest(tsvector_to_array(o.search_vector)) w(word) GROUP BY 1, 2, 3, 4`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_word_facet_counts_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_word_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_word_facet_counts_update" AFTER UPDATE ON "opportunities" FOR EACH ROW
      WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector OR OLD.status IS DISTINCT FROM NEW.status
            OR OLD.sector_section IS DISTINCT FROM NEW.sector_section OR OLD.region_code IS DISTINCT FROM NEW.region_code)
      EXECUTE FUNCTION opportunity_word_facet_counts_apply()`);
    await queryRunner.query(`CREATE TRIGGER "opportunities_word_facet_counts_delete" AFTER DELETE ON "opportunities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_word_facet_counts_apply()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "opportunities_word_facet_counts_delete" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_word_facet_counts_update" ON "opportunities"`);
    await queryRunner.query(`DROP TRIGGER "opportunities_word_facet_counts_insert" ON "opportunities"`);
    await queryRunner.query(`DROP FUNCTION opportunity_word_facet_counts_apply()`);
    await queryRunner.query(`DROP TABLE "opportunity_word_facet_counts"`);
  }
}
