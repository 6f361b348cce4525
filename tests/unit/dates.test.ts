import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDossierDate, isCalendarDate, parseDossierDate } from '../../src/lib/dates.ts';

describe('parseDossierDate', () => {
  it('reads day, month, year and unknown precision', () => {
    expect(parseDossierDate('2023-12-21')).toEqual({ ok: true, date: { iso: '2023-12-21', precision: 'day' } });
    expect(parseDossierDate('2024-02')).toEqual({ ok: true, date: { iso: '2024-02', precision: 'month' } });
    expect(parseDossierDate(2024)).toEqual({ ok: true, date: { iso: '2024', precision: 'year' } });
    expect(parseDossierDate('unknown')).toEqual({ ok: true, date: { iso: null, precision: 'unknown' } });
  });

  it('rejects days that are not in the calendar instead of rolling them over', () => {
    expect(parseDossierDate('2026-02-29')).toEqual({ ok: false, error: '2026-02-29 is not a date in the calendar' });
    expect(parseDossierDate('2024-02-30')).toEqual({ ok: false, error: '2024-02-30 is not a date in the calendar' });
    expect(parseDossierDate('2024-02-29').ok).toBe(true);
    expect(parseDossierDate('2024-13').ok).toBe(false);
  });

  it('rejects a Date object, which would already have rolled 30 February over', () => {
    const result = parseDossierDate(new Date('2024-03-01'));
    expect(result.ok).toBe(false);
  });

  it('rejects other notations with the accepted forms in the message', () => {
    const result = parseDossierDate('21 december 2023');
    expect(result).toEqual({
      ok: false,
      error: '"21 december 2023" is not a date; write YYYY-MM-DD (2024-02-02), YYYY-MM (2024-02), YYYY (2024) or "unknown"',
    });
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 4, 31)).toBe(false);
  });
});

describe('formatDossierDate', () => {
  it('writes Dutch dates as precise as known', () => {
    expect(formatDossierDate({ iso: '2023-12-21', precision: 'day' })).toBe('21 december 2023');
    expect(formatDossierDate({ iso: '2024-02', precision: 'month' })).toBe('februari 2024');
    expect(formatDossierDate({ iso: '2024', precision: 'year' })).toBe('2024');
    expect(formatDossierDate({ iso: null, precision: 'unknown' })).toBe('datum onbekend');
    expect(formatDossierDate({ iso: '2024-04', precision: 'month', qualifier: 'approximately' })).toBe('omstreeks april 2024');
    expect(formatDossierDate({ iso: '2024-06-07', precision: 'day', qualifier: 'before' })).toBe('vóór 7 juni 2024');
  });
});

describe('dateSortKey', () => {
  it('orders days, then their month, then their year, then unknown', () => {
    const keys = [
      dateSortKey({ iso: null, precision: 'unknown' }),
      dateSortKey({ iso: '2024', precision: 'year' }),
      dateSortKey({ iso: '2024-02', precision: 'month' }),
      dateSortKey({ iso: '2024-02-02', precision: 'day' }),
      dateSortKey({ iso: '2023-12-21', precision: 'day' }),
    ];
    expect([...keys].sort()).toEqual([keys[4], keys[3], keys[2], keys[1], keys[0]]);
  });
});
