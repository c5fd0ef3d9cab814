import type { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

/** How long start-up waits for Redis before serving anyway (the clients keep reconnecting). */
const CONNECT_WAIT_MS = 5_000;
/** How long shutdown lets the clients say goodbye before cutting them. */
const CLOSE_WAIT_MS = 2_000;

export interface RedisLink {
  adapter: ReturnType<typeof createAdapter>;
  /** Both connections are up: what this instance publishes reaches the others, and theirs reach it. */
  isReady(): boolean;
  /** Called each time both connections are up again after one of them was lost. */
  onReady(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * The socket.io Redis adapter on two node-redis clients (publish, subscribe), made safe for an outage:
 * - start-up waits a few seconds for Redis, then serves anyway (the subscriptions are queued and
 *   sent once Redis answers), so an API never hangs at boot because Redis is down;
 * - the adapter fires `publish` without handling its promise: a publish that fails (Redis gone) is
 *   caught and logged here instead of being an unhandled rejection, which would end the process;
 * - the publisher has no offline queue, so an outage does not pile up live events in memory;
 * - one log line when Redis is lost and one when it is back, not one per reconnection attempt;
 * - shutdown closes the clients politely if Redis is there and cuts them otherwise (a polite close
 *   waits for a reconnection that may never come).
 */
export async function connectRedisAdapter(url: string, logger: Logger): Promise<RedisLink> {
  const publisher = createClient({ url, disableOfflineQueue: true });
  const subscriber = createClient({ url });
  const listeners: Array<() => void> = [];
  let lost = false;
  let closing = false;

  const onError = (role: string) => (error: unknown) => {
    if (closing || lost) return;
    lost = true;
    logger.error(`redis ${role} connection lost (${error instanceof Error ? error.message : String(error)}): live events stay on this instance until it is back`);
  };
  const onReady = () => {
    if (closing || !publisher.isReady || !subscriber.isReady) return;
    if (lost) logger.log('redis is back: live events cross instances again');
    lost = false;
    for (const listener of listeners) listener();
  };
  publisher.on('error', onError('publish'));
  subscriber.on('error', onError('subscribe'));
  publisher.on('ready', onReady);
  subscriber.on('ready', onReady);

  // The adapter calls these without handling their promises.
  guard(publisher, ['publish'], logger, () => closing);
  guard(subscriber, ['subscribe', 'pSubscribe', 'unsubscribe', 'pUnsubscribe'], logger, () => closing);

  // connect() keeps retrying until Redis answers (it rejects only when the client is destroyed).
  const connected = Promise.all([publisher.connect(), subscriber.connect()]).then(
    () => true,
    () => false,
  );
  let timer: NodeJS.Timeout | undefined;
  const waited = await Promise.race([connected, new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS)))]);
  clearTimeout(timer);
  if (!waited) {
    lost = true;
    logger.error(`redis at ${new URL(url).host} does not answer: serving anyway, live events stay on this instance until it does`);
  }

  return {
    adapter: createAdapter(publisher, subscriber),
    isReady: () => publisher.isReady && subscriber.isReady,
    onReady: (listener) => listeners.push(listener),
    close: async () => {
      closing = true;
      await Promise.all(
        [publisher, subscriber].map(async (client) => {
          if (!client.isOpen) return;
          if (!client.isReady) return client.destroy();
          let cut: NodeJS.Timeout | undefined;
          await Promise.race([client.close().catch(() => undefined), new Promise((resolve) => (cut = setTimeout(resolve, CLOSE_WAIT_MS)))]);
          clearTimeout(cut);
          if (client.isOpen) client.destroy();
        }),
      );
    },
  };
}

/** Replaces each method with one that returns the same promise, with its rejection logged instead of unhandled. */
function guard<C extends object>(client: C, methods: ReadonlyArray<keyof C & string>, logger: Logger, closing: () => boolean): void {
  for (const name of methods) {
    const original = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client);
    Object.assign(client, {
      [name]: (...args: unknown[]) => {
        const result = original(...args);
        result.catch((error: unknown) => {
          if (!closing()) logger.warn(`redis ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        });
        return result;
      },
    });
  }
}
