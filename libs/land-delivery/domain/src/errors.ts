import { DomainError } from '@ia/kernel';
import type { Shortfall } from './parcel/parcel';

export const landErrors = {
  parcelNotFound: () => new DomainError('LAND.PARCEL_NOT_FOUND', '地块不存在', 'No such parcel'),
  parcelExists: () => new DomainError('LAND.PARCEL_EXISTS', '地块已登记', 'The parcel is registered already'),
  parcelCodeTaken: (code: string, parcelId: string) =>
    new DomainError('LAND.PARCEL_CODE_TAKEN', '地块编号已被使用', `Parcel code ${code} is used by parcel ${parcelId} of the same park`, {
      parcelId,
    }),
  invalidPlotRatio: () =>
    new DomainError('LAND.INVALID_PLOT_RATIO', '容积率区间无效', 'The minimum plot ratio must not exceed the maximum'),
  indicatorsFixed: () =>
    new DomainError(
      'LAND.INDICATORS_FIXED',
      '地块已分配，控制指标不可修改',
      'The control indicators are fixed once the parcel is allocated',
    ),
  alreadyAllocated: (projectId: string) =>
    new DomainError('LAND.PARCEL_ALREADY_ALLOCATED', '地块已分配给其他项目', `The parcel is allocated to project ${projectId} already`, {
      projectId,
    }),
  projectUnknown: (projectId: string) =>
    new DomainError('LAND.PROJECT_NOT_SIGNED', '项目尚未签约，无法分配用地', `No signed agreement is known for project ${projectId}`, {
      projectId,
    }),
  parcelInOtherPark: (parcelParkId: string, projectParkId: string) =>
    new DomainError(
      'LAND.PARCEL_IN_OTHER_PARK',
      '地块与项目不属于同一园区',
      `A parcel of park ${parcelParkId} cannot be allocated to a project signed for park ${projectParkId}`,
      { parcelParkId, projectParkId },
    ),
  commitmentsShort: (shortfalls: readonly Shortfall[]) =>
    new DomainError(
      'LAND.COMMITMENTS_SHORT',
      '协议承诺未达到地块控制指标',
      `${shortfalls.length} commitment(s) fall short of the parcel's indicators`,
      { shortfalls },
    ),
  overrideNotAllowed: () =>
    new DomainError('LAND.OVERRIDE_NOT_ALLOWED', '仅管理员可越过控制指标分配', 'Only an administrator may allocate despite shortfalls'),
  notAllocated: () =>
    new DomainError('LAND.PARCEL_NOT_ALLOCATED', '地块尚未分配，不能交地', 'The parcel must be allocated before it is delivered'),
  deliveredBeforeAllocation: (allocatedOn: string) =>
    new DomainError(
      'LAND.DELIVERY_BEFORE_ALLOCATION',
      '交地日期早于分配日期',
      `The land cannot be delivered before it was allocated on ${allocatedOn}`,
    ),
  alreadyDelivered: () => new DomainError('LAND.ALREADY_DELIVERED', '地块已交付', 'The parcel has been delivered already'),
  certificateConflict: (grantedOn: string) =>
    new DomainError(
      'LAND.TITLE_CERTIFICATE_CONFLICT',
      '不动产权证书已按其他日期登记',
      `The title certificate is recorded as granted on ${grantedOn}`,
    ),
};
