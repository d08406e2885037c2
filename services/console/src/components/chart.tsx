import { init, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An ECharts canvas; the page registers only the chart types it draws (`use([FunnelChart, …])` from
 * echarts/charts), so the bundle carries those and no more. The label describes the chart for screen readers.
 */
export function Chart({
  option,
  label,
  height = 320,
}: {
  readonly option: EChartsCoreOption;
  readonly label: string;
  readonly height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    const chart = init(element.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    // The card, not the window, decides the width: a phone's layout or an opening menu changes it too.
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
