import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './problem';

export class RequestValidationError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
  }
}

/** Unknown fields are refused, not silently dropped: a typo in a field name must not lose data. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
