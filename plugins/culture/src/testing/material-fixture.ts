import type { CultureMaterialFieldsFragment } from '../graphql/generated/graphql';

/** A memo on conflicts of interest for everyone, published, asking for acknowledgement by 12 March. */
export const MEMO: CultureMaterialFieldsFragment = {
  id: 'm1',
  kind: 'memo',
  subject: 'conflict_of_interest',
  title: {
    kk: 'Мүдделер қақтығысы туралы жадынама',
    ru: 'Памятка о конфликте интересов',
    en: 'Conflict-of-interest memo',
  },
  body: {
    kk: '<p>Басшыңызға хабарлаңыз.</p>',
    ru: '<p>Сообщите руководителю.</p>',
    en: '<p>Tell your manager.</p>',
  },
  status: 'published',
  linkUrl: null,
  source: null,
  sourceName: null,
  file: null,
  audienceAll: true,
  audienceOrgUnits: [],
  audienceRoles: [],
  requiresAcknowledgement: true,
  acknowledgementDays: 10,
  revision: 1,
  publishedAt: '2026-03-02T04:00:00.000Z',
  publishedBy: { id: 'p0', fullName: 'Данияр Қасымов' },
  acknowledgeBy: '2026-03-12',
  withdrawnAt: null,
  updatedAt: '2026-03-02T04:00:00.000Z',
  forViewer: true,
  acknowledgement: null,
  acknowledgementOverdue: true,
};

/** A booklet with a link to the Basel Institute, asking for nothing. */
export const BOOKLET: CultureMaterialFieldsFragment = {
  ...MEMO,
  id: 'm2',
  kind: 'booklet',
  subject: 'anti_corruption_policy',
  title: { kk: 'Саясат буклеті', ru: 'Буклет о политике', en: 'Policy booklet' },
  linkUrl: 'https://baselgovernance.org/',
  source: 'basel_institute',
  requiresAcknowledgement: false,
  acknowledgeBy: null,
  acknowledgementOverdue: false,
};
