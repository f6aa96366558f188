/**
 * Whether the manifest's content_scripts run on a URL, evaluated as the browsers do: one of an entry's match
 * patterns and, when the entry has include_globs, one of them over the whole URL. WXT's MatchPattern reads a
 * pattern's path against the URL's path alone, where browsers read path and query: the same verdict for
 * patterns whose path ends in `*`, as every one here does.
 *
 * Chrome's documentation has `?` match exactly one character, its glob code matches zero or one; Firefox
 * matches exactly one. `strict` reads `?` as one character (use it to show a URL is covered), `loose` as zero
 * or one (use it to show a URL is not).
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { ScriptRegistration } from '../../lib/script-registrations';

export type GlobReading = 'strict' | 'loose';

const compiled = new Map<string, RegExp>();

function globRegExp(glob: string, reading: GlobReading): RegExp {
  const cacheKey = `${reading} ${glob}`;
  const known = compiled.get(cacheKey);
  if (known) return known;
  const body = [...glob]
    .map((ch) =>
      ch === '*' ? '.*' : ch === '?' ? (reading === 'strict' ? '.' : '.?') : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&'),
    )
    .join('');
  const re = new RegExp(`^${body}$`, 's');
  compiled.set(cacheKey, re);
  return re;
}

export function scriptRunsOn(url: string, registrations: readonly ScriptRegistration[], reading: GlobReading): boolean {
  const href = new URL(url).href;
  return registrations.some(
    ({ matches, include_globs }) =>
      matches.some((pattern) => new MatchPattern(pattern).includes(href)) &&
      (!include_globs || include_globs.some((glob) => globRegExp(glob, reading).test(href))),
  );
}
