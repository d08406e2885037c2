import type { FormInstance } from 'antd';
import { ApiProblem } from '../lib/api/problem';
import { problemText } from './problem-alert';

/**
 * Puts a refusal next to the fields it names (`errors[].field`), with its title and code; answers whether
 * any field took it, so the form shows the problem above itself otherwise.
 */
export function showProblemOnFields(form: FormInstance, error: unknown, english: boolean): boolean {
  if (!(error instanceof ApiProblem)) return false;
  const names = new Set<string>(form.getFieldsValue(true) ? Object.keys(form.getFieldsValue(true) as object) : []);
  const fields = error.errors
    .map((problem) => ({ name: problem.field.split('.'), problem }))
    .filter(({ name }) => names.has(name[0] ?? ''))
    .map(({ name, problem }) => ({
      name,
      errors: [`${(english ? problem.detail : problem.title) || problem.detail || error.title} (${problem.code || error.code})`],
    }));
  const field = error.extra['field'];
  if (fields.length === 0 && typeof field === 'string' && names.has(field)) {
    fields.push({ name: [field], errors: [`${problemText(error, english)} (${error.code})`] });
  }
  form.setFields(fields);
  return fields.length > 0;
}
