import { agreements } from './en/agreements';
import { approvals } from './en/approvals';
import { common } from './en/common';
import { leads } from './en/leads';
import type { MessageKey } from './zh-CN';

export const english: Readonly<Record<MessageKey, string>> = { ...common, ...leads, ...agreements, ...approvals };
