import { describe, expect, it } from 'vitest';
import { pathOf, screenFromPath, servedUnderPrefix } from './intake-route';

describe('intake routes', () => {
  it('maps the addresses under /report to screens and back', () => {
    expect(screenFromPath('/report')).toBe('start');
    expect(screenFromPath('/report/')).toBe('start');
    expect(screenFromPath('/report/new')).toBe('new');
    expect(screenFromPath('/report/follow-up/')).toBe('follow-up');
    expect(screenFromPath('/report/anything-else')).toBe('start');
    expect(pathOf('new')).toBe('/report/new');
    expect(pathOf('follow-up')).toBe('/report/follow-up');
  });

  it('keeps the history only when the page is served under /report', () => {
    expect(servedUnderPrefix('/report')).toBe(true);
    expect(servedUnderPrefix('/report/new')).toBe(true);
    expect(servedUnderPrefix('/reports')).toBe(false);
    expect(servedUnderPrefix('/plugins/hotline/intake/index.html')).toBe(false);
  });
});
