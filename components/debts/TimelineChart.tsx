import type { Timeline } from '../../lib/debts/timeline';
import { formatMonth } from '../../lib/debts/months';
import { formatMoney } from '../../lib/negotiate/index';
import type { Currency } from '../../lib/negotiate/types';
import { t, type Lang } from '../../lib/ui/i18n';

const W = 340;
const H = 170;
const LEFT = 4;
const RIGHT = 4;
const TOP = 16;
const BOTTOM = 22;
/** About the width of 'YYYY-MM' at the axis font size. */
const LABEL_WIDTH = 34;

export interface TimelineSeries {
  debtId: string;
  name: string;
  colour: string;
}

/**
 * Monthly payments across every plan as stacked bars, one per month: agreed plans solid, proposed ones pale with a
 * dashed edge, and what the person can pay as a dashed line, so a month that asks too much stands out.
 */
export function TimelineChart({ timeline, series, currency, lang }: { timeline: Timeline; series: TimelineSeries[]; currency: Currency; lang: Lang }) {
  const money = (m: number) => formatMoney(m, currency, lang);
  const months = timeline.months;
  if (months.length === 0 || timeline.peak === 0) return <p className="hint">{t('timelineEmpty')}</p>;
  const colourOf = new Map(series.map((s) => [s.debtId, s.colour]));
  const top = Math.max(timeline.peak, timeline.capacity) * 1.08 || 1;
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const step = plotW / months.length;
  const barW = Math.max(1, step * 0.78);
  const y = (amount: number) => TOP + plotH - (amount / top) * plotH;
  const labelEvery = Math.max(1, Math.ceil(months.length / 6));
  const capacityY = y(timeline.capacity);
  const last = [...months].reverse().find((m) => m.total > 0);
  const summary = t('timelineSummary', [money(timeline.peak), last ? formatMonth(last.month) : '—']);
  const shown = series.filter((s) => months.some((m) => m.bars.some((b) => b.debtId === s.debtId)));
  const kinds = new Set(months.flatMap((m) => m.bars.map((b) => b.kind)));
  return (
    <figure className="timeline" data-testid="debts-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('timelineTitle')}: ${summary}. ${t('timelineCapacity', money(timeline.capacity))}.`}>
        <line x1={LEFT} x2={W - RIGHT} y1={TOP + plotH} y2={TOP + plotH} stroke="currentColor" strokeOpacity={0.3} />
        {months.map((m, i) => {
          let base = 0;
          const x = LEFT + i * step + (step - barW) / 2;
          return (
            <g key={m.month} data-month={formatMonth(m.month)}>
              <title>{`${formatMonth(m.month)}: ${money(m.total)}`}</title>
              {[...m.bars]
                .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'agreed' ? -1 : 1))
                .map((b) => {
                  const y0 = y(base);
                  base += b.amount;
                  const y1 = y(base);
                  const proposed = b.kind === 'proposed';
                  return (
                    <rect
                      key={`${b.debtId}-${b.kind}`}
                      x={x}
                      y={y1}
                      width={barW}
                      height={Math.max(0, y0 - y1)}
                      fill={colourOf.get(b.debtId) ?? '#64748b'}
                      fillOpacity={proposed ? 0.4 : 1}
                      stroke={proposed ? colourOf.get(b.debtId) ?? '#64748b' : 'none'}
                      strokeDasharray={proposed ? '2 1.5' : undefined}
                      strokeWidth={proposed ? 0.8 : 0}
                    />
                  );
                })}
              {/* A label that would run past the right edge is left out rather than cut off or drawn over its neighbour. */}
              {i % labelEvery === 0 && LEFT + i * step + LABEL_WIDTH <= W - RIGHT ? (
                <text className="timeline__axis" x={LEFT + i * step} y={H - 6}>
                  {formatMonth(m.month)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line className="timeline__capacity" x1={LEFT} x2={W - RIGHT} y1={capacityY} y2={capacityY} />
        <text className="timeline__axis" x={W - RIGHT} y={Math.max(10, capacityY - 3)} textAnchor="end">
          {money(timeline.capacity)}
        </text>
      </svg>
      <figcaption>
        <ul className="timeline__legend">
          {shown.map((s) => (
            <li key={s.debtId}>
              <span className="timeline__swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.name}
            </li>
          ))}
          {kinds.has('proposed') ? (
            <li>
              <span className="timeline__swatch timeline__swatch--proposed" style={{ background: '#64748b' }} aria-hidden="true" />
              {t('timelineProposed')}
            </li>
          ) : null}
          <li>
            <svg width="16" height="6" aria-hidden="true">
              <line className="timeline__capacity" x1="0" x2="16" y1="3" y2="3" />
            </svg>
            {t('timelineCapacity', money(timeline.capacity))}
          </li>
        </ul>
        <p className="hint">{summary}</p>
        {timeline.overCapacity.length > 0 ? (
          <p className="flag flag--warning" data-testid="timeline-over">
            {t('timelineOver', String(timeline.overCapacity.length))}
          </p>
        ) : null}
        {timeline.cut ? <p className="hint">{t('timelineCut')}</p> : null}
      </figcaption>
    </figure>
  );
}
