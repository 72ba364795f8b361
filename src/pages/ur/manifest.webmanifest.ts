/** The Urdu edition's manifest (see src/site/manifest.ts). */
import type { APIRoute } from 'astro';
import { webManifest } from '../../site/manifest.ts';

export const GET: APIRoute = () => webManifest('ur', import.meta.env.BASE_URL);
