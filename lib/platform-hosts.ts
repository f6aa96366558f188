/**
 * The hosts of the platforms SDS runs on (docs/platforms.md): where the content script may run (which pages
 * of them: lib/script-registrations.ts) and whose pages may import its module. Exact hosts only:
 * `learning.edx.org.example.com` is not edX.
 */
export const EDX_HOSTS = {
  www: 'www.edx.org',
  learning: 'learning.edx.org',
  courses: 'courses.edx.org',
  home: 'home.edx.org',
} as const;

/** MITx Online and MIT Learn, where the SDS runs are from Fall 2026 (14.310x for years before). */
export const MIT_HOSTS = {
  /** The Open edX course app and LMS (paths under `/learn/course/...`). */
  courseApp: 'courses.learn.mit.edu',
  /** The same app on its older host; old bookmarks still lead here. */
  courseAppOld: 'courses.mitxonline.mit.edu',
  /** MITx Online: course about pages, the older dashboard, the API. */
  mitxOnline: 'mitxonline.mit.edu',
  /** MIT Learn: product pages and the learner dashboard (a single-page app). */
  learn: 'learn.mit.edu',
} as const;

export const PAGE_HOSTS: readonly string[] = [...Object.values(EDX_HOSTS), ...Object.values(MIT_HOSTS)];

/** Every page host as a match pattern: the hosts whose pages may import the hint's module (web_accessible_resources). */
export const PAGE_MATCHES: string[] = PAGE_HOSTS.map((host) => `https://${host}/*`);

/** Whether a URL is a platform page the extension runs on (https only, exact host). */
export function isPlatformPageUrl(url: string | undefined): boolean {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' && PAGE_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
