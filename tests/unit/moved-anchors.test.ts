/** The anchors a corrected import moved (content/moved-anchors.json, src/lib/moved-anchors.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlace } from '../../src/lib/content';
import { contentRoot, loadFolder } from '../../src/lib/content-files';
import { readWithdrawnChanges } from '../../src/lib/changes/withdrawn';
import { aliasesOf, isRedirectPagePath, movedParagraphPages, readMovedAnchors, type MovedAnchors } from '../../src/lib/moved-anchors';

const ru120 = checkPlace(loadFolder(join(contentRoot, 'a-res-76-120/ru')), 'a-res-76-120', 'ru');
const file = (data: unknown) => {
	const path = join(mkdtempSync(join(tmpdir(), 'moved-')), 'moved-anchors.json');
	writeFileSync(path, JSON.stringify(data));
	return path;
};
const moves = (anchors: Record<string, string>): MovedAnchors => new Map([['A/RES/76/120 ru', new Map(Object.entries(anchors))]]);

describe('content/moved-anchors.json', () => {
	const site = readMovedAnchors();
	it('names only resolutions and languages the content has, each old anchor gone and each new one a paragraph or sub-paragraph', () => {
		expect([...site.keys()]).toEqual(['A/RES/76/120 ru']);
		expect(aliasesOf(ru120, site).get('annex-sec5-op4-d')).toEqual(['annex-sec5-p1']);
	});
	it('makes a redirect page of each paragraph page first published under an old anchor, to the paragraph holding the words', () => {
		expect(movedParagraphPages(ru120, site)).toEqual([
			{ anchor: 'annex-sec5-p1', paragraph: 'annex-sec5-op4', place: 'annex-sec5-op4-d' },
			{ anchor: 'annex-sec5-p2', paragraph: 'annex-sec5-op4', place: 'annex-sec5-op4-e' },
			{ anchor: 'annex-sec5-p3', paragraph: 'annex-sec5-op4', place: 'annex-sec5-op4-f' },
			{ anchor: 'annex-sec8-p1', paragraph: 'annex-sec8-op1', place: 'annex-sec8-op1-f' },
			{ anchor: 'annex-sec8-p2', paragraph: 'annex-sec8-op1', place: 'annex-sec8-op1-g' },
			{ anchor: 'annex-sec8-p3', paragraph: 'annex-sec8-op1', place: 'annex-sec8-op1-h' },
		]);
	});
});

describe('redirect pages', () => {
	it('are the side-by-side pair URLs and the moved paragraphs’ pages first published, with or without the leading slash', () => {
		expect(isRedirectPagePath('/ru/A/RES/76/120/annex-sec5-p1/')).toBe(true);
		expect(isRedirectPagePath('ru/A/RES/76/120/annex-sec8-p3/')).toBe(true);
		expect(isRedirectPagePath('/A/RES/76/299/compare/fr-en/')).toBe(true);
		expect(isRedirectPagePath('/A/RES/76/120/annex-sec5-p1/')).toBe(false);
		expect(isRedirectPagePath('/ru/A/RES/76/120/annex-sec5-op4/')).toBe(false);
	});

	it('are the changes pages withdrawn, in every language (content/withdrawn-changes.json)', () => {
		expect([...readWithdrawnChanges().keys()]).toEqual(['A/RES/77/4']);
		expect(isRedirectPagePath('/A/RES/77/4/changes/')).toBe(true);
		expect(isRedirectPagePath('zh/A/RES/77/4/changes/')).toBe(true);
		expect(isRedirectPagePath('/A/RES/77/263/changes/')).toBe(false);
		expect(isRedirectPagePath('/A/RES/77/4/')).toBe(false);
	});

	it('refuse a withdrawn entry that is not a symbol with its reason, naming the file and the field', () => {
		expect(() => readWithdrawnChanges(file({ 'A/RES/77/4': '' }))).toThrow(/\.json: A\/RES\/77\/4: expected why the changes pages were withdrawn/);
		expect(() => readWithdrawnChanges(file({ '77/4': 'why' }))).toThrow(/\.json: 77\/4: expected a resolution symbol such as "A\/RES\/77\/4", found "77\/4"/);
	});
});

describe('a move that cannot be kept fails the build, naming the entry', () => {
	it('an old anchor the text has again', () => {
		expect(() => aliasesOf(ru120, moves({ 'annex-sec5-op4': 'annex-sec5-op4-d' }))).toThrow('content/moved-anchors.json: A/RES/76/120 ru annex-sec5-op4: expected an anchor the text no longer has');
	});
	it('a new place the text does not have, or that is no paragraph', () => {
		expect(() => aliasesOf(ru120, moves({ 'annex-sec5-p1': 'annex-sec5-op4-z' }))).toThrow('expected the anchor of a paragraph or sub-paragraph of the text; found "annex-sec5-op4-z"');
		expect(() => aliasesOf(ru120, moves({ 'annex-sec5-p1': 'annex-sec5' }))).toThrow('found "annex-sec5"');
	});
	it('a symbol, language or anchor the file cannot hold', () => {
		expect(() => readMovedAnchors(file({ '76/120': { ru: {} } }))).toThrow('76/120: expected a resolution symbol such as "A/RES/76/120"');
		expect(() => readMovedAnchors(file({ 'A/RES/76/120': { xx: {} } }))).toThrow(/moved-anchors\.json: A\/RES\/76\/120 xx: /u);
		expect(() => readMovedAnchors(file({ 'A/RES/76/120': { ru: { 'op 1': 'op1' } } }))).toThrow(/moved-anchors\.json: A\/RES\/76\/120 ru op 1: /u);
	});
});
