/**
 * What a built site weighs, by kind of file, against the host's limit: `npm run size -- [folder]`
 * (default dist/). Exits with an error when a session's own pages are over their budget
 * (`sessionLimit` per language version) or the site is over GitHub Pages' 1 GB, so a workflow stops before it uploads a
 * site the host would refuse.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostLimit, megabytes, sessionLimit, sessionsOverBudget, siteSize } from '../tests/support/site-size';

const folder = resolve(process.argv[2] ?? 'dist');
if (!existsSync(folder)) throw new Error(`site-size: ${folder} does not exist; build the site first (npm run build)`);
const { kinds, sessions, total } = siteSize(folder);
const rows = [...kinds].filter(([, { files }]) => files > 0).map(([kind, { files, bytes }]) => [kind, files.toLocaleString('en'), megabytes(bytes), `${(bytes / files / 1024).toFixed(1)} KB`]);
rows.push(['in all', total.files.toLocaleString('en'), megabytes(total.bytes), '']);
console.log('| kind | files | size | average |\n| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
// Per session: the files under /A/RES/<session>/ in every language; `shared` is the rest (home, search index, assets).
console.log('\n| session | files | size | language versions | per version |\n| --- | ---: | ---: | ---: | ---: |');
for (const [session, { files, bytes, documents }] of [...sessions].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) console.log(`| ${session} | ${files.toLocaleString('en')} | ${megabytes(bytes)} | ${documents.toLocaleString('en')} | ${documents > 0 ? `${Math.round(bytes / documents / 1000)} KB` : ''} |`);
console.log(`| in all | ${total.files.toLocaleString('en')} | ${megabytes(total.bytes)} | | |`);
// What each session's own pages may weigh: checked here on a whole build (the test build of `npm test` leaves most paragraph pages out).
const over = sessionsOverBudget(sessions);
if (over.length > 0) {
	console.error(`\nover the ${sessionLimit / 1000} KB a session's pages may weigh per language version (tests/support/site-size.ts): ${over.join('; ')}. Find what its pages repeat.`);
	process.exit(1);
}
if (total.bytes > hostLimit) {
	console.error(`\n${folder} is ${megabytes(total.bytes)}, over GitHub Pages' limit of ${megabytes(hostLimit)}: publish it to a host without that limit (docs/deploy.md, "More than one session").`);
	process.exit(1);
}
console.log(`\nwithin GitHub Pages' limit of ${megabytes(hostLimit)}`);
