import type { Actor } from '@ia/kernel';
import type { DispatchSnapshot, Stage } from './snapshot';

export interface DispatchWindow {
  readonly firstDay: number;
  readonly lastDay: number;
}

export const DEFAULT_WINDOW: DispatchWindow = { firstDay: 23, lastDay: 27 };

export interface DispatchChanges {
  readonly problemsOpened: readonly string[];
  readonly problemsSolved: readonly string[];
  readonly projectsAdvanced: ReadonlyArray<{ readonly projectId: string; readonly from?: Stage; readonly to: Stage }>;
}

export type DispatchCommand =
  | { readonly type: 'ConfigureDispatchWindow'; readonly data: DispatchWindow & { readonly parkId: string } }
  | {
      readonly type: 'HoldDispatch';
      readonly data: {
        readonly parkId: string;
        readonly month: string;
        readonly heldOn: string;
        readonly snapshot: DispatchSnapshot;
        readonly override?: { readonly reason: string; readonly by: Actor };
      };
    };

export type DispatchEvent =
  | { readonly type: 'DispatchWindowConfigured'; readonly data: DispatchWindow & { readonly parkId: string } }
  | {
      readonly type: 'DispatchHeld';
      readonly data: {
        readonly parkId: string;
        readonly month: string;
        readonly heldOn: string;
        readonly window: DispatchWindow;
        readonly override?: { readonly reason: string; readonly by: Actor };
        readonly previousMonth?: string;
        readonly snapshot: DispatchSnapshot;
        readonly changes: DispatchChanges;
      };
    };
