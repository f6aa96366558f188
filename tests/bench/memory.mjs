// What an SDS tab keeps in memory with the hint on it, against the floor: read from a heap snapshot of the
// tab's renderer after a full collection. Used by bench.mjs.
import { measuredLoad } from './lab.mjs';

/** Loads of the page before the snapshot, so what is kept is what stays from one load to the next. */
const LOADS_BEFORE = 4;

/**
 * Self sizes summed over a heap snapshot of `page`'s renderer, taken after `LOADS_BEFORE` loads of `url` and
 * a full collection: every node (V8's heap and Blink's), and the external strings among them (where V8 keeps
 * a script's source text). Each load waits for the extension's work `until`, as measuredLoad does.
 */
export async function retainedAfterLoads(page, url, until) {
  for (let i = 0; i < LOADS_BEFORE; i++) await measuredLoad(page, url, until);
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [name, selfSize] = [fields.indexOf('name'), fields.indexOf('self_size')];
  let totalBytes = 0;
  let sourceBytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    totalBytes += nodes[i + selfSize];
    if (strings[nodes[i + name]] === 'system / ExternalStringData') sourceBytes += nodes[i + selfSize];
  }
  return { totalKb: Math.round(totalBytes / 1024), externalStringsKb: Math.round(sourceBytes / 1024) };
}
