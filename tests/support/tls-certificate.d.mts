/** A throw-away TLS certificate naming `hosts` (tls-certificate.mjs). */
export function throwAwayCertificate(hosts: readonly string[]): { key: string; cert: string };
