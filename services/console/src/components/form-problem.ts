import type { FormInstance } from 'antd';
import { ApiProblem, type FieldProblem } from '../lib/api/problem';
import { problemText } from './problem-alert';

/**
 * Puts a refusal next to the fields it names (`errors[].field`), with its title and code; answers whether
 * any field took it, so the form shows the problem above itself otherwise.
 */
export function showProblemOnFields(form: FormInstance, error: unknown, english: boolean): boolean {
  if (!(error instanceof ApiProblem)) return false;
  const names = new Set<string>(Object.keys({ ...(form.getFieldsValue() as object), ...(form.getFieldsValue(true) as object) }));
  const fields = error.errors
    .map((problem) => ({ name: problem.field.split('.'), problem }))
    .filter(({ name }) => names.has(name[0] ?? ''))
    .map(({ name, problem }) => ({
      name,
      errors: [`${fieldText(problem, error, english)} (${problem.code || error.code})`],
    }));
  const field = error.extra['field'];
  if (fields.length === 0 && typeof field === 'string' && names.has(field)) {
    fields.push({ name: [field], errors: [`${problemText(error, english)} (${error.code})`] });
  }
  form.setFields(fields);
  return fields.length > 0;
}

/** A field's own title in Chinese when it has one, else the refusal's title with the field's English detail. */
function fieldText(problem: FieldProblem, error: ApiProblem, english: boolean): string {
  if (english) return problem.detail || problem.title || error.detail;
  if (problem.title) return problem.title;
  return problem.detail ? `${error.title}：${problem.detail}` : error.title;
}
