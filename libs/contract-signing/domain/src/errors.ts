import { DomainError } from '@ia/kernel';

export const agreementErrors = {
  notFound: () => new DomainError('AGREEMENT.NOT_FOUND', '投资协议不存在', 'No such agreement'),
  alreadyExists: (agreementId: string) =>
    new DomainError('AGREEMENT.ALREADY_EXISTS', '投资协议已存在', `Agreement ${agreementId} already exists`, { agreementId }),
  leadNotQualified: (leadId: string) =>
    new DomainError('AGREEMENT.LEAD_NOT_QUALIFIED', '线索未通过筛选，不能起草协议', `Lead ${leadId} is not qualified`, { leadId }),
  alreadySignedForLead: (leadId: string, agreementId: string) =>
    new DomainError(
      'AGREEMENT.ALREADY_SIGNED_FOR_LEAD',
      '该线索已签约，增资请签补充协议',
      `Lead ${leadId} already signed agreement ${agreementId}; a capital increase is a supplementary agreement`,
      {
        leadId,
        signedAgreementId: agreementId,
      },
    ),
  alreadySignedForEnterprise: (uscc: string, agreementId: string) =>
    new DomainError(
      'AGREEMENT.ALREADY_SIGNED_FOR_ENTERPRISE',
      '该企业已签约，增资请签补充协议',
      `Enterprise ${uscc} already signed agreement ${agreementId}`,
      {
        uscc,
        signedAgreementId: agreementId,
      },
    ),
  notDraft: (status: string) =>
    new DomainError('AGREEMENT.NOT_DRAFT', '协议已签订或已解除，不能修改或再次签订', `The agreement is ${status}, not a draft`, {
      agreementStatus: status,
    }),
  notSigned: (status: string) =>
    new DomainError('AGREEMENT.NOT_SIGNED', '协议尚未签订，不能签补充协议', `The agreement is ${status}, not signed`, {
      agreementStatus: status,
    }),
  terminated: () => new DomainError('AGREEMENT.TERMINATED', '协议已解除', 'The agreement is terminated already'),
  fixedAssetsExceedTotal: (fixed: number, total: number) =>
    new DomainError(
      'AGREEMENT.FIXED_ASSETS_EXCEED_TOTAL',
      '固定资产投资不能超过总投资',
      `Fixed-asset investment ${fixed} exceeds total investment ${total}`,
    ),
  dateInFuture: (date: string, today: string) =>
    new DomainError('AGREEMENT.DATE_IN_FUTURE', '日期不能晚于今天', `${date} is after today (${today})`, { date, today }),
  dateBeforeSigning: (date: string, signedOn: string) =>
    new DomainError('AGREEMENT.DATE_BEFORE_SIGNING', '日期不能早于协议签订日', `${date} is before the signing day ${signedOn}`, {
      date,
      signedOn,
    }),
  incentiveNotInCatalog: (code: string) =>
    new DomainError(
      'AGREEMENT.INCENTIVE_NOT_IN_CATALOG',
      '所选优惠政策不在园区政策目录中',
      `Incentive ${code} is not in the park's catalog`,
      { incentiveCode: code },
    ),
  incentiveChosenTwice: (code: string) =>
    new DomainError('AGREEMENT.INCENTIVE_CHOSEN_TWICE', '同一优惠政策不能重复选择', `Incentive ${code} is chosen twice`, {
      incentiveCode: code,
    }),
  factoryAreaRequired: (code: string) =>
    new DomainError(
      'AGREEMENT.FACTORY_AREA_REQUIRED',
      '租金减免须注明标准厂房面积',
      `Incentive ${code} needs the factory area in square metres`,
      { incentiveCode: code },
    ),
};

export const catalogErrors = {
  incentiveNotFound: (code: string) =>
    new DomainError('INCENTIVE.NOT_FOUND', '政策目录中没有该优惠政策', `No incentive ${code} in the catalog`, { incentiveCode: code }),
  invalidPeriods: (detail: string) => new DomainError('CATALOG.INVALID_PERIODS', '租金减免年度设置无效', detail),
};
