import { describe, expect, it } from 'vitest';
import { trafficLight } from './traffic-light';

describe("a number widget's light (§69, §74)", () => {
  it('is green when the target is met, amber within the margin short of it, red further', () => {
    expect(trafficLight({ value: 60, target: 60, met: true, suppressed: false }, 'at_least', 5)).toBe(
      'green',
    );
    expect(trafficLight({ value: 56, target: 60, met: false, suppressed: false }, 'at_least', 5)).toBe(
      'amber',
    );
    expect(trafficLight({ value: 55, target: 60, met: false, suppressed: false }, 'at_least', 5)).toBe(
      'amber',
    );
    expect(trafficLight({ value: 54.9, target: 60, met: false, suppressed: false }, 'at_least', 5)).toBe(
      'red',
    );
  });

  it('reads a ceiling the other way round', () => {
    expect(trafficLight({ value: 7, target: 5, met: false, suppressed: false }, 'at_most', 2)).toBe('amber');
    expect(trafficLight({ value: 8, target: 5, met: false, suppressed: false }, 'at_most', 2)).toBe('red');
    expect(trafficLight({ value: 4, target: 5, met: null, suppressed: false }, 'at_most', 2)).toBe('green');
  });

  it('has no amber without a margin, and says nothing of a withheld figure or one without a target', () => {
    expect(trafficLight({ value: 59, target: 60, met: false, suppressed: false }, 'at_least', null)).toBe(
      'red',
    );
    expect(trafficLight({ value: null, target: 60, met: null, suppressed: true }, 'at_least', 5)).toBe(
      'suppressed',
    );
    expect(trafficLight({ value: 12, target: null, met: null, suppressed: false }, 'at_least', 5)).toBe(
      'none',
    );
  });
});
