import { DomainError } from '@ia/kernel';

export const constructionErrors = {
  landNotDelivered: () =>
    new DomainError(
      'CONSTRUCTION.LAND_NOT_DELIVERED',
      '土地尚未交付，建设档案未开启',
      'The construction record opens when the land is delivered',
    ),
  permitNotGranted: () =>
    new DomainError(
      'CONSTRUCTION.PERMIT_NOT_GRANTED',
      '施工许可证尚未取得，不能开工',
      'Work may not start before the construction permit is granted',
    ),
  startBeforeClearance: (clearedOn: string) =>
    new DomainError(
      'CONSTRUCTION.START_BEFORE_CLEARANCE',
      '开工日期早于交地和施工许可',
      `Work cannot start before both the land and the permit, i.e. before ${clearedOn}`,
      { clearedOn },
    ),
  alreadyStarted: () => new DomainError('CONSTRUCTION.ALREADY_STARTED', '项目已开工', 'The start of work is recorded already'),
  notStarted: () => new DomainError('CONSTRUCTION.WORK_NOT_STARTED', '项目尚未开工', 'Milestones follow the start of work'),
  milestoneDuplicate: (milestone: string) =>
    new DomainError('CONSTRUCTION.MILESTONE_DUPLICATE', '该节点已登记', `Milestone ${milestone} is recorded already`),
  milestoneOutOfOrder: (expected: string) =>
    new DomainError('CONSTRUCTION.MILESTONE_OUT_OF_ORDER', '建设节点须按顺序登记', `The next milestone is ${expected}`, { expected }),
  milestoneDateOutOfOrder: (previousOn: string) =>
    new DomainError(
      'CONSTRUCTION.MILESTONE_DATE_OUT_OF_ORDER',
      '节点日期早于上一节点',
      `A milestone cannot be dated before ${previousOn}`,
      { previousOn },
    ),
};

export const leadershipErrors = {
  notAssigned: () => new DomainError('LEADERSHIP.NOT_ASSIGNED', '尚未确定包联领导', 'No leader is assigned to the project'),
  notTheLeader: () =>
    new DomainError('LEADERSHIP.NOT_THE_LEADER', '仅包联领导本人可登记现场走访', 'Only the project’s leader records their site visits'),
  visitBeforeAssignment: (assignedOn: string) =>
    new DomainError('LEADERSHIP.VISIT_BEFORE_ASSIGNMENT', '走访日期早于包联确定日期', `The leader was assigned on ${assignedOn}`),
};

export const problemErrors = {
  notFound: () => new DomainError('PROBLEM.NOT_FOUND', '问题不存在', 'No such problem'),
  alreadyRaised: () => new DomainError('PROBLEM.ALREADY_RAISED', '问题已登记', 'The problem is raised already'),
  projectUnknown: (projectId: string) =>
    new DomainError('PROBLEM.PROJECT_UNKNOWN', '建设服务尚不知道该项目', `No signed project ${projectId} is known to construction`),
  alreadyResolved: () => new DomainError('PROBLEM.ALREADY_RESOLVED', '问题已解决', 'The problem is resolved already'),
  notAssigned: () =>
    new DomainError('PROBLEM.NOT_ASSIGNED', '问题尚未交办责任单位', 'A problem is resolved by the unit it was assigned to'),
  dateBeforeRaised: (raisedOn: string) =>
    new DomainError('PROBLEM.DATE_BEFORE_RAISED', '日期早于问题提出日期', `The problem was raised on ${raisedOn}`),
};

export const dispatchErrors = {
  invalidWindow: () =>
    new DomainError('DISPATCH.INVALID_WINDOW', '调度窗口无效', 'The window runs from a first to a last day of the month, 1 to 31'),
  outsideWindow: (firstDay: number, lastDay: number) =>
    new DomainError(
      'DISPATCH.OUTSIDE_WINDOW',
      '不在月度调度时间窗口内',
      `The monthly dispatch is held from day ${firstDay} to day ${lastDay} of its month`,
      { firstDay, lastDay },
    ),
  overrideNotAllowed: () =>
    new DomainError(
      'DISPATCH.OVERRIDE_NOT_ALLOWED',
      '仅管理员可在窗口外调度',
      'Only an administrator may hold a dispatch outside its window',
    ),
  alreadyHeld: (month: string) => new DomainError('DISPATCH.ALREADY_HELD', '本月调度已完成', `The dispatch of ${month} is held already`),
  monthBeforePrevious: (previous: string) =>
    new DomainError('DISPATCH.MONTH_BEFORE_PREVIOUS', '调度月份早于上一次调度', `The previous dispatch was for ${previous}`),
};
