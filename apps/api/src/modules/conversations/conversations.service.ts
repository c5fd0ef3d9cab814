import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONVERSATION_MESSAGES_PER_MINUTE, type ConversationMessage, type ListConversationMessagesQuery, type Page } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { queryRows } from '../editions/database.js';
import { assertUuid } from '../editions/editions.service.js';
import { RealtimeBroadcaster } from '../realtime/realtime-broadcaster.js';
import { CONVERSATION_MESSAGES } from './conversations.messages.js';

const RATE_WINDOW_SECONDS = 60;
const messageCursorSchema = z.object({ at: z.string(), id: z.uuid() });

interface MessageRow {
  id: string;
  request_id: string;
  author_id: string;
  body: string;
  created_at: Date;
  cursor_at: string;
}

const MESSAGE_COLUMNS = `id, request_id, author_id, body, created_at, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

/**
 * The private thread of a meeting request: only its two participants read and write it (anyone
 * else, organisers included, is told it does not exist). Messages are stored, then pushed live as
 * `conversation.message` to both people's sockets. Each person may post a limited number of
 * messages per minute, counted in the database under a per-person lock so instances agree.
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broadcaster: RealtimeBroadcaster,
  ) {}

  async list(requestId: string, caller: AuthUser, query: ListConversationMessagesQuery): Promise<Page<ConversationMessage>> {
    await this.participantsOrNotFound(requestId, caller);
    const cursor = decodeCursor(query.cursor, messageCursorSchema);
    const rows = await queryRows<MessageRow>(
      this.dataSource.manager,
      `SELECT ${MESSAGE_COLUMNS} FROM conversation_messages
        WHERE request_id = $1 ${cursor ? 'AND (created_at, id) > ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY created_at, id LIMIT $2`,
      cursor ? [requestId, query.limit + 1, cursor.at, cursor.id] : [requestId, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { items: page.map(toMessageView), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.cursor_at, id: last.id }) : null };
  }

  async post(requestId: string, caller: AuthUser, body: string): Promise<ConversationMessage> {
    const participants = await this.participantsOrNotFound(requestId, caller);
    const message = await this.dataSource.transaction(async (tx) => {
      // One writer per person at a time, so the count below is exact across instances.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('conversation_messages:' || $1))`, [caller.id]);
      const [recent] = await queryRows<{ count: number; retry_after: number | null }>(
        tx,
        `SELECT count(*)::int AS count, ceil(extract(epoch FROM min(created_at) + make_interval(secs => $2) - now()))::int AS retry_after
           FROM conversation_messages WHERE author_id = $1 AND created_at > now() - make_interval(secs => $2)`,
        [caller.id, RATE_WINDOW_SECONDS],
      );
      if (recent.count >= CONVERSATION_MESSAGES_PER_MINUTE) {
        const seconds = Math.max(1, recent.retry_after ?? RATE_WINDOW_SECONDS);
        throw new DomainException(429, CONVERSATION_MESSAGES['conversation.rate_limited'], { params: { seconds }, extra: { retryAfterSeconds: seconds } });
      }
      const [row] = await queryRows<MessageRow>(
        tx,
        `INSERT INTO conversation_messages (request_id, author_id, body) VALUES ($1, $2, $3) RETURNING ${MESSAGE_COLUMNS}`,
        [requestId, caller.id, body],
      );
      return toMessageView(row);
    });
    this.broadcaster.toUser(participants, 'conversation.message', message);
    return message;
  }

  /** The request's two participants, if the caller is one of them. */
  private async participantsOrNotFound(requestId: string, caller: AuthUser): Promise<[string, string]> {
    assertUuid(requestId, () => this.notFound());
    const [request] = await queryRows<{ from_user_id: string; to_user_id: string }>(
      this.dataSource.manager,
      'SELECT from_user_id, to_user_id FROM meeting_requests WHERE id = $1 AND $2 IN (from_user_id, to_user_id)',
      [requestId, caller.id],
    );
    if (!request) this.notFound();
    return [request.from_user_id, request.to_user_id];
  }

  private notFound(): never {
    throw new DomainException(404, CONVERSATION_MESSAGES['conversation.not_found']);
  }
}

function toMessageView(row: MessageRow): ConversationMessage {
  return { id: row.id, requestId: row.request_id, authorId: row.author_id, body: row.body, createdAt: row.created_at.toISOString() };
}
