import { describe, expect, it } from 'vitest';
import { canSee } from '@adal/sdk';
import { kpiWidgets, navigation, ROUTE_PREFIX } from './manifest';
import { routes } from './routes';

function visibleTo(roles: string[]): string[] {
  return navigation.filter((entry) => canSee(entry, roles)).map((entry) => entry.labelKey);
}

describe('manifest', () => {
  it('shows each role the hotline pages it works with, and an employee none', () => {
    expect(visibleTo(['compliance_head'])).toEqual([
      'nav.cases',
      'nav.dashboard',
      'nav.quarterlyReports',
      'nav.protection',
      'nav.settings',
      'nav.questions',
    ]);
    expect(visibleTo(['hotline_investigator'])).toEqual(['nav.cases', 'nav.dashboard']);
    // The first head names the alternate handler and decides disclosures that involve whoever runs a case.
    expect(visibleTo(['first_head'])).toEqual([
      'nav.cases',
      'nav.dashboard',
      'nav.quarterlyReports',
      'nav.settings',
    ]);
    // A board member may be the alternate handler of the cases that name the compliance head.
    expect(visibleTo(['board_member'])).toEqual(['nav.cases', 'nav.dashboard', 'nav.quarterlyReports']);
    expect(visibleTo(['auditor'])).toEqual(['nav.dashboard', 'nav.quarterlyReports', 'nav.protection']);
    expect(visibleTo(['compliance_officer'])).toEqual(['nav.protection']);
    expect(visibleTo(['hr_officer'])).toEqual(['nav.protection']);
    expect(visibleTo(['org_admin'])).toEqual(['nav.protection']);
    expect(visibleTo(['employee'])).toEqual([]);
  });

  it('points every entry at a route of the plugin and offers the four hotline KPIs', () => {
    const paths = routes.map((route) => route.path);
    for (const entry of navigation) {
      const below = entry.path.slice(ROUTE_PREFIX.length) || '/';
      expect(paths).toContain(below);
    }
    expect(kpiWidgets.map((widget) => widget.kpiCode)).toEqual([
      'hotline.acknowledged_in_time',
      'hotline.processed_in_time',
      'hotline.recommendations_on_time',
      'hotline.reports_count',
    ]);
  });

  it('refuses each page to the roles its entry is not shown to, and names it for the tab', () => {
    for (const entry of navigation) {
      const below = entry.path.slice(ROUTE_PREFIX.length) || '/';
      const route = routes.find((candidate) => candidate.path === below);
      expect(route?.meta?.roles).toEqual(entry.roles);
      expect(route?.meta?.titleKey).toBe(entry.labelKey);
    }
  });
});
