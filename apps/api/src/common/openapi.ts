import { RequestMethod, SetMetadata, type INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { isZodDtoClass, type ZodDtoClass } from './zod-dto.js';

const ROUTE_ARGS_METADATA = '__routeArguments__';
const ZOD_RESPONSE = 'serumpun:zod-response';
// Nest's RouteParamtypes: BODY = 3, QUERY = 4.
const BODY_PARAM = 3;
const QUERY_PARAM = 4;

interface ZodResponseMetadata {
  schema: z.ZodType;
  name: string;
}

/** Documents a route's 200 answer with a shared zod schema, so the document shows what the web parses. */
export const ZodResponse = (schema: z.ZodType, name: string) => SetMetadata(ZOD_RESPONSE, { schema, name } satisfies ZodResponseMetadata);

/**
 * Builds the OpenAPI document from the controllers, then fills in every request body and query
 * from the zod schemas of `packages/shared`, so the document cannot drift from the validation.
 */
export function buildOpenApiDocument(app: INestApplication, globalPrefix: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Serumpun API')
    .setDescription('Investment matchmaking for the Borneo Intra-Regional Dialogue. Errors follow one shape: { statusCode, error, message, details[] }.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  for (const route of zodRoutes(app, globalPrefix)) {
    const operation = document.paths[route.path]?.[route.method];
    if (!operation) continue;
    if (route.body) {
      const name = route.body.name;
      document.components ??= {};
      document.components.schemas ??= {};
      document.components.schemas[name] = jsonSchemaOf(route.body, 'input') as never;
      operation.requestBody = { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } };
    }
    if (route.response) {
      const { name, schema } = route.response;
      document.components ??= {};
      document.components.schemas ??= {};
      const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
      document.components.schemas[name] = json as never;
      operation.responses = { ...operation.responses, '200': { description: name, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } };
    }
    if (route.query) {
      const schema = jsonSchemaOf(route.query, 'input') as { properties?: Record<string, object>; required?: string[] };
      const fromSchema = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
        name,
        in: 'query' as const,
        required: schema.required?.includes(name) ?? false,
        schema: property,
      }));
      operation.parameters = [...(operation.parameters ?? []).filter((p) => !('in' in p) || p.in !== 'query'), ...fromSchema];
    }
  }
  return document;
}

function jsonSchemaOf(dto: ZodDtoClass, io: 'input' | 'output'): object {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(dto.zodSchema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return schema;
}

interface ZodRoute {
  path: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  body?: ZodDtoClass;
  query?: ZodDtoClass;
  response?: ZodResponseMetadata;
}

function zodRoutes(app: INestApplication, globalPrefix: string): ZodRoute[] {
  const routes: ZodRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const controllerPath = String(Reflect.getMetadata('path', controller) ?? '');
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const methodPath = Reflect.getMetadata('path', handler) as string | undefined;
        const requestMethod = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
        if (methodPath === undefined || requestMethod === undefined) continue;
        const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype, key) ?? []) as unknown[];
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, key) ?? {}) as Record<string, { index: number }>;
        const route: ZodRoute = { path: openApiPath(globalPrefix, controllerPath, methodPath), method: httpMethod(requestMethod) };
        for (const [argKey, { index }] of Object.entries(args)) {
          const type = paramTypes[index];
          if (!isZodDtoClass(type)) continue;
          const paramType = Number(argKey.split(':')[0]);
          if (paramType === BODY_PARAM) route.body = type;
          if (paramType === QUERY_PARAM) route.query = type;
        }
        route.response = Reflect.getMetadata(ZOD_RESPONSE, handler) as ZodResponseMetadata | undefined;
        if (route.body || route.query || route.response) routes.push(route);
      }
    }
  }
  return routes;
}

function openApiPath(...parts: string[]): string {
  const joined = '/' + parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return joined.replace(/:(\w+)/g, '{$1}');
}

function httpMethod(method: RequestMethod): ZodRoute['method'] {
  switch (method) {
    case RequestMethod.POST:
      return 'post';
    case RequestMethod.PUT:
      return 'put';
    case RequestMethod.PATCH:
      return 'patch';
    case RequestMethod.DELETE:
      return 'delete';
    default:
      return 'get';
  }
}
