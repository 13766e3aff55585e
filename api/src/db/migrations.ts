import { Foundation1764201600000 } from '../../../migrations/1764201600000-foundation';

/** In order; never edit one that has landed, add the next. */
export const MIGRATIONS = [Foundation1764201600000];
