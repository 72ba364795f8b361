/** The web app manifest, so the explainer can be installed and opened offline; paths follow the base path. */
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: t('en', 'site.title'),
    short_name: '#MeToo PK',
    description: t('en', 'site.tagline'),
    lang: 'en',
    dir: 'auto',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#a53a12',
    icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
