import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@serumpun/shared';
import { RealtimeServer } from './realtime.server.js';
import { editionRoom, userRoom, type NotificationDelivery } from './realtime.types.js';

type EventName = keyof ServerToClientEvents;
type EventPayload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/** Deliveries per inter-instance message: small enough to fit PostgreSQL's NOTIFY payload most of the time. */
const DELIVERY_CHUNK = 16;

/**
 * How any context pushes a typed event to people, on whichever API instance their sockets are:
 * `toUser(userId, 'conversation.message', message)`, `toEdition(editionId, 'schedule_run.progress', progress)`.
 * Fire-and-forget and live only: what must not be missed is a stored notification
 * (`NotificationsService.notify` in the change's transaction), which the outbox dispatcher pushes.
 * Before the HTTP server runs (CLI, seeding) these do nothing.
 */
@Injectable()
export class RealtimeBroadcaster {
  constructor(private readonly realtime: RealtimeServer) {}

  toUser<E extends EventName>(userId: string | readonly string[], event: E, payload: EventPayload<E>): void {
    const rooms = (typeof userId === 'string' ? [userId] : [...userId]).map(userRoom);
    this.emit(rooms, event, payload);
  }

  /** Organisers who subscribed to this edition (`edition.subscribe`). */
  toEdition<E extends EventName>(editionId: string, event: E, payload: EventPayload<E>): void {
    this.emit([editionRoom(editionId)], event, payload);
  }

  /**
   * False while a notification pushed now would reach this instance's sockets only (Redis lost):
   * the dispatcher then leaves the outbox alone until {@link onNotificationsDeliverable} fires.
   */
  get canDeliverNotifications(): boolean {
    return this.realtime.reachesOtherInstances;
  }

  onNotificationsDeliverable(listener: () => void): void {
    this.realtime.onOtherInstancesReachable(listener);
  }

  /** The outbox dispatcher's path: every instance hands each notification to its owner's sockets once. */
  deliverNotifications(deliveries: readonly NotificationDelivery[]): void {
    const io = this.realtime.server;
    if (!io || deliveries.length === 0) return;
    this.realtime.deliverLocally(deliveries);
    for (let start = 0; start < deliveries.length; start += DELIVERY_CHUNK) {
      io.serverSideEmit('notifications.deliver', deliveries.slice(start, start + DELIVERY_CHUNK));
    }
  }

  private emit<E extends EventName>(rooms: string[], event: E, payload: EventPayload<E>): void {
    const io = this.realtime.server;
    if (!io || rooms.length === 0) return;
    (io.to(rooms).emit as (event: string, payload: unknown) => boolean)(event, payload);
  }
}
