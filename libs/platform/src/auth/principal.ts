import type { Actor, Role } from '@ia/kernel';

/** Who is calling, from a verified token: the actor of every event they cause. */
export interface Principal extends Actor {
  readonly name?: string;
  /** Parks the holder works for; empty means every park of the county. */
  readonly parks: readonly string[];
  readonly county?: string;
}

export const HUMAN_ROLES: readonly Role[] = ['promoter', 'agent', 'leader', 'admin', 'auditor'];
