// The generic image of views without a static figure (link previews).

import { TEXT_MUTED } from '../../src/charts/colors';
import { composeScene, header, PAD } from '../../src/charts/frame';
import type { ChartScene } from '../../src/charts/scene';

export function genericScene(synthetic: boolean): ChartScene {
  const width = 1200;
  const input = { locale: 'zh' as const, width, synthetic, source: '教育地图 Education Atlas' };
  const head = header(
    '教育地图 Education Atlas',
    '各地区县教育指标 · Regional education metrics of China’s districts',
    width,
  );
  const bars = [0.92, 0.84, 0.77, 0.7, 0.61, 0.52].map((share, i) => ({
    kind: 'rect' as const,
    role: 'bar',
    x: PAD,
    y: head.height + 20 + i * 64,
    width: (width - 2 * PAD) * share,
    height: 44,
    fill: ['#08519c', '#2171b5', '#4292c6', '#6baed6', '#9ecae1', '#c6dbef'][i],
  }));
  const note = {
    kind: 'text' as const,
    role: 'note',
    x: PAD,
    y: head.height + 20 + 6 * 64 + 24,
    text: '在教育地图中查看完整图表 · Open the atlas for the live chart',
    fill: TEXT_MUTED,
    fontSize: 16,
  };
  return composeScene({
    input,
    title: '教育地图 Education Atlas',
    subtitle: '',
    description: '教育地图 Education Atlas',
    head,
    body: { marks: [...bars, note], height: 6 * 64 + 40 },
  });
}
