/**
 * Small inline SVG charts for the report: no library, no script, no network. Each chart is an
 * image with a title and a description that states every value, so a screen reader (or a
 * printout in black and white) loses nothing; values are also written beside the bars.
 */
import { html } from './html';
import type { SafeHtml } from './html';

export interface Bar {
  label: string;
  value: number;
  /** The text written at the end of the bar and read out: "72% (144 of 200)". */
  valueText: string;
}

export interface ChartText {
  /** Unique within the page: used for the title and description ids. */
  id: string;
  title: string;
  /** Introduces the values in the description: "Share of objectives meeting each letter". */
  description: string;
}

const WIDTH = 720;

function accessibleSvg(text: ChartText, height: number, body: SafeHtml, values: string): SafeHtml {
  return html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    role="img"
    aria-labelledby="${text.id}-title ${text.id}-desc"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${text.id}-title">${text.title}</title>
    <desc id="${text.id}-desc">${text.description}: ${values}.</desc>
    ${body}
  </svg>`;
}

/** Horizontal bars, longest meaning most; `max` sets the scale (e.g. 1 for shares). */
export function horizontalBarChart(text: ChartText, bars: readonly Bar[], max: number): SafeHtml {
  const labelWidth = 260;
  const valueWidth = 150;
  const barArea = WIDTH - labelWidth - valueWidth;
  const rowHeight = 30;
  const height = Math.max(1, bars.length) * rowHeight + 10;
  const scale = max > 0 ? barArea / max : 0;
  const rows = bars.map((bar, i) => {
    const y = 5 + i * rowHeight;
    const w = Math.max(0, Math.round(bar.value * scale * 10) / 10);
    return html`<g>
      <text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end" class="chart-label"
        >${bar.label}</text
      >
      <rect
        x="${labelWidth}"
        y="${y + 4}"
        width="${barArea}"
        height="${rowHeight - 10}"
        class="chart-track"
      />
      <rect
        x="${labelWidth}"
        y="${y + 4}"
        width="${w}"
        height="${rowHeight - 10}"
        class="chart-bar"
      />
      <text x="${labelWidth + w + 6}" y="${y + 19}" class="chart-value">${bar.valueText}</text>
    </g>`;
  });
  const values = bars.map((b) => `${b.label} ${b.valueText}`).join('; ');
  return accessibleSvg(text, height, html`${rows}`, values || 'none');
}

/** Vertical columns over ordered bins (a histogram), each labelled underneath. */
export function columnChart(text: ChartText, bars: readonly Bar[]): SafeHtml {
  const height = 260;
  const top = 24;
  const bottom = 44;
  const left = 40;
  const plotHeight = height - top - bottom;
  const slot = (WIDTH - left - 10) / Math.max(1, bars.length);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const columns = bars.map((bar, i) => {
    const h = Math.round((bar.value / max) * plotHeight * 10) / 10;
    const x = Math.round((left + i * slot + slot * 0.15) * 10) / 10;
    const w = Math.round(slot * 0.7 * 10) / 10;
    const cx = Math.round((x + w / 2) * 10) / 10;
    return html`<g>
      <rect x="${x}" y="${top + plotHeight - h}" width="${w}" height="${h}" class="chart-bar" />
      <text x="${cx}" y="${top + plotHeight - h - 6}" text-anchor="middle" class="chart-value"
        >${bar.valueText}</text
      >
      <text x="${cx}" y="${height - bottom + 18}" text-anchor="middle" class="chart-label"
        >${bar.label}</text
      >
    </g>`;
  });
  const axis = html`<line
    x1="${left}"
    y1="${top + plotHeight}"
    x2="${WIDTH - 10}"
    y2="${top + plotHeight}"
    class="chart-axis"
  />`;
  const values = bars.map((b) => `${b.label}: ${b.valueText}`).join('; ');
  return accessibleSvg(text, height, html`${axis}${columns}`, values || 'none');
}
