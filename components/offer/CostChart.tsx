import { formatMoney } from '../../lib/negotiate/index';
import type { Currency } from '../../lib/negotiate/types';

export interface ChartBar {
  key: string;
  label: string;
  /** Cost beyond the principal, minor units. */
  cost: number;
  monthly: number;
  tone: 'bank' | 'counter' | 'nothing';
}

/**
 * Total cost of each choice on one scale, so "the bank's plan", "what to ask for" and "doing nothing" can be
 * compared at a glance. Plain SVG: no chart library in an extension that must stay small. Each label sits above its
 * bar with the chart's full width, so a long one ("Open with · Aim for", "Lowest acceptable") is never cut off.
 */
export function CostChart({ bars, currency, lang, title }: { bars: ChartBar[]; currency: Currency; lang: 'zh' | 'en'; title: string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(0, b.cost)));
  const rowH = 32;
  const width = 340;
  const barW = width - 90;
  return (
    <figure className="cost-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * rowH + 4}`} role="img" aria-label={title}>
        {bars.map((bar, i) => {
          const y = i * rowH + 4;
          const w = Math.max(2, (Math.max(0, bar.cost) / max) * barW);
          return (
            <g key={bar.key} className={`cost-chart__row cost-chart__row--${bar.tone}`}>
              <text x={0} y={y + 10} className="cost-chart__label">
                {bar.label}
              </text>
              <rect x={0} y={y + 14} width={w} height={12} rx={3} />
              <text x={w + 6} y={y + 24} className="cost-chart__value">
                {formatMoney(bar.cost, currency, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
