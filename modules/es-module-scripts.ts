/**
 * A local WXT module: builds chosen scripts as ES modules with their own exports, for a content script to
 * `import()` from a web-accessible URL.
 *
 * WXT builds an unlisted script as a classic script (an IIFE) around its `defineUnlistedScript` default
 * export, which an `import()` cannot read. Each script named in the option is added as an entrypoint of its
 * own and bundled from its file directly, as one minified ES module (its dynamic imports inlined, evaluated
 * on first use), so its named exports are what the importer gets.
 *
 * These modules run in a content script, where the extension's one exception to webextension-polyfill holds
 * (docs/decisions.md): `wxt/browser` resolves to the browser's own namespace (`@wxt-dev/browser`) in them,
 * for their size. Everything they call returns a promise natively in Chrome's MV3 and in Firefox.
 *
 * Option (in wxt.config.ts): `esModuleScripts: { 'hint-app': 'entrypoints/hint-app/module.ts' }`, the output
 * name (`hint-app.js`) and the file it is built from. The file must not be one WXT discovers by itself.
 */
import { resolve } from 'node:path';
import 'wxt';
import type { Alias, AliasOptions } from 'vite';
import { addEntrypoint, defineWxtModule } from 'wxt/modules';

/** Output name (without `.js`) → the script's source file, relative to the project root. */
export type EsModuleScriptsOptions = Readonly<Record<string, string>>;

declare module 'wxt' {
  interface InlineConfig {
    esModuleScripts?: EsModuleScriptsOptions;
  }
}

/** Ahead of every other alias, so it wins over the polyfill module's `wxt/browser`. */
const NATIVE_BROWSER: Alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };

function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  return Array.isArray(alias)
    ? [...alias]
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

export default defineWxtModule<EsModuleScriptsOptions>({
  name: 'es-module-scripts',
  configKey: 'esModuleScripts',
  setup(wxt, options = {}) {
    const inputs = new Map(Object.entries(options).map(([name, file]) => [name, resolve(wxt.config.root, file)]));
    for (const [name, inputPath] of inputs) {
      addEntrypoint(wxt, {
        type: 'unlisted-script',
        name,
        inputPath,
        outputDir: wxt.config.outDir,
        options: {},
        skipped: false,
      });
    }
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      const [only] = entrypoints.length === 1 ? entrypoints : [];
      const inputPath = only && inputs.get(only.name);
      if (!inputPath || !config.build?.lib) return;
      config.build.lib = { ...config.build.lib, entry: inputPath, formats: ['es'] };
      config.resolve = { ...config.resolve, alias: [NATIVE_BROWSER, ...aliasList(config.resolve?.alias)] };
      const output = config.build.rollupOptions?.output;
      // Vite leaves ES libraries unminified (for other bundlers to finish); this one ships as it is built.
      if (output && !Array.isArray(output)) Object.assign(output, { codeSplitting: false, minify: true });
    });
  },
});
