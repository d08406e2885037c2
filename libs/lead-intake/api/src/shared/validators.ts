import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { checkUscc, isValidIndustry } from '@ia/reference';

/** GB 32100-2015, check character included; lower case and full width are accepted and normalised later. */
export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUscc',
      validator: {
        validate: (value) => typeof value === 'string' && checkUscc(value).valid,
        defaultMessage: () => '$property must be a valid unified social credit code (GB 32100-2015)',
      },
    },
    options,
  );
}

/** A division of GB/T 4754-2017 that belongs to the section named by the sibling property. */
export function IsDivisionOf(sectionProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDivisionOf',
      validator: {
        validate: (value, args?: ValidationArguments) => {
          const section = (args?.object as Record<string, unknown> | undefined)?.[sectionProperty];
          return typeof value === 'string' && typeof section === 'string' && isValidIndustry(section, value);
        },
        defaultMessage: () => `$property must be a GB/T 4754-2017 division of ${sectionProperty}`,
      },
    },
    options,
  );
}

/** 'C' (a section) or 'C38' (a division of it), as park policies and list filters write industries. */
export function IsIndustryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIndustryCode',
      validator: {
        validate: (value) => typeof value === 'string' && parseIndustryCode(value) !== undefined,
        defaultMessage: () => '$property must be GB/T 4754-2017 codes such as C or C38',
      },
    },
    options,
  );
}

export function parseIndustryCode(code: string): { section: string; division?: string } | undefined {
  const match = /^([A-T])(\d{2})?$/.exec(code);
  if (!match?.[1] || !isValidIndustry(match[1], match[2])) return undefined;
  return { section: match[1], ...(match[2] !== undefined && { division: match[2] }) };
}

export const PARK_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const PERSON_ID = /^[\w.@:-]{1,64}$/;
/** A mobile number, or a landline with its area code. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
