// Seats: one bar of the whole house split into "for" and the rest, with the majority line, and a labelled bar per party.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { CsvTable } from '../lib/budget/csv.ts';
import { assertDrawable, DEFAULT_WIDTH, emptyChart, hatchPattern, hatchRect, num, rectEl, SMALL_FONT_SIZE, svgDocument, textEl, textWidth, type ChartText } from './svg.ts';

export interface SeatParty {
  label: string;
  seats: number;
  /** True for the parties that voted for; every other party is in the second group. */
  for: boolean;
}

export interface SeatsData {
  totalSeats: number;
  majority: number;
  parties: SeatParty[];
}

export interface SeatsOptions extends ChartText {
  /** Group headings and summary labels, e.g. "Voor" and "Niet voor". */
  forLabel: string;
  otherLabel: string;
  /** Label of the majority line, e.g. "Meerderheid: 76 van 150". */
  majorityLabel: string;
  /** Unit after a number, e.g. "zetels". */
  seatsWord: string;
}

export const SEATS_LAYOUT = { left: 8, right: 8, top: 30, summaryHeight: 22, headHeight: 20, rowHeight: 16, barHeight: 11, valueSpace: 28, gap: 8 };

function validate(data: SeatsData): void {
  assertDrawable(data.totalSeats, 'totalSeats');
  assertDrawable(data.majority, 'majority');
  for (const p of data.parties) assertDrawable(p.seats, p.label);
  const sum = data.parties.reduce((t, p) => t + p.seats, 0);
  if (sum > data.totalSeats) throw new Error(`the parties have ${sum} seats, more than the ${data.totalSeats} in all`);
}

/** Scales, exported so tests can compute the expected geometry: the whole house, and the party rows. */
export function seatsScales(data: SeatsData, width: number) {
  const L = SEATS_LAYOUT;
  const labelWidth = (max(data.parties, (p) => textWidth(p.label, SMALL_FONT_SIZE)) ?? 0) + 8;
  const house = scaleLinear().domain([0, data.totalSeats || 1]).range([L.left, width - L.right]);
  const partyStart = L.left + labelWidth;
  const party = scaleLinear()
    .domain([0, max(data.parties, (p) => p.seats) || 1])
    .range([0, width - partyStart - L.right - L.valueSpace]);
  return { house, party, partyStart };
}

export function seats(data: SeatsData, options: SeatsOptions): string {
  validate(data);
  if (data.parties.length === 0) return emptyChart(options, 'seats');
  const L = SEATS_LAYOUT;
  const width = options.width ?? DEFAULT_WIDTH;
  const { house, party, partyStart } = seatsScales(data, width);
  const groups = [
    { label: options.forLabel, parties: data.parties.filter((p) => p.for), series: 0 },
    { label: options.otherLabel, parties: data.parties.filter((p) => !p.for), series: 1 },
  ].map((g) => ({ ...g, seats: g.parties.reduce((t, p) => t + p.seats, 0) }));
  const parts: string[] = [`<defs>${hatchPattern(options.id)}</defs>`];

  const top = L.top;
  let at = 0;
  for (const g of groups) {
    const x0 = house(at);
    const w = house(at + g.seats) - x0;
    parts.push(rectEl(`bar summary series-${g.series}`, x0, top, w, L.summaryHeight, `${g.label}: ${g.seats} ${options.seatsWord}`));
    if (g.series === 1) parts.push(hatchRect(options.id, x0, top, w, L.summaryHeight));
    at += g.seats;
  }
  parts.push(textEl(L.left, top - 6, `${groups[0]?.label}: ${groups[0]?.seats} ${options.seatsWord}`, { className: 'summary-label' }));
  parts.push(textEl(width - L.right, top - 6, `${groups[1]?.label}: ${groups[1]?.seats} ${options.seatsWord}`, { className: 'summary-label', anchor: 'end' }));
  const mx = house(data.majority);
  parts.push(`<line class="majority-line" x1="${num(mx)}" x2="${num(mx)}" y1="${num(top - 14)}" y2="${num(top + L.summaryHeight + 6)}" stroke="currentColor" stroke-width="2" stroke-dasharray="4 2"/>`);
  const labelAnchor = mx > width * 0.6 ? 'end' : 'start';
  parts.push(textEl(mx + (labelAnchor === 'end' ? -4 : 4), top + L.summaryHeight + 16, options.majorityLabel, { className: 'majority-label', anchor: labelAnchor, size: SMALL_FONT_SIZE }));

  let y = top + L.summaryHeight + 26;
  for (const g of groups) {
    if (g.parties.length === 0) continue;
    y += L.headHeight;
    parts.push(textEl(L.left, y - 5, `${g.label} (${g.seats} ${options.seatsWord})`, { className: 'group-label' }));
    for (const p of g.parties) {
      const w = party(p.seats);
      parts.push(textEl(L.left, y + L.barHeight - 2, p.label, { className: 'party-label', size: SMALL_FONT_SIZE }));
      parts.push(rectEl(`bar party series-${g.series}`, partyStart, y, w, L.barHeight, `${p.label}: ${p.seats} ${options.seatsWord}, ${g.label.toLowerCase()}`));
      if (g.series === 1) parts.push(hatchRect(options.id, partyStart, y, w, L.barHeight));
      parts.push(textEl(partyStart + w + 4, y + L.barHeight - 2, String(p.seats), { className: 'value-label', size: SMALL_FONT_SIZE }));
      y += L.rowHeight;
    }
    y += L.gap;
  }
  return svgDocument(options, 'seats', y, `<g class="plot">${parts.join('')}</g>`);
}

export function seatsTable(data: SeatsData, columns: [party: string, seats: string, vote: string], forLabel: string, otherLabel: string): CsvTable {
  validate(data);
  return { columns, rows: data.parties.map((p) => [p.label, p.seats, p.for ? forLabel : otherLabel]) };
}
