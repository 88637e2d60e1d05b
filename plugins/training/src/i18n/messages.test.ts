import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('messages', () => {
  it('says every text in Kazakh, Russian and English alike', () => {
    const english = keys(en).sort();
    expect(keys(kk).sort()).toEqual(english);
    expect(keys(ru).sort()).toEqual(english);
  });
});
