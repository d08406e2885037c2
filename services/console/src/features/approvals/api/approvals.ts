import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Answer, QueryOf, RequestBody } from '../../../lib/api/types';

export type ApprovalItem = Answer<'/api/v1/approvals/{itemId}', 'get'>;
export type QueueFilters = NonNullable<QueryOf<'/api/v1/approvals', 'get'>>;

const APPROVALS = ['approvals'] as const;

/** The queue in the server's order: most urgent working-day deadline first. */
export function useQueue(filters: QueueFilters) {
  return useQuery({
    queryKey: [...APPROVALS, 'queue', filters],
    queryFn: ({ signal }) => api('get', '/api/v1/approvals', { query: filters, signal }),
  });
}

export function useItem(itemId: string) {
  return useQuery({
    queryKey: [...APPROVALS, 'item', itemId],
    queryFn: ({ signal }) => api('get', '/api/v1/approvals/{itemId}', { params: { itemId }, signal }),
  });
}

/** Project names for the queue, from the project register agents may read. */
export function useProjectNames() {
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: ({ signal }) => api('get', '/api/v1/projects', { signal }),
    staleTime: 60_000,
  });
  return new Map((projects.data?.items ?? []).map((project) => [project.projectId ?? '', project.projectName ?? '']));
}

export function useBoard() {
  return useQuery({ queryKey: [...APPROVALS, 'board'], queryFn: ({ signal }) => api('get', '/api/v1/approvals/board', { signal }) });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...APPROVALS, 'calendar', year],
    queryFn: ({ signal }) => api('get', '/api/v1/approvals/calendar/years/{year}', { params: { year: String(year) }, signal }),
    staleTime: 5 * 60_000,
  });
}

export type ItemCommandPath =
  | '/api/v1/approvals/{itemId}/assignment'
  | '/api/v1/approvals/{itemId}/intake'
  | '/api/v1/approvals/{itemId}/acceptance'
  | '/api/v1/approvals/{itemId}/acceptance-with-deficiencies'
  | '/api/v1/approvals/{itemId}/acceptance-under-commitment'
  | '/api/v1/approvals/{itemId}/submission'
  | '/api/v1/approvals/{itemId}/grant'
  | '/api/v1/approvals/{itemId}/rejection'
  | '/api/v1/approvals/{itemId}/correction-request'
  | '/api/v1/approvals/{itemId}/supplies'
  | '/api/v1/approvals/{itemId}/suspension'
  | '/api/v1/approvals/{itemId}/file-return'
  | '/api/v1/approvals/{itemId}/waiver';

export function useItemCommand<P extends ItemCommandPath>(path: P, itemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<P, 'post'>) => api('post', path, { params: { itemId } as never, body: body as never }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: APPROVALS }), client.invalidateQueries({ queryKey: ['projects'] })]),
  });
}
