import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Answer, QueryOf, RequestBody } from '../../../lib/api/types';

export type LeadFilters = NonNullable<QueryOf<'/api/v1/leads', 'get'>>;
export type LeadPage = Answer<'/api/v1/leads', 'get'>;
export type LeadDetail = Answer<'/api/v1/leads/{id}', 'get'>;
export type NewLead = RequestBody<'/api/v1/leads', 'post'>;

const LEADS = ['leads'] as const;

/** One page of the holder's leads; filtering, search and paging happen on the server. */
export function useLeads(filters: LeadFilters) {
  return useQuery({
    queryKey: [...LEADS, 'list', filters],
    queryFn: ({ signal }) => api('get', '/api/v1/leads', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string) {
  return useQuery({
    queryKey: [...LEADS, 'one', id],
    queryFn: ({ signal }) => api('get', '/api/v1/leads/{id}', { params: { id }, signal }),
  });
}

/** Leads the holder can see whose name or code matches, to warn about the same enterprise before saving. */
export function useSimilarLeads(search: string | undefined) {
  return useQuery({
    queryKey: [...LEADS, 'similar', search],
    queryFn: ({ signal }) => api('get', '/api/v1/leads', { query: { search: search ?? '', pageSize: '5' }, signal }),
    enabled: search !== undefined && search.trim().length >= 2,
    staleTime: 5_000,
  });
}

export function useRegisterLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewLead) => api('post', '/api/v1/leads', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: LEADS }),
  });
}

type LeadCommandPath =
  | '/api/v1/leads/{id}/follow-ups'
  | '/api/v1/leads/{id}/site-visits'
  | '/api/v1/leads/{id}/screenings'
  | '/api/v1/leads/{id}/hold'
  | '/api/v1/leads/{id}/drop'
  | '/api/v1/leads/{id}/reopen';

/** A command on one lead; the lead, the list and the funnel are read again afterwards. */
export function useLeadCommand<P extends LeadCommandPath>(path: P, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<P, 'post'>) => api('post', path, { params: { id } as never, body: body as never }),
    onSuccess: () => client.invalidateQueries({ queryKey: LEADS }),
  });
}

export function useFunnel(query: NonNullable<QueryOf<'/api/v1/leads/funnel', 'get'>>) {
  return useQuery({
    queryKey: [...LEADS, 'funnel', query],
    queryFn: ({ signal }) => api('get', '/api/v1/leads/funnel', { query, signal }),
  });
}

export function useParkPolicy(parkId: string | undefined) {
  return useQuery({
    queryKey: ['park-policy', parkId],
    queryFn: ({ signal }) => api('get', '/api/v1/park-policies/{parkId}', { params: { parkId: parkId ?? '' }, signal }),
    enabled: parkId !== undefined,
  });
}
