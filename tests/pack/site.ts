/** The build the pack tests read: the one under a sub-path, which npm test makes with the pack. */
export const PACK_DIST = 'dist-subpath';
export const PACK_BASE = '/metoo-pakistan/';
