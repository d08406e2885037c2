import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, type Engines, type Principal } from '@ia/platform';
import { agreementErrors, COLLECTIONS, type AgreementStatus, type AgreementView } from '@ia/contract-signing/domain';
import { assertParkAllowed, parkAllowed } from '../shared/stream-reader';

export class ListAgreements extends Query<AgreementView[]> {
  constructor(
    readonly principal: Principal,
    readonly status?: AgreementStatus,
  ) {
    super();
  }
}

export class GetAgreement extends Query<AgreementView> {
  constructor(
    readonly principal: Principal,
    readonly agreementId: string,
  ) {
    super();
  }
}

@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ principal, status }: ListAgreements): Promise<AgreementView[]> {
    const all = await this.engines.readModels.list<AgreementView>(COLLECTIONS.agreements);
    return all
      .filter((agreement) => (status === undefined || agreement.status === status) && parkAllowed(principal, agreement.parkId))
      .sort((left, right) => left.agreementId.localeCompare(right.agreementId));
  }
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ principal, agreementId }: GetAgreement): Promise<AgreementView> {
    const agreement = await this.engines.readModels.get<AgreementView>(COLLECTIONS.agreements, agreementId);
    if (!agreement) throw agreementErrors.notFound();
    assertParkAllowed(principal, agreement.parkId);
    return agreement;
  }
}
