/** The edX hosts the extension's content scripts run on (edx.md, "Hosts"); the manifest is built from them. */
export const EDX_HOSTS = {
  www: 'www.edx.org',
  learning: 'learning.edx.org',
  courses: 'courses.edx.org',
  home: 'home.edx.org',
} as const;

export const EDX_PAGE_HOSTS: readonly string[] = Object.values(EDX_HOSTS);

/** Manifest match patterns for every edX page host. */
export const EDX_PAGE_MATCHES: string[] = EDX_PAGE_HOSTS.map((host) => `https://${host}/*`);

/** Whether a URL is an edX page the extension runs on (https only, exact host). */
export function isEdxPageUrl(url: string | undefined): boolean {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' && EDX_PAGE_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
