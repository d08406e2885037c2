import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Answer, QueryOf, RequestBody } from '../../../lib/api/types';

export type Agreement = Answer<'/api/v1/agreements/{id}', 'get'>;
export type NewAgreement = RequestBody<'/api/v1/agreements', 'post'>;
export type Project = NonNullable<Answer<'/api/v1/projects', 'get'>['items']>[number];

const AGREEMENTS = ['agreements'] as const;

export function useAgreements(query: NonNullable<QueryOf<'/api/v1/agreements', 'get'>>) {
  return useQuery({
    queryKey: [...AGREEMENTS, 'list', query],
    queryFn: ({ signal }) => api('get', '/api/v1/agreements', { query, signal }),
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: [...AGREEMENTS, 'one', id],
    queryFn: ({ signal }) => api('get', '/api/v1/agreements/{id}', { params: { id }, signal }),
  });
}

export function useQualifiedLeads() {
  return useQuery({
    queryKey: [...AGREEMENTS, 'qualified-leads'],
    queryFn: ({ signal }) => api('get', '/api/v1/qualified-leads', { signal }),
  });
}

export function useIncentiveCatalog(parkId: string | undefined) {
  return useQuery({
    queryKey: ['incentive-catalog', parkId],
    queryFn: ({ signal }) => api('get', '/api/v1/parks/{parkId}/incentive-catalog', { params: { parkId: parkId ?? '' }, signal }),
    enabled: parkId !== undefined,
  });
}

export function useDraftAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAgreement) => api('post', '/api/v1/agreements', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: AGREEMENTS }),
  });
}

export function useSignAgreement(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/v1/agreements/{id}/sign', 'post'>) =>
      api('post', '/api/v1/agreements/{id}/sign', { params: { id }, body }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: AGREEMENTS }), client.invalidateQueries({ queryKey: ['projects'] })]),
  });
}

/** The project register; a project's own page picks its line, there being no single-project read for promoters. */
export function useProjects() {
  return useQuery({ queryKey: ['projects'], queryFn: ({ signal }) => api('get', '/api/v1/projects', { signal }) });
}

export function useProjectApprovals(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['projects', projectId, 'approvals'],
    queryFn: ({ signal }) => api('get', '/api/v1/projects/{projectId}/approvals', { params: { projectId }, signal }),
    enabled,
  });
}
