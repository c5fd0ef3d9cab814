import { z } from 'zod';
import { type Notification } from '../notifications/notification.schemas.js';

// The socket.io contract shared by the API gateway and the web client (API.md, "Notifications and
// realtime"). Both sides type their `Server` / `Socket` with these maps, so an event renamed on one
// side fails to compile on the other.

/** What the client sends in the handshake (`io(url, { auth })`); re-sent on every reconnect. */
export interface RealtimeHandshakeAuth {
  token: string;
  /** Id of the newest notification the client has seen: the server replays what came after it, in order. */
  lastNotificationId?: string;
}

export const CONVERSATION_MESSAGE_MAX_LENGTH = 1000;

/** A message in a meeting request's conversation between its two participants. */
export const conversationMessageSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  authorId: z.uuid(),
  body: z.string(),
  createdAt: z.string(),
});
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;

/** `POST /api/meeting-requests/:id/messages`. */
export const postConversationMessageSchema = z.strictObject({
  body: z.string().trim().min(1).max(CONVERSATION_MESSAGE_MAX_LENGTH),
});
export type PostConversationMessage = z.input<typeof postConversationMessageSchema>;

/** `GET /api/meeting-requests/:id/messages?cursor=&limit=`: oldest first; `nextCursor` pages on to newer ones. */
export const listConversationMessagesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListConversationMessagesQuery = z.infer<typeof listConversationMessagesQuerySchema>;

/** Messages one person may post per minute, over all their conversations (429 with Retry-After beyond). */
export const CONVERSATION_MESSAGES_PER_MINUTE = 20;

export interface ScheduleRunProgress {
  runId: string;
  editionId: string;
  progress: number;
  status: 'queued' | 'running' | 'done' | 'failed';
}

export interface ServerToClientEvents {
  /** A stored notification for this user (live, or replayed after a reconnect). */
  notification: (notification: Notification) => void;
  /** A new message in a conversation the user takes part in. */
  'conversation.message': (message: ConversationMessage) => void;
  /** Organisers of the edition: a schedule run moved on. */
  'schedule_run.progress': (progress: ScheduleRunProgress) => void;
}

export interface RoomJoinAck {
  ok: boolean;
}

export interface ClientToServerEvents {
  /** An organiser asks to follow one edition's room; anyone else gets `{ ok: false }` and no events. */
  'edition.subscribe': (payload: { editionId: string }, ack: (result: RoomJoinAck) => void) => void;
}

export type { Notification as RealtimeNotification };
