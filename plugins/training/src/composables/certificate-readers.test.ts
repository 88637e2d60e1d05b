import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ROLES } from '../manifest';
import { CERTIFICATE_READERS } from './certificate-readers';

describe('certificate readers', () => {
  it('are the same roles for the pages as for the navigation and the routes', () => {
    expect([...CERTIFICATE_READERS].sort()).toEqual([...CERTIFICATE_ROLES].sort());
  });
});
