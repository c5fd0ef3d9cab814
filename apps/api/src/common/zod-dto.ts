import type { z } from 'zod';

/** A class that carries a zod schema, so `@Body() body: RegisterDto` is validated and documented. */
export interface ZodDtoClass<Schema extends z.ZodType = z.ZodType> {
  new (): z.output<Schema>;
  readonly zodSchema: Schema;
}

/**
 * Makes a DTO class from a schema of `packages/shared`: the global validation pipe parses bodies
 * and queries with the schema, and the OpenAPI document shows its JSON Schema. Types are never
 * hand-copied.
 */
export function createZodDto<Schema extends z.ZodType>(schema: Schema): ZodDtoClass<Schema> {
  class ZodDto {
    static readonly zodSchema = schema;
  }
  return ZodDto as unknown as ZodDtoClass<Schema>;
}

export function isZodDtoClass(value: unknown): value is ZodDtoClass {
  return typeof value === 'function' && 'zodSchema' in value;
}
