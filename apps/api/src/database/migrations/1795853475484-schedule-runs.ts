import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduleRuns1795853475484 implements MigrationInterface {
  name = 'ScheduleRuns1795853475484';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "schedule_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" double precision NOT NULL DEFAULT '0', "fingerprint" text NOT NULL, "result" jsonb, "placements" jsonb, "error" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, CONSTRAINT "schedule_runs_published_when_done" CHECK ("published_at" IS NULL OR "status" = 'done'), CONSTRAINT "schedule_runs_progress_fraction" CHECK ("progress" >= 0 AND "progress" <= 1), CONSTRAINT "schedule_runs_status_known" CHECK ("status" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "schedule_runs_mode_known" CHECK ("mode" IN ('fill', 'replan')), CONSTRAINT "PK_ef93e91d5380c5f16f34c274af0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "schedule_runs_edition_created_idx" ON "schedule_runs"  ("edition_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "schedule_runs_one_active_per_edition" ON "schedule_runs"  ("edition_id") WHERE "status" IN ('queued', 'running')`);
    await queryRunner.query(`ALTER TABLE "schedule_runs" ADD CONSTRAINT "schedule_runs_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "schedule_runs" ADD CONSTRAINT "schedule_runs_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_runs" DROP CONSTRAINT "schedule_runs_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "schedule_runs" DROP CONSTRAINT "schedule_runs_edition_fk"`);
    await queryRunner.query(`DROP INDEX "public"."schedule_runs_one_active_per_edition"`);
    await queryRunner.query(`DROP INDEX "public"."schedule_runs_edition_created_idx"`);
    await queryRunner.query(`DROP TABLE "schedule_runs"`);
  }
}
