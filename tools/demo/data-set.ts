/** How far the demo takes each enterprise. */
export const TARGETS = [
  'rejected',
  'qualified',
  'signed',
  'approvals',
  'land_delivered',
  'under_construction',
  'trial_production',
  'above_scale',
] as const;
export type Target = (typeof TARGETS)[number];

export interface DemoProject {
  readonly company: string;
  readonly uscc?: string;
  readonly section: string;
  readonly division: string;
  readonly product: string;
  readonly projectName: string;
  readonly source: 'promotion_event' | 'investor_referral' | 'commissioned_agency' | 'walk_in_or_phone' | 'online';
  readonly sourceName?: string;
  /** Yuan. */
  readonly totalInvestment: number;
  readonly fixedAssetInvestment: number;
  readonly areaSquareMetres: number;
  readonly parcelCode: string;
  readonly jobs: number;
  /** Yuan per mu per year at full production. */
  readonly taxPerMu: number;
  readonly signedOn: string;
  readonly target: Target;
  /** Monthly main-business revenue once producing, yuan. */
  readonly monthlyRevenue: number;
}

export const PARK = 'xiangxiang-edz';

/** One park's year: a 1-billion-yuan plant of 115,000 m² in production, a medical-device plant, a power-equipment estate and more. */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    company: '湖南华能智能电气有限公司',
    uscc: '91430100MA4L12345A',
    section: 'C',
    division: '38',
    product: '智能配电成套设备',
    projectName: '年产10万台智能配电设备产业园项目',
    source: 'promotion_event',
    sourceName: '湘港经贸合作周签约仪式',
    totalInvestment: 1_000_000_000,
    fixedAssetInvestment: 800_000_000,
    areaSquareMetres: 115_000,
    parcelCode: 'XX-2025-03',
    jobs: 600,
    taxPerMu: 200_000,
    signedOn: '2025-03-18',
    target: 'above_scale',
    monthlyRevenue: 2_500_000,
  },
  {
    company: '湘乡康瑞医疗器械有限公司',
    section: 'C',
    division: '35',
    product: '一次性医用耗材及体外诊断设备',
    projectName: '医疗器械生产基地项目',
    source: 'investor_referral',
    sourceName: '湖南华能智能电气有限公司',
    totalInvestment: 300_000_000,
    fixedAssetInvestment: 220_000_000,
    areaSquareMetres: 40_000,
    parcelCode: 'XX-2025-11',
    jobs: 350,
    taxPerMu: 160_000,
    signedOn: '2025-09-10',
    target: 'trial_production',
    monthlyRevenue: 1_200_000,
  },
  {
    company: '湖南湘电输变电装备有限公司',
    section: 'C',
    division: '38',
    product: '变压器、开关柜及输变电成套装备',
    projectName: '输变电装备产业园项目',
    source: 'commissioned_agency',
    sourceName: '长沙市招商服务中心',
    totalInvestment: 600_000_000,
    fixedAssetInvestment: 480_000_000,
    areaSquareMetres: 80_000,
    parcelCode: 'XX-2026-04',
    jobs: 450,
    taxPerMu: 1_650_000,
    signedOn: '2026-03-16',
    target: 'under_construction',
    monthlyRevenue: 0,
  },
  {
    company: '湘乡芯联电子元器件有限公司',
    section: 'C',
    division: '39',
    product: '片式电感及电子元器件',
    projectName: '电子元器件智能制造项目',
    source: 'walk_in_or_phone',
    totalInvestment: 200_000_000,
    fixedAssetInvestment: 150_000_000,
    areaSquareMetres: 26_666.67,
    parcelCode: 'XX-2026-09',
    jobs: 300,
    taxPerMu: 150_000,
    signedOn: '2026-08-20',
    target: 'land_delivered',
    monthlyRevenue: 0,
  },
  {
    company: '湖南锐驰专用车辆装备有限公司',
    section: 'C',
    division: '35',
    product: '环卫专用车辆上装设备',
    projectName: '专用车辆装备制造项目',
    source: 'walk_in_or_phone',
    totalInvestment: 150_000_000,
    fixedAssetInvestment: 110_000_000,
    areaSquareMetres: 20_000,
    parcelCode: 'XX-2026-12',
    jobs: 200,
    taxPerMu: 150_000,
    signedOn: '2026-10-15',
    target: 'approvals',
    monthlyRevenue: 0,
  },
  {
    company: '湘乡储能科技有限公司',
    section: 'C',
    division: '38',
    product: '储能电池模组及系统',
    projectName: '储能电池系统集成项目',
    source: 'promotion_event',
    sourceName: '粤港澳大湾区产业转移推介会',
    totalInvestment: 500_000_000,
    fixedAssetInvestment: 400_000_000,
    areaSquareMetres: 66_666.67,
    parcelCode: 'XX-2026-15',
    jobs: 400,
    taxPerMu: 180_000,
    signedOn: '2026-11-16',
    target: 'signed',
    monthlyRevenue: 0,
  },
  {
    company: '湖南精测仪器有限公司',
    section: 'C',
    division: '40',
    product: '工业在线检测仪器',
    projectName: '工业检测仪器项目',
    source: 'promotion_event',
    sourceName: '湘港经贸合作周签约仪式',
    totalInvestment: 120_000_000,
    fixedAssetInvestment: 90_000_000,
    areaSquareMetres: 13_333.33,
    parcelCode: 'XX-2026-18',
    jobs: 150,
    taxPerMu: 160_000,
    signedOn: '2026-11-16',
    target: 'qualified',
    monthlyRevenue: 0,
  },
  {
    company: '湘乡恒泰焦化有限公司',
    section: 'C',
    division: '25',
    product: '焦炭',
    projectName: '焦化项目',
    source: 'walk_in_or_phone',
    totalInvestment: 400_000_000,
    fixedAssetInvestment: 350_000_000,
    areaSquareMetres: 100_000,
    parcelCode: 'XX-2026-20',
    jobs: 120,
    taxPerMu: 80_000,
    signedOn: '2026-11-16',
    target: 'rejected',
    monthlyRevenue: 0,
  },
];
