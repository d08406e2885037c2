import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerCharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { Chart } from '../../../components/chart';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Answer } from '../../../lib/api/types';

registerCharts([FunnelChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Funnel = Answer<'/api/v1/leads/funnel', 'get'>;

const STAGES = ['registered', 'followed_up', 'screened', 'qualified', 'signed'] as const;

/** Counts by stage as the server counted them (a lead that moved on still counts at the stages it reached). */
export function StageFunnel({ funnel }: { readonly funnel: Funnel }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          minSize: '10%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data: (funnel.stages ?? []).map((stage) => ({ name: label('funnel.stage', stage.stage), value: stage.count ?? 0 })),
        },
      ],
    }),
    [funnel, label],
  );
  return <Chart option={option} label={t('funnel.byStage')} />;
}

export function SourceBars({ funnel }: { readonly funnel: Funnel }) {
  const { t, label } = useI18n();
  const option = useMemo(() => {
    const sources = funnel.bySource ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: {
        type: 'category',
        data: sources.map((source) => label('lead.source', source.source)),
        axisLabel: { interval: 0, rotate: 20 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: STAGES.map((stage) => ({
        type: 'bar',
        name: label('funnel.stage', stage),
        data: sources.map((source) => source.stages?.find((entry) => entry.stage === stage)?.count ?? 0),
      })),
    };
  }, [funnel, label]);
  return <Chart option={option} label={t('funnel.bySource')} height={360} />;
}
