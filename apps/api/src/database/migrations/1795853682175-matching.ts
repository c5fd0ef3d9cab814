import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795853682175 implements MigrationInterface {
  name = 'Matching1795853682175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_dismissals" ("user_id" uuid NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c049309835b5e0e959150994e8" PRIMARY KEY ("user_id", "target_id"))`);
    await queryRunner.query(`CREATE INDEX "match_dismissals_target_idx" ON "match_dismissals"  ("target_id") `);
    await queryRunner.query(`CREATE TABLE "match_saves" ("user_id" uuid NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43d5e76da5e2786c422ad4b3c82" PRIMARY KEY ("user_id", "target_id"))`);
    await queryRunner.query(`CREATE INDEX "match_saves_user_created_idx" ON "match_saves"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "match_weights" ("id" smallint NOT NULL DEFAULT '1', "sector" integer NOT NULL, "region" integer NOT NULL, "ticket" integer NOT NULL, "instrument" integer NOT NULL, "stage" integer NOT NULL, "language" integer NOT NULL, "sustainability" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_weights_not_all_zero" CHECK ("sector" + "region" + "ticket" + "instrument" + "stage" + "language" + "sustainability" > 0), CONSTRAINT "match_weights_in_range" CHECK ("sector" BETWEEN 0 AND 100 AND "region" BETWEEN 0 AND 100 AND "ticket" BETWEEN 0 AND 100 AND "instrument" BETWEEN 0 AND 100 AND "stage" BETWEEN 0 AND 100 AND "language" BETWEEN 0 AND 100 AND "sustainability" BETWEEN 0 AND 100), CONSTRAINT "match_weights_single_row" CHECK ("id" = 1), CONSTRAINT "PK_a0432a896d8a983ecf11e45370c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" ADD CONSTRAINT "match_dismissals_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_saves" ADD CONSTRAINT "match_saves_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_weights" ADD CONSTRAINT "match_weights_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Added by hand: the candidates of an investor's matches come from index-only scans of this partial covering
    // index, one per (sector codes, region codes) combination, never from the wide rows of the table.
    await queryRunner.query(`CREATE INDEX "opportunities_matching_idx" ON "opportunities" ("sector_code", "region_code") INCLUDE ("id", "user_id", "amount_usd", "stage", "instruments", "sustainability_tags") WHERE "status" = 'published'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_matching_idx"`);
    await queryRunner.query(`ALTER TABLE "match_weights" DROP CONSTRAINT "match_weights_updated_by_fk"`);
    await queryRunner.query(`ALTER TABLE "match_saves" DROP CONSTRAINT "match_saves_user_fk"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "match_dismissals_user_fk"`);
    await queryRunner.query(`DROP TABLE "match_weights"`);
    await queryRunner.query(`DROP INDEX "public"."match_saves_user_created_idx"`);
    await queryRunner.query(`DROP TABLE "match_saves"`);
    await queryRunner.query(`DROP INDEX "public"."match_dismissals_target_idx"`);
    await queryRunner.query(`DROP TABLE "match_dismissals"`);
  }
}
