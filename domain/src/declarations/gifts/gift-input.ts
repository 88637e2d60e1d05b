import { ValidationError } from '../../kernel/errors.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { GIFT_CURRENCIES, type GiftCurrency } from './gift-declaration.entity.js';

/** A text a person types: trimmed, required or not, at most `max` characters. */
export function text(
  value: string | null | undefined,
  field: string,
  max: number,
  required: ValidationError | null,
): string | null {
  const trimmed = (value ?? '').trim();
  if (!trimmed) {
    if (required) throw required;
    return null;
  }
  if (trimmed.length > max)
    throw ValidationError.because('declarations.gift.textTooLong', { field, what: field, max });
  return trimmed;
}

/** A day that has happened: a real date, not after today in Kazakhstan. */
export function pastDay(value: string, field: string, now: Date): CalendarDay {
  const day = parseCalendarDay(value);
  if (!day) throw ValidationError.because('kernel.notADayOf', { field, what: field, value });
  if (day > kazakhstanDay(now))
    throw ValidationError.because('kernel.dayInFuture', { field, what: field, date: day });
  return day;
}

/** A money amount: a finite number from 0, at most two decimals kept. */
export function amount(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw ValidationError.because('declarations.gift.valueNotNumber', { field });
  if (value < 0) throw ValidationError.because('declarations.gift.valueNegative', { field });
  return Math.round(value * 100) / 100;
}

export function currency(value: string): GiftCurrency {
  const code = value.trim().toUpperCase();
  if (!(GIFT_CURRENCIES as readonly string[]).includes(code)) {
    throw ValidationError.because('declarations.gift.currencyUnknown', {
      field: 'currency',
      currency: value,
      currencies: GIFT_CURRENCIES.join(', '),
    });
  }
  return code as GiftCurrency;
}

/** Tenge for one unit of `code`: 1 for tenge, else the rate given, above 0. */
export function exchangeRate(code: GiftCurrency, rate: number | null | undefined): number {
  if (code === 'KZT') return 1;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0)
    throw ValidationError.because('declarations.gift.exchangeRateRequired', {
      field: 'exchangeRate',
      currency: code,
    });
  return Math.round(rate * 1_000_000) / 1_000_000;
}
