import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Realtime1795853308499 implements MigrationInterface {
  name = 'Realtime1795853308499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversation_messages_body_length" CHECK (char_length("body") BETWEEN 1 AND 1000), CONSTRAINT "PK_113248f25c4c0a7c179b3f5a609" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "conversation_messages_author_created_idx" ON "conversation_messages"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "conversation_messages_request_idx" ON "conversation_messages"  ("request_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "notifications_undelivered_idx" ON "notifications"  ("seq") WHERE "delivered_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_user_seq_idx" ON "notifications"  ("user_id", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_seq_unique" ON "notifications"  ("seq") `);
    await queryRunner.query(`ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_request_fk" FOREIGN KEY ("request_id") REFERENCES "meeting_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Rows stored before the outbox existed were never meant to be pushed.
    await queryRunner.query(`UPDATE "notifications" SET "delivered_at" = "created_at"`);
    // The outbox wakes the dispatchers of every API instance when a transaction that stored
    // notifications commits (NOTIFY is delivered at commit, never for a rolled-back transaction).
    await queryRunner.query(`CREATE FUNCTION "notifications_outbox_wake"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('notifications_outbox', ''); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER "notifications_outbox_wake" AFTER INSERT ON "notifications" FOR EACH STATEMENT EXECUTE FUNCTION "notifications_outbox_wake"()`);
    // @socket.io/postgres-adapter: payloads over NOTIFY's 8000-byte limit travel through this table.
    await queryRunner.query(`CREATE TABLE "socket_io_attachments" ("id" bigserial UNIQUE, "created_at" timestamptz DEFAULT now(), "payload" bytea)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
    await queryRunner.query(`DROP TRIGGER "notifications_outbox_wake" ON "notifications"`);
    await queryRunner.query(`DROP FUNCTION "notifications_outbox_wake"()`);
    await queryRunner.query(`ALTER TABLE "conversation_messages" DROP CONSTRAINT "conversation_messages_author_fk"`);
    await queryRunner.query(`ALTER TABLE "conversation_messages" DROP CONSTRAINT "conversation_messages_request_fk"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_seq_unique"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_seq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_undelivered_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "delivered_at"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "seq"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_messages_request_idx"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_messages_author_created_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_messages"`);
  }
}
