import { describe, expect, it } from 'vitest';
import { getMessageFrom, loadLocale } from '../support/chrome-i18n';

const en = loadLocale('en');
const fr = loadLocale('fr');
const placeholderNames = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();

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

  it('no message spells a plural with brackets: counts use plural forms', () => {
    for (const [key, entry] of Object.entries({ ...en, ...fr }) as [string, { message: string }][])
      expect(entry.message, key).not.toMatch(/\w\((?:s|ies|x)\)/);
  });

  it('every plural form has its pair, in both languages', () => {
    for (const catalog of [en, fr]) {
      const keys = Object.keys(catalog);
      for (const key of keys.filter((k) => k.endsWith('_one')))
        expect(keys, key).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('substitutes like Chrome', () => {
    expect(getMessageFrom(en, 'daysIn_other', ['5'])).toBe('in 5 days');
    expect(getMessageFrom(fr, 'trackStep', ['Étape 2', '14.310x', 'Prévu'])).toBe('Étape 2, 14.310x : Prévu');
  });
});

describe('plural forms', () => {
  it.each([
    [1, 'in 1 day', '1 day ago', '1 day before'],
    [2, 'in 2 days', '2 days ago', '2 days before'],
    [21, 'in 21 days', '21 days ago', '21 days before'],
  ])('%i in English', async (n, inN, ago, before) => {
    const { tn } = await import('../../lib/i18n');
    expect([tn('daysIn', n), tn('daysAgo', n), tn('optionsDaysBefore', n)]).toEqual([inN, ago, before]);
  });
});
