import { agreements } from './zh-CN/agreements';
import { approvals } from './zh-CN/approvals';
import { common } from './zh-CN/common';
import { leads } from './zh-CN/leads';

/** The dictionary: Simplified Chinese first; every other language must have the same keys. */
export const chinese = { ...common, ...leads, ...agreements, ...approvals } as const;
export type MessageKey = keyof typeof chinese;
