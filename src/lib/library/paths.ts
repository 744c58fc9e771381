/** Paths of a session's data: its Atom feed per language and its JSON index (one for every language). */
import { sessionPath } from './session';

/** `/A/RES/76/feed.xml`, `/fr/A/RES/76/feed.xml`. */
export const sessionFeedPath = (session: string, language: string): string => `${sessionPath(session, language)}feed.xml`;

/** `/A/RES/76/data.json`: every resolution of the session, every language's title and URLs. */
export const sessionDataPath = (session: string): string => `${sessionPath(session, 'en')}data.json`;

/** The JSON Schema of the session index: `/schemas/session.json`. */
export const sessionSchemaPath = '/schemas/session.json';
