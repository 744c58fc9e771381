import { describe, expect, it } from 'vitest';
import { alignBlocks, comparedBlocks, type ComparedBlock } from '../../src/lib/changes/alignment';
import { segmentLines, sideOf, tokens, wordDiff } from '../../src/lib/changes/word-diff';
import { loadFolder } from '../../src/lib/content-files';

describe('word differences', () => {
	it('cuts a text into words, spaces and marks that join back into it, a Chinese character a word', () => {
		expect(tokens('Recalls its resolution 75/239,')).toEqual(['Recalls', ' ', 'its', ' ', 'resolution', ' ', '75', '/', '239', ',']);
		expect(tokens('重申其决议')).toEqual(['重', '申', '其', '决', '议']);
		const text = 'Décide d’inscrire à l’ordre du jour — « Question » (a)';
		expect(tokens(text).join('')).toBe(text);
	});

	it('shows a changed number alone, and a replaced phrase as one deletion then one insertion', () => {
		expect(wordDiff('resolution 74/19 of 10 December 2019', 'resolution 75/239 of 31 December 2020')).toEqual([
			{ type: 'same', text: 'resolution ' },
			{ type: 'del', text: '74' },
			{ type: 'ins', text: '75' },
			{ type: 'same', text: '/' },
			{ type: 'del', text: '19' },
			{ type: 'ins', text: '239' },
			{ type: 'same', text: ' of ' },
			{ type: 'del', text: '10' },
			{ type: 'ins', text: '31' },
			{ type: 'same', text: ' December ' },
			{ type: 'del', text: '2019' },
			{ type: 'ins', text: '2020' },
		]);
		const runs = wordDiff('noting that the anniversary marked the entry into force', 'noting the upcoming fortieth anniversary of the adoption');
		expect(runs.filter((run) => run.type === 'del').length).toBeLessThanOrEqual(3);
	});

	it('gives back both texts exactly', () => {
		const before = 'Welcoming the meeting held virtually on 2 June 2020,\n(a) first;';
		const after = 'Welcoming the meeting held with physical participation in Oslo on 17 November 2021,\n(a) first;\n(b) second;';
		const runs = wordDiff(before, after);
		expect(sideOf(runs, 'before')).toBe(before);
		expect(sideOf(runs, 'after')).toBe(after);
		expect(segmentLines(runs)).toHaveLength(3);
	});
});

const block = (anchor: string, text: string, extra: Partial<ComparedBlock> = {}): ComparedBlock => ({ anchor, type: 'paragraph', kind: 'operative', lines: [text], footnotes: [], ...extra });

describe('aligning two years of a text by its words', () => {
	const before = [
		block('op1', 'Reaffirms the unified character of the Convention;'),
		block('op2', 'Calls upon States to become parties to the Agreement;'),
		block('op3', 'Requests the Secretary-General to report at its seventy-sixth session;'),
		block('op4', 'Decides to convene a meeting in 2020;'),
		block('op5', 'Notes the work of the Commission in 2020;'),
	];
	const after = [
		block('op1', 'Reaffirms the unified character of the Convention;'),
		block('op2', 'Welcomes the entry into force of the Protocol;'),
		block('op3', 'Decides to convene a meeting in 2020;'),
		block('op4', 'Calls upon States to become parties to the Agreement;'),
		block('op5', 'Requests the Secretary-General to report at its seventy-seventh session;'),
	];
	const { blocks, counts } = alignBlocks(after, before);

	it('marks each block new, changed, moved or unchanged by its text, whatever its number', () => {
		expect(blocks.map((b) => [b.status, b.block?.anchor, b.was?.anchor])).toEqual([
			['unchanged', 'op1', 'op1'],
			['new', 'op2', undefined],
			['moved', 'op3', 'op4'],
			['unchanged', 'op4', 'op2'],
			['changed', 'op5', 'op3'],
			['dropped', undefined, 'op5'],
		]);
		expect(counts).toEqual({ new: 1, changed: 1, moved: 1, unchanged: 2, dropped: 1 });
	});

	it('shows a changed block’s words deleted and inserted', () => {
		const changed = blocks.find((b) => b.status === 'changed')!;
		expect(changed.diff!.lines.filter((run) => run.type !== 'same').map((run) => `${run.type}:${run.text}`)).toEqual(['del:sixth', 'ins:seventh']);
		expect(changed.likeness).toBeGreaterThan(0.8);
	});

	it('counts a changed footnote as a change of its block, and matches titles only with titles', () => {
		const result = alignBlocks(
			[block('pp1', 'Recalling its resolution,', { footnotes: ['A/76/1.'] }), block('h1', 'Recalling its resolution,', { type: 'heading', kind: undefined })],
			[block('pp1', 'Recalling its resolution,', { footnotes: ['A/75/1.'] })],
		);
		expect(result.blocks.map((b) => b.status)).toEqual(['changed', 'new']);
		expect(result.blocks[0]!.diff!.footnotes.filter((run) => run.type !== 'same').map((run) => run.text)).toEqual(['75', '76']);
	});
});

describe('what changed from A/RES/75/22 to A/RES/76/10 (English)', () => {
	const after = loadFolder('content/resolutions/a-res-76-10/en');
	const before = loadFolder('content/resolutions/a-res-75-22/en');
	const { blocks, counts } = alignBlocks(comparedBlocks(after), comparedBlocks(before));

	it('accounts for every paragraph of both texts once', () => {
		expect(blocks.filter((b) => b.block).map((b) => b.block!.anchor)).toEqual(after.blocks.map((b) => b.anchor));
		expect(blocks.filter((b) => b.was).map((b) => b.was!.anchor).sort()).toEqual(before.blocks.map((b) => b.anchor).sort());
		expect(counts.new + counts.changed + counts.moved + counts.unchanged).toBe(after.paragraphs.length);
	});

	it('finds the paragraphs a reader sees: the report of 75/22 recalled, the rockets condemned', () => {
		const at = (anchor: string) => blocks.find((b) => b.block?.anchor === anchor)!;
		expect(at('pp4').status).toBe('changed');
		expect(at('pp14')).toMatchObject({ status: 'new' });
		expect(at('op3')).toMatchObject({ status: 'unchanged', was: { anchor: 'op3' } });
		expect(counts).toEqual({ new: 3, changed: 8, moved: 0, unchanged: 37, dropped: 1 });
	});
});
