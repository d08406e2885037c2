import { agreementsNavigation } from '../features/agreements/navigation';
import { approvalsNavigation } from '../features/approvals/navigation';
import { leadsNavigation } from '../features/leads/navigation';
import type { NavigationEntry } from '../lib/navigation';

/**
 * Every workspace's menu entries, in menu order. Leaders', administrators' and auditors' workspaces add
 * theirs here; each role sees the entries its permissions allow.
 */
export const NAVIGATION: readonly NavigationEntry[] = [...leadsNavigation, ...agreementsNavigation, ...approvalsNavigation];

/** The page a role lands on after signing in: the first entry made its home, else the first it may open. */
export function homeOf(role: string, can: (entry: NavigationEntry) => boolean): string | undefined {
  const allowed = NAVIGATION.filter(can);
  return (allowed.find((entry) => entry.homeFor?.includes(role)) ?? allowed[0])?.path;
}
