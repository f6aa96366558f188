/**
 * A throw-away TLS certificate for local stand-ins of the platforms' hosts (the benchmark's HTTPS server,
 * the Firefox suite's fixture proxy): an EC key and a self-signed certificate naming `hosts`, valid for a
 * day, made with openssl in a temporary folder that is removed again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @param {readonly string[]} hosts @returns {{ key: string; cert: string }} */
export function throwAwayCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'mmc-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch {
    throw new Error('openssl is needed for the local HTTPS stand-ins of the platforms: apt-get install -y openssl');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
