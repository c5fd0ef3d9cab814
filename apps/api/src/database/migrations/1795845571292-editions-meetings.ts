import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EditionsMeetings1795845571292 implements MigrationInterface {
  name = 'EditionsMeetings1795845571292';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_tables" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "number" integer NOT NULL, "name" text, "location" text, CONSTRAINT "meeting_tables_edition_id_key" UNIQUE ("edition_id", "id"), CONSTRAINT "meeting_tables_edition_number_unique" UNIQUE ("edition_id", "number"), CONSTRAINT "meeting_tables_number_positive" CHECK ("number" >= 1), CONSTRAINT "PK_63a25806162aee5812953aa21f8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "registrations" ("edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "organisation" text, "country_code" text, "sectors" text array NOT NULL DEFAULT '{}', "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registrations_status_known" CHECK ("status" IN ('approved', 'pending')), CONSTRAINT "PK_8746eb97c787e998fb2c6e76716" PRIMARY KEY ("edition_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "registrations_user_idx" ON "registrations"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "registration_opportunities" ("edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, CONSTRAINT "PK_4ecbced113cfc6ac50bbce81744" PRIMARY KEY ("edition_id", "user_id", "opportunity_id"))`);
    await queryRunner.query(`CREATE INDEX "registration_opportunities_opportunity_idx" ON "registration_opportunities"  ("opportunity_id") `);
    await queryRunner.query(`CREATE TABLE "slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "slots_edition_id_key" UNIQUE ("edition_id", "id"), CONSTRAINT "slots_edition_starts_unique" UNIQUE ("edition_id", "starts_at"), CONSTRAINT "slots_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_8b553bb1941663b63fd38405e42" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "slots_edition_idx" ON "slots"  ("edition_id") `);
    await queryRunner.query(`CREATE TABLE "unavailabilities" ("user_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "edition_id" uuid NOT NULL, CONSTRAINT "PK_e21ffab8c5f839e3d4915241561" PRIMARY KEY ("user_id", "slot_id"))`);
    await queryRunner.query(`CREATE TABLE "agenda_feeds" ("user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10c71708aae4908a9981b1a2c47" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agenda_feeds_token_hash_unique" ON "agenda_feeds"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "meeting_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "from_user_id" uuid NOT NULL, "to_user_id" uuid NOT NULL, "opportunity_id" uuid, "message" text, "proposed_slot_id" uuid, "status" text NOT NULL DEFAULT 'pending', "decline_reason" text, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_requests_not_to_self" CHECK ("from_user_id" <> "to_user_id"), CONSTRAINT "meeting_requests_status_known" CHECK ("status" IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')), CONSTRAINT "PK_418e48920b2acbd0afdb7f9dec0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_requests_opportunity_idx" ON "meeting_requests"  ("opportunity_id") `);
    await queryRunner.query(`CREATE INDEX "meeting_requests_sender_idx" ON "meeting_requests"  ("edition_id", "from_user_id", "status") `);
    await queryRunner.query(`CREATE INDEX "meeting_requests_recipient_idx" ON "meeting_requests"  ("edition_id", "to_user_id", "status") `);
    await queryRunner.query(`CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "request_id" uuid, "slot_id" uuid, "table_id" uuid, "status" text NOT NULL DEFAULT 'scheduled', "sequence" integer NOT NULL DEFAULT '0', "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_sequence_not_negative" CHECK ("sequence" >= 0), CONSTRAINT "meetings_attended_only_when_placed" CHECK ("status" IN ('scheduled', 'cancelled') OR "slot_id" IS NOT NULL), CONSTRAINT "meetings_slot_and_table_together" CHECK (("slot_id" IS NULL) = ("table_id" IS NULL)), CONSTRAINT "meetings_status_known" CHECK ("status" IN ('scheduled', 'cancelled', 'held', 'no_show')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "meetings_request_unique" ON "meetings"  ("request_id") `);
    await queryRunner.query(`CREATE INDEX "meetings_edition_idx" ON "meetings"  ("edition_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "meetings_one_per_table_per_slot" ON "meetings"  ("slot_id", "table_id") WHERE "status" <> 'cancelled' AND "slot_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "meeting_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "actor_user_id" uuid, "kind" text NOT NULL, "from_slot_id" uuid, "to_slot_id" uuid, "from_starts_at" TIMESTAMP WITH TIME ZONE, "from_ends_at" TIMESTAMP WITH TIME ZONE, "to_starts_at" TIMESTAMP WITH TIME ZONE, "to_ends_at" TIMESTAMP WITH TIME ZONE, "from_table_number" integer, "to_table_number" integer, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "meeting_events_kind_known" CHECK ("kind" IN ('booked', 'placed', 'rescheduled', 'unplaced', 'cancelled', 'checked_in', 'held', 'no_show', 'outcome_recorded')), CONSTRAINT "PK_66afa689f92d5bff9af96ae1230" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_events_meeting_idx" ON "meeting_events"  ("meeting_id", "at") `);
    await queryRunner.query(`CREATE TABLE "meeting_outcomes" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "result" text NOT NULL, "amount" numeric(20,2), "currency" text, "notes" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_outcomes_amount_not_negative" CHECK ("amount" IS NULL OR "amount" >= 0), CONSTRAINT "meeting_outcomes_amount_with_currency" CHECK (("amount" IS NULL) = ("currency" IS NULL)), CONSTRAINT "meeting_outcomes_result_known" CHECK ("result" IN ('no_interest', 'follow_up', 'term_sheet', 'deal')), CONSTRAINT "PK_c201c6f536382b60c59c03fa4e5" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "meeting_participants" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "edition_id" uuid NOT NULL, "slot_id" uuid, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_1bb0b6aa22bca1e77bfcafb6c38" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "meeting_participants_user_edition_idx" ON "meeting_participants"  ("user_id", "edition_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_participants_one_per_slot" ON "meeting_participants"  ("user_id", "slot_id") WHERE "active" AND "slot_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "meeting_windows" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "slot_minutes" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "break_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "table_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "pending_request_cap" integer NOT NULL DEFAULT '20'`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "request_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "editions" ADD "registration_approval" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "editions" ADD CONSTRAINT "editions_pending_request_cap_positive" CHECK ("pending_request_cap" >= 1)`);
    await queryRunner.query(`ALTER TABLE "editions" ADD CONSTRAINT "editions_table_count_range" CHECK ("table_count" BETWEEN 0 AND 500)`);
    await queryRunner.query(`ALTER TABLE "editions" ADD CONSTRAINT "editions_break_minutes_range" CHECK ("break_minutes" BETWEEN 0 AND 120)`);
    await queryRunner.query(`ALTER TABLE "editions" ADD CONSTRAINT "editions_slot_minutes_range" CHECK ("slot_minutes" BETWEEN 5 AND 240)`);
    await queryRunner.query(`ALTER TABLE "meeting_tables" ADD CONSTRAINT "meeting_tables_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "registrations_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_opportunities" ADD CONSTRAINT "registration_opportunities_registration_fk" FOREIGN KEY ("edition_id", "user_id") REFERENCES "registrations"("edition_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_opportunities" ADD CONSTRAINT "registration_opportunities_opportunity_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "slots" ADD CONSTRAINT "slots_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unavailabilities" ADD CONSTRAINT "unavailabilities_slot_fk" FOREIGN KEY ("slot_id", "edition_id") REFERENCES "slots"("id","edition_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unavailabilities" ADD CONSTRAINT "unavailabilities_registration_fk" FOREIGN KEY ("edition_id", "user_id") REFERENCES "registrations"("edition_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_feeds" ADD CONSTRAINT "agenda_feeds_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_sender_registration_fk" FOREIGN KEY ("edition_id", "from_user_id") REFERENCES "registrations"("edition_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_recipient_registration_fk" FOREIGN KEY ("edition_id", "to_user_id") REFERENCES "registrations"("edition_id","user_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_opportunity_fk" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_proposed_slot_fk" FOREIGN KEY ("proposed_slot_id") REFERENCES "slots"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_request_fk" FOREIGN KEY ("request_id") REFERENCES "meeting_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_fk" FOREIGN KEY ("slot_id", "edition_id") REFERENCES "slots"("id","edition_id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "meetings_table_fk" FOREIGN KEY ("table_id", "edition_id") REFERENCES "meeting_tables"("id","edition_id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_events" ADD CONSTRAINT "meeting_events_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_events" ADD CONSTRAINT "meeting_events_actor_fk" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_registration_fk" FOREIGN KEY ("edition_id", "user_id") REFERENCES "registrations"("edition_id","user_id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_slot_fk" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    // Added by hand: what TypeORM cannot declare. See modules/meetings/README.md for the invariants.
    // At most one request per pair waits for an answer, whichever of the two sent it.
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_requests_one_pending_per_pair" ON "meeting_requests" ("edition_id", least("from_user_id", "to_user_id"), greatest("from_user_id", "to_user_id")) WHERE "status" = 'pending'`);
    // meeting_participants copies its meeting's slot and state, so "one meeting per participant per slot"
    // is the plain partial unique index meeting_participants_one_per_slot; and it refuses a slot the
    // participant marked unavailable. The advisory lock on (user, slot) is shared with the trigger on
    // unavailabilities, so a booking and an availability change racing for one slot cannot both win.
    await queryRunner.query(`CREATE FUNCTION "meeting_participants_before_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.edition_id, m.slot_id, m.status <> 'cancelled' INTO NEW.edition_id, NEW.slot_id, NEW.active FROM meetings m WHERE m.id = NEW.meeting_id;
  IF NEW.active AND NEW.slot_id IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.user_id::text || '/' || NEW.slot_id::text, 0));
    IF EXISTS (SELECT 1 FROM unavailabilities u WHERE u.user_id = NEW.user_id AND u.slot_id = NEW.slot_id) THEN
      RAISE EXCEPTION 'participant % marked slot % unavailable', NEW.user_id, NEW.slot_id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'meeting_participants_slot_available', TABLE = 'meeting_participants', DETAIL = NEW.user_id::text;
    END IF;
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "meeting_participants_before_write" BEFORE INSERT OR UPDATE ON "meeting_participants" FOR EACH ROW EXECUTE FUNCTION "meeting_participants_before_write"()`);
    // Placing, moving, unplacing or cancelling a meeting moves its participants with it, in the same statement.
    await queryRunner.query(`CREATE FUNCTION "meetings_sync_participants"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_participants SET slot_id = NEW.slot_id, active = NEW.status <> 'cancelled' WHERE meeting_id = NEW.id;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "meetings_sync_participants" AFTER UPDATE OF "slot_id", "status" ON "meetings" FOR EACH ROW WHEN (OLD.slot_id IS DISTINCT FROM NEW.slot_id OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')) EXECUTE FUNCTION "meetings_sync_participants"()`);
    // A slot where the participant already has a meeting cannot be marked unavailable.
    await queryRunner.query(`CREATE FUNCTION "unavailabilities_before_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(NEW.user_id::text || '/' || NEW.slot_id::text, 0));
  IF EXISTS (SELECT 1 FROM meeting_participants p WHERE p.user_id = NEW.user_id AND p.slot_id = NEW.slot_id AND p.active) THEN
    RAISE EXCEPTION 'participant % has a meeting in slot %', NEW.user_id, NEW.slot_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'unavailabilities_slot_free', TABLE = 'unavailabilities', DETAIL = NEW.slot_id::text;
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "unavailabilities_before_write" BEFORE INSERT OR UPDATE ON "unavailabilities" FOR EACH ROW EXECUTE FUNCTION "unavailabilities_before_write"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "unavailabilities_before_write" ON "unavailabilities"`);
    await queryRunner.query(`DROP FUNCTION "unavailabilities_before_write"()`);
    await queryRunner.query(`DROP TRIGGER "meetings_sync_participants" ON "meetings"`);
    await queryRunner.query(`DROP FUNCTION "meetings_sync_participants"()`);
    await queryRunner.query(`DROP TRIGGER "meeting_participants_before_write" ON "meeting_participants"`);
    await queryRunner.query(`DROP FUNCTION "meeting_participants_before_write"()`);
    await queryRunner.query(`DROP INDEX "public"."meeting_requests_one_pending_per_pair"`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" DROP CONSTRAINT "meeting_participants_slot_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" DROP CONSTRAINT "meeting_participants_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_participants" DROP CONSTRAINT "meeting_participants_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_outcomes" DROP CONSTRAINT "meeting_outcomes_user_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_outcomes" DROP CONSTRAINT "meeting_outcomes_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_events" DROP CONSTRAINT "meeting_events_actor_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_events" DROP CONSTRAINT "meeting_events_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_table_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_slot_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_request_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_edition_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" DROP CONSTRAINT "meeting_requests_proposed_slot_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" DROP CONSTRAINT "meeting_requests_opportunity_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" DROP CONSTRAINT "meeting_requests_recipient_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" DROP CONSTRAINT "meeting_requests_sender_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_requests" DROP CONSTRAINT "meeting_requests_edition_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_feeds" DROP CONSTRAINT "agenda_feeds_user_fk"`);
    await queryRunner.query(`ALTER TABLE "unavailabilities" DROP CONSTRAINT "unavailabilities_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "unavailabilities" DROP CONSTRAINT "unavailabilities_slot_fk"`);
    await queryRunner.query(`ALTER TABLE "slots" DROP CONSTRAINT "slots_edition_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_opportunities" DROP CONSTRAINT "registration_opportunities_opportunity_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_opportunities" DROP CONSTRAINT "registration_opportunities_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "registrations_user_fk"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "registrations_edition_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_tables" DROP CONSTRAINT "meeting_tables_edition_fk"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP CONSTRAINT "editions_slot_minutes_range"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP CONSTRAINT "editions_break_minutes_range"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP CONSTRAINT "editions_table_count_range"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP CONSTRAINT "editions_pending_request_cap_positive"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "registration_approval"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "request_deadline"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "pending_request_cap"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "table_count"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "break_minutes"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "slot_minutes"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP COLUMN "meeting_windows"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_participants_one_per_slot"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_participants_user_edition_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_participants"`);
    await queryRunner.query(`DROP TABLE "meeting_outcomes"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_events_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_events"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_one_per_table_per_slot"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_edition_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_request_unique"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_requests_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_requests_sender_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_requests_opportunity_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_requests"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_feeds_token_hash_unique"`);
    await queryRunner.query(`DROP TABLE "agenda_feeds"`);
    await queryRunner.query(`DROP TABLE "unavailabilities"`);
    await queryRunner.query(`DROP INDEX "public"."slots_edition_idx"`);
    await queryRunner.query(`DROP TABLE "slots"`);
    await queryRunner.query(`DROP INDEX "public"."registration_opportunities_opportunity_idx"`);
    await queryRunner.query(`DROP TABLE "registration_opportunities"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_user_idx"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TABLE "meeting_tables"`);
  }
}
