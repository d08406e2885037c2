import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ENGINES, readWithinParks, type Engines, type Principal } from '@ia/platform';
import { agreementErrors, COLLECTIONS, type AgreementStatus, type AgreementView } from '@ia/contract-signing/domain';

export class ListAgreements extends Query<AgreementView[]> {
  constructor(
    readonly principal: Principal,
    readonly status?: AgreementStatus,
  ) {
    super();
  }
}

export class GetAgreement extends Query<AgreementView> {
  constructor(readonly agreementId: string) {
    super();
  }
}

@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ principal, status }: ListAgreements): Promise<AgreementView[]> {
    const visible = await readWithinParks<AgreementView>(this.engines.readModels, principal, COLLECTIONS.agreements);
    return visible
      .filter((agreement) => status === undefined || agreement.status === status)
      .sort((left, right) => left.agreementId.localeCompare(right.agreementId));
  }
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement> {
  constructor(@Inject(ENGINES) private readonly engines: Engines) {}

  async execute({ agreementId }: GetAgreement): Promise<AgreementView> {
    const agreement = await this.engines.readModels.get<AgreementView>(COLLECTIONS.agreements, agreementId);
    if (!agreement) throw agreementErrors.notFound();
    return agreement;
  }
}
