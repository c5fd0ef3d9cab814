import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isZodDtoClass } from './zod-dto.js';
import { ValidationFailedException } from './api-exceptions.js';

/**
 * The global pipe: every body, query or param typed with a zod DTO is parsed by its schema.
 * Unknown fields are refused by the schemas themselves (strict objects).
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom' || !isZodDtoClass(metadata.metatype)) return value;
    // A missing body arrives as undefined; parse it as {} so each required field is named.
    const input = metadata.type === 'body' && (value === undefined || value === null) ? {} : value;
    const result = metadata.metatype.zodSchema.safeParse(input, { reportInput: true });
    if (!result.success) throw new ValidationFailedException(result.error.issues);
    return result.data;
  }
}
