import type { Aggregate } from '@ia/kernel';

/** Every read of a project's history by an auditor is itself a fact (痕迹管理). */
export type AccessCommand = { readonly type: 'RecordProjectView'; readonly data: ProjectViewed };
export type AccessEvent = { readonly type: 'ProjectHistoryViewed'; readonly data: ProjectViewed };

export interface ProjectViewed {
  readonly projectId: string;
  readonly view: 'history' | 'state' | 'integrity' | 'export' | 'figures';
  readonly query: Readonly<Record<string, string>>;
}

// Not correlated to the project on purpose: viewing a history must not change the history being viewed.
export const accessLog: Aggregate<AccessCommand, AccessEvent, { readonly views: number }> = {
  decider: {
    initialState: { views: 0 },
    decide: (command) => [{ type: 'ProjectHistoryViewed', data: command.data }],
    evolve: (state) => ({ views: state.views + 1 }),
  },
  correlate: () => ({}),
};

export function accessStream(projectId: string): string {
  return `access-${projectId}`;
}
