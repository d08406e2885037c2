import type { DynamicModule, Type } from '@nestjs/common';
import { AccountsModule } from '@ia/accounts/api';
import { ApprovalsModule } from '@ia/approvals/api';
import { CommissioningModule } from '@ia/commissioning/api';
import { ConstructionModule } from '@ia/construction/api';
import { ContractSigningModule } from '@ia/contract-signing/api';
import { LandDeliveryModule } from '@ia/land-delivery/api';
import { LeadIntakeModule } from '@ia/lead-intake/api';
import { NotificationsModule } from '@ia/notifications/api';
import { ProjectHistoryModule } from '@ia/project-history/api';

/** Every context the suite runs in one process; each later context adds its module here. */
export const SUITE_CONTEXTS: ReadonlyArray<Type | DynamicModule> = [
  AccountsModule,
  ApprovalsModule,
  CommissioningModule,
  ConstructionModule,
  ContractSigningModule,
  LandDeliveryModule,
  LeadIntakeModule,
  NotificationsModule,
  ProjectHistoryModule,
];
