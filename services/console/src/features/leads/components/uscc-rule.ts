import { checkUscc } from '@ia/reference';
import type { Translate } from '../../../lib/i18n/i18n';

/**
 * The form's check of a USCC as it is typed: the same GB 32100 function the server runs, imported from the
 * shared reference library. An empty code is allowed: not every lead knows it yet.
 */
export function usccRule(t: Translate) {
  return {
    validator: (_rule: unknown, value: string | undefined) => {
      if (value === undefined || value.trim() === '') return Promise.resolve();
      const check = checkUscc(value);
      return check.valid ? Promise.resolve() : Promise.reject(new Error(t(`uscc.${check.reason}`)));
    },
  };
}
