import 'reflect-metadata';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module.js';
import { buildOpenApiDocument } from './common/openapi.js';
import type { AppConfig } from './config/app-config.js';

export const GLOBAL_PREFIX = 'api';
// Large enough for any form (a 100 KB field is refused by its schema with a 400 naming it),
// small enough that nobody streams megabytes at us.
const BODY_LIMIT_BYTES = 512 * 1024;

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[] | false> = {
  silent: false,
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** The Nest application on Fastify, fully configured, not yet listening. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: LOG_LEVELS[config.logLevel],
    bufferLogs: false,
  });
  app.setGlobalPrefix(GLOBAL_PREFIX);
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: false });

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await app.register(helmet as never, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        // The web app's service worker (/sw.js, same origin) keeps the app shell for offline reloads.
        workerSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Off: a venue may serve Serumpun over plain HTTP on its LAN, where upgrading breaks every asset.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // The API speaks JSON only; anything else with a body is refused before parsing.
  fastify.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(`/${GLOBAL_PREFIX}/`) || !['POST', 'PUT', 'PATCH'].includes(request.method)) return;
    const type = request.headers['content-type'];
    if (type !== undefined && !/^application\/json\b/i.test(type)) {
      throw Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
    }
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    reply.removeHeader('x-powered-by');
  });
  const document = buildOpenApiDocument(app, GLOBAL_PREFIX);
  SwaggerModule.setup(`${GLOBAL_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${GLOBAL_PREFIX}/docs-json` });

  await serveWebApp(fastify, config.webDist);
  return app;
}

/**
 * The built web app at `/`: hashed assets cached for a year, `index.html` never cached, and every
 * client route (`/opportunities`, `/editions/…`) answered with `index.html` so deep links work.
 */
async function serveWebApp(fastify: FastifyInstance, webDist: string | null): Promise<void> {
  const indexFile = webDist ? join(webDist, 'index.html') : null;
  if (webDist && indexFile && existsSync(indexFile)) {
    await fastify.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      // Everything but hashed assets is `no-cache`, sw.js included: browsers then check for a new
      // service worker on every visit, so a deployment takes over instead of an old app lingering.
      setHeaders: (res, path) => {
        res.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith(`/${GLOBAL_PREFIX}/`) || request.url === `/${GLOBAL_PREFIX}`) {
      return reply.callNotFound();
    }
    if (!indexFile || !existsSync(indexFile)) {
      return reply.type('text/plain; charset=utf-8').send('Serumpun API is running. The web app is not built: run `npm run build`.');
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  };
  fastify.get('/', sendIndex);
  fastify.get('/*', sendIndex);
}
