/**
 * Fidelity of the committed content of A/RES/76/299 in all six languages: the model built from
 * the content files, as the build builds it, says exactly what the UN's Akoma Ntoso file of each
 * language says (tests/fixtures/akn/, read here without the importer, after normalising ASCII
 * white space only): every block a paragraph, every paragraph word for word with its number,
 * lead phrase and UN element id, every footnote in the paragraph that calls it, and the title,
 * enacting formula, cover lines and conclusion.
 */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/inline';
import { aknFiles, normalize, readOfficialText } from '../support/akn';
import { loadContent } from '../support/content';

const languages = Object.keys(aknFiles) as (keyof typeof aknFiles)[];

describe.each(languages)('the content in %s', (language) => {
	const resolution = loadContent('a-res-76-299', language);
	const official = readOfficialText(language);

	it('has 20 preambular and 10 operative paragraphs and nothing else, files named after their anchors', () => {
		expect(resolution.facts).toMatchObject({ symbol: 'A/RES/76/299', language });
		expect(resolution.blocks.map((block) => block.type)).toEqual(Array(30).fill('paragraph'));
		expect(resolution.paragraphs.map((p) => p.anchor)).toEqual(Object.keys(official.unIds));
		expect(resolution.paragraphs.map((p) => p.file)).toEqual(Object.keys(official.unIds).map((anchor) => `content/resolutions/a-res-76-299/${language}/${anchor}.mdx`));
		for (const p of resolution.paragraphs) expect([p.points, p.wrapUp], p.anchor).toEqual([[], []]);
	});

	it('has every paragraph word for word, with its number as printed, its lead phrase and the UN element id', () => {
		const expected = [...official.preambular, ...official.operative.map((op) => op.text)];
		resolution.paragraphs.forEach((paragraph, index) => {
			expect(normalize(plainText(paragraph.content)), paragraph.anchor).toBe(expected[index]);
			expect(paragraph.lead, paragraph.anchor).toBe(official.leads[paragraph.anchor]);
			expect(paragraph.akn4unId, paragraph.anchor).toBe(official.unIds[paragraph.anchor]);
		});
		// "5." in most languages, "5 -" in Arabic; no number on a preambular paragraph.
		expect(resolution.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.num)).toEqual(official.operative.map((op) => op.number));
		expect(resolution.paragraphs.filter((p) => p.kind === 'preambular').map((p) => p.num)).toEqual(Array(20).fill(undefined));
	});

	it('has every footnote word for word, with its marker, in the paragraph that calls it', () => {
		expect(resolution.footnotes.map((note) => ({ marker: note.marker, text: normalize(plainText(note.content)), paragraph: note.blockAnchor }))).toEqual(official.footnotes);
	});

	it('has the title, enacting formula, cover lines and conclusion as printed', () => {
		const { facts } = resolution;
		expect(facts.number).toBe(official.title.replace(/^(\S+?)\.? .*$/, '$1'));
		expect(normalize(facts.title ?? '')).toBe(official.title.replace(/^\S+ /, ''));
		expect(normalize(plainText(resolution.enactingFormula ?? []))).toBe(official.formula);
		const cover = [facts.organization, facts.symbol, facts.body, facts.distribution, facts.issued.label, facts.session.title, facts.agendaItem.label, ...facts.agendaItem.titles, facts.adopted.heading, plainText(resolution.proponent ?? [])];
		expect(cover.map(normalize)).toEqual(official.coverLines);
		expect([facts.adopted.meeting, facts.adopted.label].map(normalize)).toEqual(official.conclusion);
	});
});
