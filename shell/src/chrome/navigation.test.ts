import { describe, expect, it } from 'vitest';
import type { AdalPluginManifest } from '@adal/sdk/host';
import { buildNavigation, currentLinkPath, groupNavigation } from './navigation';

function plugin(id: string, navigation: AdalPluginManifest['navigation'], titleKey?: string) {
  const manifest: AdalPluginManifest = {
    id,
    version: '1',
    routePrefix: `/${id}`,
    titleKey,
    navigation,
    kpiWidgets: [],
    messages: { kk: {}, ru: {}, en: {} },
  };
  return { id, manifest };
}

const plugins = [
  plugin(
    'training',
    [
      { labelKey: 'nav.courses', path: '/training', roles: [] },
      { labelKey: 'nav.admin', path: '/training/admin', roles: ['training_admin'] },
    ],
    'plugin.title',
  ),
  plugin('compliance', [
    { labelKey: 'nav.risks', path: '/compliance', roles: ['compliance_head', 'auditor'] },
  ]),
  { id: 'broken', manifest: null },
];

describe('buildNavigation', () => {
  it('shows an employee only the entries open to everyone', () => {
    expect(buildNavigation(plugins, ['employee'])).toEqual([
      { key: 'training:/training', labelKey: 'plugin.training.nav.courses', path: '/training' },
    ]);
  });

  it('adds the entries of every role the person holds', () => {
    expect(buildNavigation(plugins, ['employee', 'training_admin', 'auditor']).map((l) => l.path)).toEqual([
      '/training',
      '/training/admin',
      '/compliance',
    ]);
  });
});

describe('groupNavigation', () => {
  it('puts each plugin’s entries under its title, leaving out plugins with nothing for the person', () => {
    const groups = groupNavigation(plugins, ['employee', 'training_admin']);
    expect(groups.map((group) => [group.key, group.titleKey, group.links.map((l) => l.path)])).toEqual([
      ['training', 'plugin.training.plugin.title', ['/training', '/training/admin']],
    ]);
  });

  it('names a plugin without a title by its first entry', () => {
    const [group] = groupNavigation(plugins, ['auditor']).filter((g) => g.key === 'compliance');
    expect(group?.titleKey).toBe('plugin.compliance.nav.risks');
  });
});

describe('currentLinkPath', () => {
  const links = [{ path: '/hotline' }, { path: '/hotline/dashboard' }, { path: '/hotline/settings' }];

  it('marks only the deepest link the page lies under', () => {
    expect(currentLinkPath(links, '/hotline/settings')).toBe('/hotline/settings');
    expect(currentLinkPath(links, '/hotline/dashboard')).toBe('/hotline/dashboard');
    expect(currentLinkPath(links, '/hotline/cases/42')).toBe('/hotline');
    expect(currentLinkPath(links, '/hotline')).toBe('/hotline');
  });

  it('marks nothing outside every link, nor a link that merely starts with the same letters', () => {
    expect(currentLinkPath(links, '/')).toBeNull();
    expect(currentLinkPath(links, '/hotlines')).toBeNull();
  });
});
