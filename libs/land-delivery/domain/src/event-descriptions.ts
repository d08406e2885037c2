import type { LandProjectEvent } from './land-project/events';
import type { ParcelEvent } from './parcel/events';

type Described = LandProjectEvent['type'] | ParcelEvent['type'];

/** What each fact of land delivery means to people, shown when an auditor replays a project. */
export const LAND_DELIVERY_EVENT_DESCRIPTIONS: Readonly<Record<Described, { readonly zh: string; readonly en: string }>> = {
  AgreementRecorded: { zh: '获知投资协议用地承诺', en: 'Agreement terms recorded for land' },
  TitleCertificateRecorded: { zh: '登记不动产权证书', en: 'Title certificate recorded' },
  ParcelRegistered: { zh: '登记标准地地块', en: 'Standard-land parcel registered' },
  ParcelIndicatorsRevised: { zh: '修订地块控制指标', en: 'Parcel indicators revised' },
  ParcelReadinessUpdated: { zh: '更新地块配套条件', en: 'Parcel readiness updated' },
  ParcelAllocated: { zh: '分配地块', en: 'Parcel allocated' },
  LandDelivered: { zh: '交地', en: 'Land delivered' },
};
