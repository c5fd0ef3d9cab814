import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import { NotificationMailer } from './notification-mailer.js';
import { RealtimeBroadcaster } from './realtime-broadcaster.js';
import { RealtimeServer } from './realtime.server.js';

/**
 * socket.io gateway, outbox dispatcher and optional email. Global, so any context can inject
 * `RealtimeBroadcaster` (`toUser`, `toEdition`) without importing this module.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [RealtimeServer, RealtimeBroadcaster, NotificationDispatcher, NotificationMailer],
  exports: [RealtimeBroadcaster, NotificationDispatcher, NotificationMailer],
})
export class RealtimeModule {}
