/**
 * Where the quick exit goes: a page that says nothing about this site, on a site almost
 * everyone visits daily. Set EXIT_URL at build time to choose another.
 */
export const EXIT_URL = process.env.EXIT_URL || 'https://www.google.com/';
