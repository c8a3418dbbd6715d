// @ts-check
// Quarterdeck's site: static output only. `site` and `base` come from the environment
// (QUARTERDECK_SITE, QUARTERDECK_BASE), set by `npm run build` from its flags or the config file.
import { defineConfig } from 'astro/config';

const base = process.env.QUARTERDECK_BASE || '/';

export default defineConfig({
  output: 'static',
  site: process.env.QUARTERDECK_SITE || undefined,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // A strict Content-Security-Policy allows only the site's own files: no inline styles or scripts.
    inlineStylesheets: 'never',
    assets: '_assets',
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
