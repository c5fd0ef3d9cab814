import { z } from 'zod';

/** Notification types: those of API.md plus the ones the meetings context also raises. */
export const NOTIFICATION_TYPES = [
  'meeting_request.received',
  'meeting_request.accepted',
  'meeting_request.declined',
  'meeting_request.cancelled',
  'meeting.scheduled',
  'meeting.rescheduled',
  'meeting.unplaced',
  'meeting.cancelled',
  'schedule.published',
  'match.new',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  type: z.enum(NOTIFICATION_TYPES),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/notifications?after=&limit=`: newest first; `after` is the id of the last one seen. */
export const listNotificationsQuerySchema = z.strictObject({
  after: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationsPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().min(0),
});
export type NotificationsPage = z.infer<typeof notificationsPageSchema>;

/** `POST /api/notifications/read`: the ids to mark read, or none to mark everything read. */
export const markNotificationsReadSchema = z.strictObject({
  ids: z.array(z.uuid()).max(500).optional(),
});
export type MarkNotificationsRead = z.input<typeof markNotificationsReadSchema>;
