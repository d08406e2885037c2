import { DomainError } from '@ia/kernel';

export const commissioningErrors = {
  notFound: () => new DomainError('COMMISSIONING.NOT_FOUND', '投产记录不存在', 'No commissioning record exists for this project'),
  constructionNotCompleted: () =>
    new DomainError(
      'COMMISSIONING.CONSTRUCTION_NOT_COMPLETED',
      '项目尚未竣工，不能登记投产事项',
      'Construction of the project is not completed yet',
    ),
  outOfOrder: (stage: string, attempted: string) =>
    new DomainError('COMMISSIONING.OUT_OF_ORDER', '投产环节顺序不符', `${attempted} is not allowed at stage ${stage}`, {
      stage,
      attempted,
    }),
  dateBeforePrevious: (date: string, previous: string) =>
    new DomainError(
      'COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE',
      '日期早于上一环节',
      `${date} is before the previous milestone on ${previous}`,
      { previous },
    ),
  dateInFuture: (date: string) => new DomainError('COMMISSIONING.DATE_IN_FUTURE', '日期不能晚于今天', `${date} is in the future`),
  lineAlreadyProducing: (line: string) =>
    new DomainError('COMMISSIONING.LINE_ALREADY_PRODUCING', '该生产线已投产', `Line ${line} is already in production`, { line }),
  monthInFuture: (month: string) => new DomainError('COMMISSIONING.MONTH_IN_FUTURE', '不能填报未来月份', `${month} has not begun yet`),
  monthBeforeCompletion: (month: string, completedOn: string) =>
    new DomainError('COMMISSIONING.MONTH_BEFORE_COMPLETION', '填报月份早于竣工月份', `${month} is before completion on ${completedOn}`, {
      completedOn,
    }),
  notProducing: (month: string) =>
    new DomainError(
      'COMMISSIONING.NOT_PRODUCING',
      '尚未试生产，不能填报产值或主营业务收入',
      `No production had started by ${month}: output and revenue must be 0`,
    ),
  alreadyEntered: (enteredOn: string) =>
    new DomainError(
      'COMMISSIONING.ALREADY_ENTERED',
      '企业已纳入规上统计',
      `The enterprise was entered into the statistics on ${enteredOn}`,
      { enteredOn },
    ),
  belowThreshold: (trailingRevenue: number, threshold: number) =>
    new DomainError(
      'COMMISSIONING.BELOW_THRESHOLD',
      '近十二个月主营业务收入未达规模以上标准',
      `Trailing twelve-month revenue ${trailingRevenue} is below the threshold ${threshold}`,
      { trailingRevenue, threshold },
    ),
  commitmentsUnknown: () =>
    new DomainError('COMMISSIONING.COMMITMENTS_UNKNOWN', '尚未获知投资协议承诺', 'The commitments of the agreement are not known yet'),
  notAtFullCapacity: () =>
    new DomainError('COMMISSIONING.NOT_AT_FULL_CAPACITY', '项目尚未达产', 'The project has not reached full capacity'),
  alreadyChecked: (checkpoint: string) =>
    new DomainError('COMMISSIONING.ALREADY_CHECKED', '该节点已完成承诺核查', `Commitments were already checked at ${checkpoint}`, {
      checkpoint,
    }),
  nothingReported: () =>
    new DomainError(
      'COMMISSIONING.NOTHING_REPORTED',
      '尚无月度填报数据，无法核查承诺',
      'No monthly figures have been reported to check against',
    ),
};
