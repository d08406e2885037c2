const entry = {
  projectId: '01960000-0000-7000-8000-000000000001',
  parkId: 'park-xiangxiang',
  projectName: '年产5万套医疗器械生产线项目',
  enterpriseName: '湘乡华康医疗器械有限公司',
  stage: 'full_production',
  trailingRevenue: 17_500_000,
  scale: 'near',
};

export const POOLS_EXAMPLE = {
  year: 2026,
  threshold: 20_000_000,
  nearThreshold: 16_000_000,
  pools: {
    continuing: [
      {
        ...entry,
        projectId: '01960000-0000-7000-8000-000000000002',
        projectName: '新能源电池壳体项目',
        stage: 'under_construction',
        trailingRevenue: 0,
        scale: 'below',
      },
    ],
    new: [],
    about_to_commission: [],
    above_scale: [entry],
  },
  warnings: { near: [entry], candidates: [], atRisk: [] },
};
