import { Alert } from 'antd';
import { ApiProblem } from '../lib/api/problem';
import { useI18n } from '../lib/i18n/i18n';

/** A refusal as the server worded it: the Chinese title (the English detail in English) and the stable code. */
export function ProblemAlert({ error }: { readonly error: unknown }) {
  const { t, language } = useI18n();
  if (error === null || error === undefined) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const message = problem === undefined ? t('problem.unexpected') : problemText(problem, language === 'en') || t('problem.unreachable');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={message}
      description={problem?.code ? t('problem.code', { code: problem.code }) : undefined}
    />
  );
}

export function problemText(problem: ApiProblem, english: boolean): string {
  return english ? problem.detail || problem.title : problem.title || problem.detail;
}
