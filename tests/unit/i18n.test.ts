import { describe, expect, it } from 'vitest';
import { getMessageFrom, loadLocale } from '../support/chrome-i18n';

const en = loadLocale('en');
const fr = loadLocale('fr');
const placeholderNames = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();

describe('locales', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders, declared and used, non-empty text', (key) => {
    const e = en[key];
    const f = fr[key];
    expect(e?.message.trim()).toBeTruthy();
    expect(f?.message.trim()).toBeTruthy();
    expect(placeholderNames(f?.message ?? '')).toEqual(placeholderNames(e?.message ?? ''));
    const declared = Object.keys(e?.placeholders ?? {}).sort();
    expect(declared).toEqual(Object.keys(f?.placeholders ?? {}).sort());
    expect([...new Set(placeholderNames(e?.message ?? ''))]).toEqual(declared);
    for (const name of declared) expect(f?.placeholders?.[name]?.content).toBe(e?.placeholders?.[name]?.content);
  });

  it('substitutes like Chrome', () => {
    expect(getMessageFrom(en, 'daysIn', ['5'])).toBe('in 5 days');
    expect(getMessageFrom(fr, 'trackStep', ['2', '14.310x', 'Prévu'])).toBe('Étape 2, 14.310x : Prévu');
  });
});
