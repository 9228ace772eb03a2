import { openParleyDB } from './database';

/** The one database of the extension origin, shared by the background and the side panel. */
export const db = openParleyDB();
