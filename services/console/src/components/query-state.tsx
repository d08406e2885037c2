import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import { ProblemAlert } from './problem-alert';

interface Props<Data> {
  readonly query: Pick<UseQueryResult<Data>, 'data' | 'error' | 'isPending' | 'isError'>;
  /** When true for the data, the empty state shows instead of the children. */
  readonly isEmpty?: (data: Data) => boolean;
  readonly emptyText?: string;
  readonly children: (data: Data) => ReactNode;
}

/** Loading, error and empty states, the same on every page. */
export function QueryState<Data>({ query, isEmpty, emptyText, children }: Props<Data>) {
  const { t } = useI18n();
  if (query.isPending) return <Skeleton active aria-busy="true" aria-label={t('state.loading')} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const data = query.data as Data;
  if (isEmpty?.(data)) return <Empty description={emptyText ?? t('state.empty')} />;
  return <>{children(data)}</>;
}
