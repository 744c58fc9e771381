/**
 * The data files of real resolutions holding every construct, against the UN's own Akoma Ntoso
 * files they were imported from (content/resolutions/, from the session's archive in
 * content/un-files/): data.akn says word for word what the UN's file says, with the UN's element
 * ids on the same words; data.json and data.txt hold the same words; everything validates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFolder } from '../../src/lib/content-files';
import { resolutionAkn } from '../../src/lib/exports/akn';
import { resolutionJson } from '../../src/lib/exports/json';
import { resolutionJsonSchema } from '../../src/lib/exports/json-schema';
import { paragraphsOf } from '../../src/lib/exports/json-walk';
import { resolutionText } from '../../src/lib/exports/text';
import { memberStateByRecordName } from '../../src/lib/library/member-states';
import { aknFiles, validateAkn } from '../support/akn';
import { fixtures } from '../support/content';
import { anchoredElements, documentNotes, documentWords, elementsById, parseXml, readSessionFile } from '../support/akn-words';
import { compileSchema, schemaErrors } from '../support/json-schema';

const root = new URL('../../', import.meta.url).pathname;
const site = 'https://resolutions.example.org';
const validate = compileSchema(resolutionJsonSchema(site));

/** Each imported folder, the UN's file it comes from, and the construct it is here for. */
const resolutions = [
	['a-res-76-109', 'A_RES_76_109-2118664E.xml', 'sub-paragraphs with their own (sublist)'],
	['a-res-76-29', 'A_RES_76_29-2118268E.xml', 'a preambular blockList, words after a list'],
	['a-res-76-240', 'A_RES_76_240-2119704E.xml', 'sections with crossHeadings, a heading'],
	['a-res-76-239', 'A_RES_76_239-2119694E.xml', 'a table with header rows, empty cells and raised note letters'],
	['a-res-76-247a-c', 'A_RES_76_247-2119714E.xml', 'a document of three parts, with tables'],
	['a-res-76-7', 'A_RES_76_7-2117189E.xml', 'an annex'],
	['a-res-76-10', 'A_RES_76_10-2117757E.xml', 'a recorded vote with its voters'],
	['a-res-76-269', 'A_RES_76_269-2209648E.xml', 'a link outside undocs.org'],
] as const;

/** Raised letters and footnote markers of data.txt, back to the letters the UN's file raises with <sup>. */
const lowered: Record<string, string> = Object.fromEntries(
	[...'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'].map((raised, index) => [raised, 'abcdefghijklmnoprstuvwxyz'[index]!]),
);

describe.each(resolutions)('%s (%s): %s', (slug, file) => {
	const resolution = loadFolder(`${root}content/resolutions/${slug}/en`);
	const ours = resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: `${site}/` });
	const un = readSessionFile('English', file);

	it('data.akn is valid Akoma Ntoso 3.0', async () => {
		expect(await validateAkn(ours)).toEqual([]);
	});

	it('data.akn says word for word what the UN’s file says, footnotes apart, and the same footnotes', () => {
		expect(documentWords(ours).join(' ')).toBe(documentWords(un).join(' '));
		expect(documentNotes(ours)).toEqual(documentNotes(un));
	});

	it('data.akn gives the UN’s element ids to the same words as the UN’s file', () => {
		const elements = anchoredElements(ours);
		// Sub-elements with ids of their own (points, items) are compared on their own.
		const apart = new Set(elements.filter((e) => e.eId !== e.wId).map((e) => e.eId));
		const theirs = elementsById(un, apart);
		const mine = elementsById(ours, apart);
		let compared = 0;
		for (const element of elements) {
			if (element.eId === element.wId) continue;
			const match = theirs.get(element.key);
			expect(match, `${element.wId}: ${element.eId} is not in the UN's file`).toBeDefined();
			expect(mine.get(element.key)!.words, `${element.wId} (${element.eId})`).toBe(match!.words);
			compared++;
		}
		expect(compared).toBeGreaterThan(elements.length / 2);
	});

	it('data.json validates, and each of its UN ids names an element of the UN’s file', () => {
		const data = resolutionJson(resolution, site);
		expect(validate(data), schemaErrors(validate)).toBe(true);
		const ids = new Set([...parseXml(un).querySelectorAll('[eId]')].map((element) => element.getAttribute('eId')));
		const known = Object.entries(data.anchors).filter(([, eId]) => eId !== null);
		expect(known.length).toBeGreaterThan(0);
		for (const [anchor, eId] of known) expect(ids.has(eId), `${anchor}: ${eId}`).toBe(true);
	});

	it('data.txt holds the same words in the same order, then the footnotes', () => {
		const text = resolutionText(resolution);
		const [body, notes = ''] = text.split('\n__________\n');
		const words = body!
			.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
			.replace(/./gu, (char) => lowered[char] ?? char)
			.split(/[ \t\n]+/)
			.filter(Boolean);
		expect(words.join(' ')).toBe(documentWords(un).join(' '));
		expect(notes.trimEnd().split('\n').filter(Boolean).map((line) => line.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /, ''))).toEqual(documentNotes(un).map((note) => note.text));
	});
});

describe('the comparison with the UN’s file', () => {
	it('finds a changed word, a lost footnote and an id on the wrong words', () => {
		const resolution = loadFolder(`${root}content/resolutions/a-res-76-109/en`);
		const ours = resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: `${site}/` });
		const un = readSessionFile('English', 'A_RES_76_109-2118664E.xml');
		expect(documentWords(ours.replace('Two from African States', 'Two from Africa States'))).not.toEqual(documentWords(un));
		const withNotes = resolutionAkn(loadFolder(`${root}content/resolutions/a-res-76-240/en`), { generated: new Date('2026-01-02'), pageUrl: `${site}/` });
		const theirNotes = documentNotes(readSessionFile('English', 'A_RES_76_240-2119704E.xml'));
		expect(theirNotes.length).toBeGreaterThan(0);
		expect(documentNotes(withNotes.replace(/<authorialNote[^]*?<\/authorialNote>/, ''))).not.toEqual(theirNotes);
		const swapped = ours.replace('eId="para_13_list_point_a_sublist_point_i"', 'eId="swap"').replace('eId="para_13_list_point_a_sublist_point_ii"', 'eId="para_13_list_point_a_sublist_point_i"');
		const key = ' para_13_list_point_a_sublist_point_i';
		expect(elementsById(swapped).get(key)!.words).not.toBe(elementsById(un).get(key)!.words);
	});
});

describe('a recorded vote', () => {
	it('names in data.akn and data.json every Member State as the UN’s file names them, and data.json by slug too, with those not voting', () => {
		const resolution = loadFolder(`${root}content/resolutions/a-res-76-10/en`);
		const theirs = parseXml(readSessionFile('English', 'A_RES_76_10-2117757E.xml'));
		const ours = parseXml(resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: `${site}/` }));
		const data = resolutionJson(resolution, site);
		for (const side of ['inFavour', 'against', 'abstaining'] as const) {
			const names = [...theirs.querySelectorAll(`voting > count[refersTo="${side}"] organization`)].map((o) => o.textContent);
			expect([...ours.querySelectorAll(`voting > count[refersTo="#${side}"] organization`)].map((o) => o.textContent)).toEqual(names);
			if (data.adopted.vote.type !== 'recorded') throw new Error('expected a recorded vote');
			expect(data.adopted.vote.voters![side]).toEqual(names);
			expect(data.adopted.vote[side]).toBe(names.length);
			expect(String(names.length)).toBe(theirs.querySelector(`voting > count[refersTo="${side}"]`)!.getAttribute('value'));
			// The same States by slug, one for one.
			expect(data.adopted.vote.states![side]).toEqual(names.map((name) => memberStateByRecordName(name!)!.slug));
		}
		expect(data.adopted.vote).toMatchObject({ inFavour: 148, against: 9 });
		if (data.adopted.vote.type !== 'recorded') throw new Error('expected a recorded vote');
		const { inFavour, against, abstaining, notVoting } = data.adopted.vote.states!;
		expect(new Set([...inFavour, ...against, ...abstaining, ...notVoting]).size).toBe(193);
		expect(notVoting).toHaveLength(193 - 148 - 9 - 14);
	});
});

describe.each(Object.entries(aknFiles))('A/RES/76/299 in %s', (language, file) => {
	const resolution = loadFolder(`${root}content/resolutions/a-res-76-299/${language}`);
	const ours = resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: `${site}/` });
	const un = readFileSync(`${fixtures}akn/${file}`, 'utf8');

	it('data.akn is valid and says word for word what the UN’s file of that language says', async () => {
		expect(await validateAkn(ours)).toEqual([]);
		expect(documentWords(ours).join(' ')).toBe(documentWords(un).join(' '));
		expect(documentNotes(ours)).toEqual(documentNotes(un));
	});

	it('data.json validates and maps every paragraph to the UN’s id', () => {
		const data = resolutionJson(resolution, site);
		expect(validate(data), schemaErrors(validate)).toBe(true);
		const ids = new Set([...parseXml(un).querySelectorAll('[eId]')].map((element) => element.getAttribute('eId')));
		for (const paragraph of paragraphsOf(data)) expect(ids.has(paragraph.akn4unId), paragraph.id).toBe(true);
	});
});
