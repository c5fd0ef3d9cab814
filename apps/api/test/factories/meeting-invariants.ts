import type { TestApp } from '../support/test-app.js';

export interface InvariantViolations {
  /** A participant in two live meetings in one slot. */
  doubleBooked: unknown[];
  /** Two live meetings at one table in one slot. */
  sharedTables: unknown[];
  /** A live meeting in a slot one of its participants marked unavailable. */
  inUnavailable: unknown[];
  /** A participant row whose copied slot or state disagrees with its meeting. */
  outOfSync: unknown[];
  /** A placed meeting whose slot or table belongs to another edition. */
  crossEdition: unknown[];
}

export const NO_VIOLATIONS: InvariantViolations = { doubleBooked: [], sharedTables: [], inUnavailable: [], outOfSync: [], crossEdition: [] };

/** Every invariant of API.md, read straight from the tables of one edition. */
export async function invariantViolations(t: TestApp, editionId: string): Promise<InvariantViolations> {
  const [doubleBooked, sharedTables, inUnavailable, outOfSync, crossEdition] = await Promise.all([
    t.sql(
      `SELECT p.user_id, m.slot_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
        WHERE m.edition_id = $1 AND m.status <> 'cancelled' AND m.slot_id IS NOT NULL GROUP BY p.user_id, m.slot_id HAVING count(*) > 1`,
      [editionId],
    ),
    t.sql(
      `SELECT slot_id, table_id FROM meetings WHERE edition_id = $1 AND status <> 'cancelled' AND slot_id IS NOT NULL GROUP BY slot_id, table_id HAVING count(*) > 1`,
      [editionId],
    ),
    t.sql(
      `SELECT p.user_id, m.slot_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
         JOIN unavailabilities u ON u.user_id = p.user_id AND u.slot_id = m.slot_id
        WHERE m.edition_id = $1 AND m.status <> 'cancelled'`,
      [editionId],
    ),
    t.sql(
      `SELECT p.meeting_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
        WHERE m.edition_id = $1 AND (p.slot_id IS DISTINCT FROM m.slot_id OR p.active <> (m.status <> 'cancelled') OR p.edition_id <> m.edition_id)`,
      [editionId],
    ),
    t.sql(
      `SELECT m.id FROM meetings m LEFT JOIN slots s ON s.id = m.slot_id LEFT JOIN meeting_tables tb ON tb.id = m.table_id
        WHERE m.edition_id = $1 AND m.slot_id IS NOT NULL AND (s.edition_id <> m.edition_id OR tb.edition_id <> m.edition_id)`,
      [editionId],
    ),
  ]);
  return { doubleBooked, sharedTables, inUnavailable, outOfSync, crossEdition };
}
