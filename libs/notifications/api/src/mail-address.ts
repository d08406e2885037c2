import { ValidateBy, type ValidationOptions } from 'class-validator';

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/u;
const LONE_SURROGATE = /\p{Cs}/u;

/** An e-mail address: validator's own check throws on text that is not well-formed UTF-16, which must answer 400, not 500. */
export const IsMailAddress = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isMailAddress',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length <= 200 && !LONE_SURROGATE.test(value) && ADDRESS.test(value),
        defaultMessage: () => '$property must be an e-mail address',
      },
    },
    options,
  );
