import type { ReactNode } from 'react';
import type { MessageKey } from './i18n/zh-CN';
import type { Permission } from './session/session';

/** A menu entry a feature offers; the layout shows it only to roles the API lets call `permission`. */
export interface NavigationEntry {
  readonly path: string;
  readonly label: MessageKey;
  readonly icon: ReactNode;
  readonly permission: Permission;
  /** Roles whose home page this entry is, in order of preference. */
  readonly homeFor?: readonly string[];
}
