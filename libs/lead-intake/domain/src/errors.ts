import { DomainError } from '@ia/kernel';
import type { LeadStatus } from './lead/values';

/** Refusals of lead intake: stable codes, Chinese titles, English details. */
export const LeadErrors = {
  notFound: () => new DomainError('LEAD.NOT_FOUND', '线索不存在', 'No such lead'),
  alreadyRegistered: () => new DomainError('LEAD.ALREADY_REGISTERED', '线索已登记', 'This lead is already registered'),
  duplicateUscc: (existingLeadId: string) =>
    new DomainError('LEAD.DUPLICATE_USCC', '已有相同统一社会信用代码的线索', 'Another open or signed lead has the same USCC', {
      existingLeadId,
    }),
  duplicateName: (existingLeadId: string) =>
    new DomainError('LEAD.DUPLICATE_NAME', '已有相同企业名称的线索', 'Another open or signed lead has the same company name', {
      existingLeadId,
    }),
  invalidUscc: (reason: string) =>
    new DomainError('LEAD.INVALID_USCC', '统一社会信用代码无效', `The USCC fails the GB 32100-2015 check (${reason})`),
  invalidIndustry: () =>
    new DomainError('LEAD.INVALID_INDUSTRY', '行业代码无效', 'Not a GB/T 4754-2017 section and division of that section'),
  sourceNameRequired: () =>
    new DomainError('LEAD.SOURCE_NAME_REQUIRED', '请填写线索来源名称', 'A promotion event, referring investor or agency must be named'),
  invalidFigures: (field: string) =>
    new DomainError('LEAD.INVALID_FIGURES', '金额、面积或人数无效', `${field} must be a whole number ≥ 0 (land demand: a number ≥ 0)`),
  reasonRequired: () => new DomainError('LEAD.REASON_REQUIRED', '请填写原因', 'A reason is required'),
  closed: (status: LeadStatus) => new DomainError('LEAD.CLOSED', '线索已关闭', `The lead is ${status}; reopen it first`, { status }),
  signed: () => new DomainError('LEAD.SIGNED', '线索已签约', 'The lead is signed; the project continues in contract signing'),
  notOpen: (status: LeadStatus) =>
    new DomainError('LEAD.NOT_OPEN', '只有跟进中的线索可以筛选', `Only an open lead can be screened; it is ${status}`, { status }),
  alreadyOpen: () => new DomainError('LEAD.ALREADY_OPEN', '线索已处于跟进中', 'The lead is open already'),
  alreadySigned: (projectId: string) =>
    new DomainError('LEAD.ALREADY_SIGNED', '线索已签约为其他项目', `The lead was signed as project ${projectId} already`, { projectId }),
  parkPolicyMissing: () => new DomainError('LEAD.PARK_POLICY_MISSING', '园区尚未配置筛选政策', 'The park has no screening policy yet'),
  policyOfOtherPark: () =>
    new DomainError('LEAD.POLICY_OF_OTHER_PARK', '筛选政策不属于该线索所在园区', "The policy is not the lead's park's"),
};

export const PolicyErrors = {
  invalidIndustry: (code: string) => new DomainError('POLICY.INVALID_INDUSTRY', '行业代码无效', `${code} is not a GB/T 4754-2017 code`),
  wantedAndExcluded: (code: string) =>
    new DomainError('POLICY.WANTED_AND_EXCLUDED', '行业不能既鼓励又排除', `${code} is both wanted and excluded`),
  invalidThreshold: (field: string) => new DomainError('POLICY.INVALID_THRESHOLD', '筛选门槛无效', `${field} must be a whole number ≥ 0`),
};

export const CalendarErrors = {
  dateOutsideYear: (date: string, year: number) =>
    new DomainError('CALENDAR.DATE_OUTSIDE_YEAR', '日期不属于该年度', `${date} is not a date of ${year}`, { date, year }),
  holidayAndWorkday: (date: string) =>
    new DomainError(
      'CALENDAR.HOLIDAY_AND_WORKDAY',
      '同一日期不能既是节假日又是调休工作日',
      `${date} is both a holiday and an adjusted working day`,
      {
        date,
      },
    ),
};
