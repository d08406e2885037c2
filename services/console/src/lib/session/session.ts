import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import { isProblem } from '../api/problem';
import type { Answer, RequestBody } from '../api/types';

export type SessionView = Answer<'/api/v1/session', 'get'>;
export type Role = RequestBody<'/api/v1/session/role', 'put'>['role'];

export const SESSION_KEY = ['session'] as const;
const PERMISSIONS_KEY = ['session', 'permissions'] as const;

/** The signed-in person, or null when nobody is: a 401 is an answer here, not an error. */
export async function readSession(): Promise<SessionView | null> {
  try {
    return await api('get', '/api/v1/session');
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: readSession, staleTime: 60_000, retry: false });
}

export function useSessionOptions() {
  return useQuery({ queryKey: ['session', 'options'], queryFn: () => api('get', '/api/v1/session/options'), staleTime: Infinity });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: RequestBody<'/api/v1/session', 'post'>) => api('post', '/api/v1/session', { body: credentials }),
    onSuccess: (session) => {
      client.clear();
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('delete', '/api/v1/session'),
    onSettled: () => {
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/v1/session/password', 'put'>) => api('put', '/api/v1/session/password', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

export function useSwitchRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (role: Role) => api('put', '/api/v1/session/role', { body: { role } }),
    onSuccess: (session) => {
      client.clear();
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

/** Same template as the guard's route metadata: '/api/v1/leads/{id}/follow-ups'. */
export type Permission = readonly [method: string, path: string];

/** What the active role may call, from the same route metadata the guard enforces; the console only hides. */
export function usePermissions() {
  const session = useSession().data;
  const query = useQuery({
    queryKey: [...PERMISSIONS_KEY, session?.role],
    queryFn: async () => (await api('get', '/api/v1/session/permissions')).routes ?? [],
    enabled: session !== null && session !== undefined && session.mustChangePassword !== true,
    staleTime: Infinity,
  });
  const routes = query.data;
  const role = session?.role;
  const can = useCallback(
    ([method, path]: Permission) =>
      role !== undefined &&
      (routes ?? []).some((route) => route.method === method && route.path === path && (route.roles ?? []).includes(role)),
    [routes, role],
  );
  return { can, ready: query.isSuccess, error: query.error };
}
