import { agendaSchema, editionSchema, meetingSchema, meetingTableSchema, registrationSchema, slotSchema } from '@serumpun/shared';
import type { QueryKey } from '@tanstack/react-query';
import { z } from 'zod';

/**
 * The only queries saved on the device for offline use: what a participant needs at the venue when
 * the Wi-Fi is gone (their agenda, their meetings, the edition, its slots and tables, their
 * registration, the list of editions to find it). Each comes with the schema its saved copy must
 * still match when read back (a deployment may have changed the shape), and a rank: when the copy
 * outgrows its cap, the lowest ranks are dropped first.
 */
interface SavedQueryKind {
  name: string;
  matches: (key: QueryKey) => boolean;
  schema: z.ZodType;
  rank: number;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 100;
const editionPart = (part: string) => (key: QueryKey) => key.length === 3 && key[0] === 'editions' && isId(key[1]) && key[2] === part;

const SAVED_QUERY_KINDS: readonly SavedQueryKind[] = [
  { name: 'agenda', matches: (key) => key.length === 2 && key[0] === 'agenda' && isId(key[1]), schema: agendaSchema, rank: 0 },
  { name: 'registration', matches: editionPart('registration'), schema: registrationSchema.nullable(), rank: 1 },
  { name: 'edition', matches: (key) => key.length === 2 && key[0] === 'editions' && isId(key[1]), schema: editionSchema, rank: 2 },
  { name: 'meetings', matches: editionPart('meetings'), schema: z.array(meetingSchema), rank: 3 },
  { name: 'slots', matches: editionPart('slots'), schema: z.array(slotSchema), rank: 4 },
  { name: 'tables', matches: editionPart('tables'), schema: z.array(meetingTableSchema), rank: 5 },
  {
    name: 'editions',
    matches: (key) => key.length === 1 && key[0] === 'editions',
    schema: z.object({ items: z.array(editionSchema), nextCursor: z.string().nullable() }),
    rank: 6,
  },
];

function kindOf(key: QueryKey): SavedQueryKind | undefined {
  return SAVED_QUERY_KINDS.find((kind) => kind.matches(key));
}

/** Whether a query is one of those kept for offline use. */
export function isSavedQueryKey(key: QueryKey): boolean {
  return kindOf(key) !== undefined;
}

/** Lower is more important; `Infinity` for a query that is never saved. */
export function savedQueryRank(key: QueryKey): number {
  return kindOf(key)?.rank ?? Number.POSITIVE_INFINITY;
}

/** Whether saved data still has the shape its query's answers have today. */
export function isValidSavedData(key: QueryKey, data: unknown): boolean {
  const kind = kindOf(key);
  return kind !== undefined && kind.schema.safeParse(data).success;
}
