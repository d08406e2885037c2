import { Module, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { definePublisher, TOPICS } from '@ia/contracts';
import { EventSourcingRuntime } from '@ia/platform';
import {
  agreementsProjection,
  CATEGORIES,
  CONTRACT_SIGNING_EVENT_DESCRIPTIONS,
  incentiveCatalogsProjection,
  qualifiedLeadsProjection,
  toIntegrationEvent,
} from '@ia/contract-signing/domain';
import { AgreementQueriesController } from './agreement-queries/agreement-queries.controller';
import { GetAgreementHandler, ListAgreementsHandler } from './agreement-queries/agreement-queries';
import { AmendAgreementController } from './amend-agreement/amend-agreement.controller';
import { AmendAgreementHandler } from './amend-agreement/amend-agreement.handler';
import { DraftAgreementController } from './draft-agreement/draft-agreement.controller';
import { DraftAgreementHandler } from './draft-agreement/draft-agreement.handler';
import { IncentiveCatalogController } from './incentive-catalog/incentive-catalog.controller';
import { GetIncentiveCatalogHandler } from './incentive-catalog/incentive-catalog.query';
import { ListProjectsHandler, ProjectRegisterController } from './project-register/project-register';
import { leadsConsumer } from './qualified-leads/leads.consumer';
import { ListQualifiedLeadsHandler, QualifiedLeadsController } from './qualified-leads/qualified-leads';
import { ChangeAgreementHandler } from './shared/change-agreement.handler';
import { EXECUTE_HANDLERS } from './shared/execute';
import { AgreementParks, QualifiedLeadParks } from './shared/park-locators';
import { StreamReader } from './shared/stream-reader';
import { SignAgreementController } from './sign-agreement/sign-agreement.controller';
import { SignAgreementHandler } from './sign-agreement/sign-agreement.handler';
import { SupplementAgreementController } from './supplement-agreement/supplement-agreement.controller';
import { TerminateAgreementController } from './terminate-agreement/terminate-agreement.controller';

/** Contract signing (签约): agreements from qualified leads, the park's incentive catalog, and the project register. */
@Module({
  controllers: [
    DraftAgreementController,
    AmendAgreementController,
    SignAgreementController,
    SupplementAgreementController,
    TerminateAgreementController,
    AgreementQueriesController,
    ProjectRegisterController,
    QualifiedLeadsController,
    IncentiveCatalogController,
  ],
  providers: [
    StreamReader,
    AgreementParks,
    QualifiedLeadParks,
    ...EXECUTE_HANDLERS,
    DraftAgreementHandler,
    AmendAgreementHandler,
    SignAgreementHandler,
    ChangeAgreementHandler,
    ListAgreementsHandler,
    GetAgreementHandler,
    ListProjectsHandler,
    ListQualifiedLeadsHandler,
    GetIncentiveCatalogHandler,
  ],
})
export class ContractSigningModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(agreementsProjection);
    this.runtime.registerProjection(qualifiedLeadsProjection);
    this.runtime.registerProjection(incentiveCatalogsProjection);
    this.runtime.registerPublisher(definePublisher('contract-signing', TOPICS.contractSigning, [CATEGORIES.agreement], toIntegrationEvent));
    this.runtime.describeEvents('contract-signing', CONTRACT_SIGNING_EVENT_DESCRIPTIONS);
    this.runtime.registerConsumer(leadsConsumer(this.commands));
  }
}
