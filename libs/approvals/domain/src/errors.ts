import { DomainError } from '@ia/kernel';

const refusal = (code: string, title: string, detail: string, extensions: Readonly<Record<string, unknown>> = {}) =>
  new DomainError(code, title, detail, extensions);

export const ApprovalErrors = {
  notFound: () => refusal('APPROVAL.NOT_FOUND', '审批事项不存在', 'No such approval item'),
  alreadyOpened: () => refusal('APPROVAL.ALREADY_OPENED', '审批事项已存在', 'This approval item is already open'),
  closed: (status: string) =>
    refusal('APPROVAL.ITEM_CLOSED', '审批事项已办结', `The item is ${status} and takes no more steps`, { status }),
  notAssigned: () => refusal('APPROVAL.NOT_ASSIGNED', '审批事项尚未指派代办员', 'Assign an agent before taking in materials'),
  noApplicantData: () =>
    refusal('APPROVAL.NO_APPLICANT_DATA', '该事项尚未收取经办人个人信息', 'No applicant data was taken in for this item'),
  alreadyTakenIn: () =>
    refusal('APPROVAL.MATERIALS_ALREADY_TAKEN_IN', '材料已一次性收取', 'Materials are taken in once (one form, one set, one ID)'),
  notTakenIn: () => refusal('APPROVAL.MATERIALS_NOT_TAKEN_IN', '尚未收取申请材料', 'Take in the materials before accepting the item'),
  unknownMaterial: (codes: readonly string[]) =>
    refusal('APPROVAL.UNKNOWN_MATERIAL', '材料不属于该事项', `Not materials of this item: ${codes.join(', ')}`, { materials: codes }),
  materialsIncomplete: (codes: readonly string[]) =>
    refusal('APPROVAL.MATERIALS_INCOMPLETE', '申请材料不齐全', `Missing materials: ${codes.join(', ')}`, { materials: codes }),
  coreMaterialCannotBeDeferred: (codes: readonly string[]) =>
    refusal('APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED', '核心材料不得容缺', `Core materials cannot be deferred: ${codes.join(', ')}`, {
      materials: codes,
    }),
  deficiencyNotAllowed: () =>
    refusal('APPROVAL.DEFICIENCY_NOT_ALLOWED', '该事项不适用容缺办理', 'Tolerated deficiency does not apply to this item'),
  commitmentNotAllowed: () =>
    refusal('APPROVAL.COMMITMENT_NOT_ALLOWED', '该事项不适用承诺制', 'Commitment-based approval does not apply to this item'),
  commitmentRouteLost: () =>
    refusal(
      'APPROVAL.COMMITMENT_ROUTE_LOST',
      '因承诺失信已丧失承诺制办理资格',
      'A broken commitment on this project removed the commitment route',
    ),
  promiseBeforeAcceptance: () =>
    refusal('APPROVAL.PROMISE_BEFORE_ACCEPTANCE', '承诺日期不得早于受理日期', 'A promised date cannot be before acceptance'),
  alreadyAccepted: () => refusal('APPROVAL.ALREADY_ACCEPTED', '审批事项已受理', 'The item was accepted already'),
  materialAlreadyReceived: (codes: readonly string[]) =>
    refusal('APPROVAL.MATERIAL_ALREADY_RECEIVED', '该材料已收取，无需容缺', `Received already: ${codes.join(', ')}`, { materials: codes }),
  alreadySubmitted: () => refusal('APPROVAL.ALREADY_SUBMITTED', '审批事项已报送', 'The item is with the authority already'),
  notAccepted: () => refusal('APPROVAL.NOT_ACCEPTED', '审批事项尚未受理', 'The item has not been accepted'),
  notSubmitted: () => refusal('APPROVAL.NOT_SUBMITTED', '审批事项尚未报送审批部门', 'The item is not with the authority'),
  suspended: () => refusal('APPROVAL.SUSPENDED', '审批事项已中止', 'The item is suspended until the missed materials are supplied'),
  deficienciesOutstanding: (codes: readonly string[]) =>
    refusal('APPROVAL.DEFICIENCIES_OUTSTANDING', '容缺材料尚未补齐，不得发证', `Deferred materials still missing: ${codes.join(', ')}`, {
      materials: codes,
    }),
  prerequisitesNotGranted: (codes: readonly string[]) =>
    refusal('APPROVAL.PREREQUISITES_NOT_GRANTED', '前置审批事项尚未办结', `Grant these items first: ${codes.join(', ')}`, {
      prerequisites: codes,
    }),
  projectCodeRequired: () =>
    refusal('APPROVAL.PROJECT_CODE_REQUIRED', '备案须填写全国项目代码', 'The filing gives the national project code; record it'),
  invalidProjectCode: (code: string) =>
    refusal('APPROVAL.INVALID_PROJECT_CODE', '全国项目代码格式无效', `'${code}' is not 年份-地区6位-行业2位-类型2位-序号`, {
      projectCode: code,
    }),
  dateOutOfOrder: (date: string, latest: string) =>
    refusal('APPROVAL.DATE_OUT_OF_ORDER', '日期早于该事项的上一步', `${date} is before the previous step on ${latest}`, { latest }),
  notDeferred: (code: string) =>
    refusal('APPROVAL.NOT_DEFERRED', '该材料不在待补容缺材料中', `${code} is not a deferred material awaiting supply`),
  noMissedPromise: () =>
    refusal('APPROVAL.NO_MISSED_PROMISE', '没有逾期未兑现的容缺承诺', 'No promised date for a deferred material has passed'),
  alreadySuspended: () => refusal('APPROVAL.ALREADY_SUSPENDED', '审批事项已中止', 'The item is suspended already'),
  notSuspended: () => refusal('APPROVAL.NOT_SUSPENDED', '审批事项未中止', 'The item is not suspended'),
  supplyWindowOpen: (supplyBy: string) =>
    refusal('APPROVAL.SUPPLY_WINDOW_OPEN', '补正期限（15个工作日）尚未届满', `Materials may still be supplied until ${supplyBy}`, {
      supplyBy,
    }),
  noCommitment: () => refusal('APPROVAL.NO_COMMITMENT', '该事项未按承诺制受理', 'The item was not accepted under a commitment'),
  commitmentAlreadyChecked: () => refusal('APPROVAL.COMMITMENT_ALREADY_CHECKED', '承诺已核查', 'The commitment was checked already'),
  consequenceRequired: () =>
    refusal('APPROVAL.CONSEQUENCE_REQUIRED', '承诺失信须注明处理结果', 'A broken commitment needs its consequence'),
  unknownItem: (code: string) => refusal('APPROVAL.UNKNOWN_ITEM', '事项目录中没有该事项', `No catalog item ${code}`, { itemCode: code }),
  alreadyPlanned: (code: string) =>
    refusal('APPROVAL.ALREADY_PLANNED', '该项目已有此审批事项', `The project has ${code} already`, { itemCode: code }),
  projectNotFound: (projectId: string) => refusal('PROJECT.NOT_FOUND', '项目不存在或尚未签约', `No signed project ${projectId}`),
};

export const CatalogErrors = {
  unknownPrerequisite: (codes: readonly string[]) =>
    refusal('CATALOG.UNKNOWN_PREREQUISITE', '前置事项不在目录中', `Unknown prerequisites: ${codes.join(', ')}`, { prerequisites: codes }),
  prerequisiteCycle: (code: string) => refusal('CATALOG.PREREQUISITE_CYCLE', '前置事项形成循环', `${code} would come before itself`),
  duplicateMaterial: (code: string) => refusal('CATALOG.DUPLICATE_MATERIAL', '材料编码重复', `Material ${code} is listed twice`),
  noSecondaryMaterial: () =>
    refusal('CATALOG.NO_SECONDARY_MATERIAL', '容缺办理须至少有一项次要材料', 'Tolerated deficiency needs at least one secondary material'),
  unknownItems: (codes: readonly string[]) =>
    refusal('CATALOG.UNKNOWN_ITEM', '事项不在目录中', `Unknown items: ${codes.join(', ')}`, { items: codes }),
  packageMissingPrerequisite: (codes: readonly string[]) =>
    refusal('CATALOG.PACKAGE_MISSING_PREREQUISITE', '套餐缺少前置事项', `The package lacks prerequisites: ${codes.join(', ')}`, {
      prerequisites: codes,
    }),
  packageNotFound: (code: string) => refusal('PACKAGE.NOT_FOUND', '套餐不存在', `No package ${code}`),
};

export const CalendarErrors = {
  invalidDate: (date: string) => refusal('CALENDAR.INVALID_DATE', '日期无效', `'${date}' is not a calendar date`),
  outsideYear: (date: string, year: number) => refusal('CALENDAR.DATE_OUTSIDE_YEAR', '日期不属于该年度', `${date} is not in ${year}`),
  bothHolidayAndWorkday: (date: string) =>
    refusal('CALENDAR.HOLIDAY_AND_WORKDAY', '同一日期不能既是节假日又是调休工作日', `${date} is listed as both`),
  adjustedWorkdayNotWeekend: (date: string) =>
    refusal(
      'CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND',
      '调休工作日必须是周末',
      `${date} is a weekday; only weekend days are adjusted to working days`,
    ),
  noHolidays: () => refusal('CALENDAR.NO_HOLIDAYS', '年度节假日安排不能为空', 'A published year lists its public holidays'),
};
