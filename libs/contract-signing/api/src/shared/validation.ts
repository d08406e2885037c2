import { Matches, ValidateIf } from 'class-validator';

/** Optional means absent: an explicit null is validated, and refused, like any other wrong value. */
export const Absent = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const IsCode = () => Matches(CODE_PATTERN, { message: '$property must be 1 to 64 letters, digits, - or _' });
