import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchAnnouncements1795857365654 implements MigrationInterface {
  name = 'MatchAnnouncements1795857365654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_announcements" ("opportunity_id" uuid NOT NULL, "investor_id" uuid NOT NULL, "score" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_announcements_score_check" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_7208e0a5083d82c2ab5648b0ff8" PRIMARY KEY ("opportunity_id", "investor_id"))`);
    await queryRunner.query(`CREATE INDEX "match_announcements_investor_idx" ON "match_announcements"  ("investor_id") `);
    await queryRunner.query(`ALTER TABLE "match_announcements" ADD CONSTRAINT "match_announcements_opportunity_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_announcements" ADD CONSTRAINT "match_announcements_investor_fk" FOREIGN KEY ("investor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_announcements" DROP CONSTRAINT "match_announcements_investor_fk"`);
    await queryRunner.query(`ALTER TABLE "match_announcements" DROP CONSTRAINT "match_announcements_opportunity_fk"`);
    await queryRunner.query(`DROP INDEX "public"."match_announcements_investor_idx"`);
    await queryRunner.query(`DROP TABLE "match_announcements"`);
  }
}
