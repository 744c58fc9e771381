/**
 * Fidelity of the committed content in all six languages: the model built from the content
 * files, as the build builds it, says exactly what the UN's Akoma Ntoso file of each language
 * says (after normalising whitespace only): every paragraph, lead phrase and footnote, and the
 * title, enacting formula, cover lines and conclusion.
 */
import { useTranslations } from '../../src/i18n/ui';
import { paragraphDesignation } from '../../src/lib/designations';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/inline';
import { aknFiles, normalize, readOfficialText } from '../support/akn';
import { buildFromFiles, readTree } from '../support/content';

const content = new URL('../../content/resolutions/', import.meta.url).pathname;
const resolutions = buildFromFiles(readTree(content));
const languages = Object.keys(aknFiles) as (keyof typeof aknFiles)[];

describe.each(languages)('the content in %s', (language) => {
	const resolution = resolutions.find((r) => r.facts.symbol === 'A/RES/76/299' && r.facts.language === language)!;
	const official = readOfficialText(language);

	it('exists, with 20 preambular and 10 operative paragraphs', () => {
		expect(resolution).toBeDefined();
		expect(resolution.paragraphs.map((p) => p.anchor)).toEqual(Object.keys(official.unIds));
	});

	it('has every paragraph word for word, with its lead phrase and the UN element id', () => {
		const expected = [...official.preambular, ...official.operative.map((op) => op.text)];
		resolution.paragraphs.forEach((paragraph, index) => {
			expect(normalize(plainText(paragraph.content)), paragraph.anchor).toBe(expected[index]);
			expect(paragraph.lead, paragraph.anchor).toBe(official.leads[paragraph.anchor]);
			expect(paragraph.akn4unId, paragraph.anchor).toBe(official.unIds[paragraph.anchor]);
		});
		// Numbered as printed: "5." in most languages, "5 -" in Arabic.
		const t = useTranslations(resolution.facts.language);
		expect(resolution.paragraphs.filter((p) => p.kind === 'operative').map((p) => paragraphDesignation(p, t, 'short'))).toEqual(official.operative.map((op) => op.number));
	});

	it('has every footnote word for word, with its marker, in the paragraph that calls it', () => {
		expect(resolution.footnotes.map((note) => ({ marker: note.marker, text: normalize(plainText(note.content)), paragraph: note.paragraphAnchor }))).toEqual(
			official.footnotes,
		);
	});

	it('has the title, enacting formula, cover lines and conclusion as printed', () => {
		const { facts } = resolution;
		expect(`${facts.number}`).toBe(official.title.replace(/^(\S+?)\.? .*$/, '$1'));
		expect(normalize(facts.title)).toBe(official.title.replace(/^\S+ /, ''));
		expect(normalize(plainText(resolution.enactingFormula))).toBe(official.formula);
		const cover = [facts.organization, facts.symbol, facts.body, facts.distribution, facts.issued.label, facts.session.title, facts.agendaItem.label, facts.agendaItem.title, facts.adopted.heading, plainText(resolution.proponent)];
		expect(cover.map(normalize)).toEqual(official.coverLines);
		expect([facts.adopted.meeting, facts.adopted.label].map(normalize)).toEqual(official.conclusion);
	});
});
