/**
 * Pagefind's word index cut into smaller chunks (src/lib/search/index-chunks.ts): the CBOR it
 * reads and writes, the cut and the ranges, as Pagefind's own chunking computes them.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chunkRanges, cutChunks, encodeCbor, readIndexWords, readPagefindFile, writeIndexChunk, writePagefindFile, type Cbor, type IndexWord } from '../../src/lib/search/index-chunks';

/** A word as Pagefind writes it (`[text, pages, …]`, each page `[number, positions, …]`), and as the cut reads it. */
const packed = (text: string, ...pages: [number, number[]][]): Cbor => [text, pages.map(([page, positions]) => [page, positions, []]), []];
const word = (text: string, ...pages: [number, number[]][]): IndexWord => ({ text, positions: pages.reduce((sum, [, positions]) => sum + positions.length + 1, 0), bytes: encodeCbor(packed(text, ...pages)) });

describe('the CBOR of Pagefind files', () => {
	it('writes integers, text and arrays in their shortest forms', () => {
		const hex = (value: Cbor) => Buffer.from(encodeCbor(value)).toString('hex');
		expect(hex(0)).toBe('00');
		expect(hex(23)).toBe('17');
		expect(hex(24)).toBe('1818');
		expect(hex(255)).toBe('18ff');
		expect(hex(256)).toBe('190100');
		expect(hex(65536)).toBe('1a00010000');
		expect(hex(-25)).toBe('3818');
		expect(hex('é')).toBe('62c3a9');
		expect(hex([1, [2, 'a']])).toBe('8201820261' + '61');
	});

	it('reads back what it writes, and refuses a file that is not Pagefind’s', () => {
		const value: Cbor = ['1.6.0', [['en_a837adf', 1334, '']], [['0', '19', 'en_b159c67']], [], [], ['title'], [-25, 70000, 'Заседание', '会议']];
		expect(readPagefindFile(writePagefindFile(value), 'test')).toEqual(value);
		expect(() => readPagefindFile(gzipSync(Buffer.from('not pagefind')), 'other.pf_index')).toThrow(/other\.pf_index: no "pagefind_dcd" signature/);
		expect(() => readPagefindFile(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0x01])])), 'short.pf_meta')).toThrow(/short\.pf_meta: the CBOR ends early/);
	});

	it('refuses CBOR it would not write back the same (a longer form than needed): the format is not the one it knows', () => {
		const long = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x18, 0x05])]));
		expect(() => readPagefindFile(long, 'long.pf_meta')).toThrow(/long\.pf_meta: read and written again, the CBOR differs/);
	});
});

describe('the words of a chunk', () => {
	const pages: [number, number[]][] = [[1, [20, 40, 60]], [300, [3, 70000]]];

	it('are read with their text and positions, and written back as Pagefind writes the whole chunk', () => {
		const chunk = writePagefindFile([[packed('apple', ...pages), packed('Заседание', [2, [1]])]]);
		const words = readIndexWords(chunk, 'chunk.pf_index');
		expect(words.map(({ text, positions }) => [text, positions])).toEqual([
			['apple', 7],
			['Заседание', 2],
		]);
		expect(writeIndexChunk(words).equals(chunk)).toBe(true);
	});

	it('refuse a chunk that is not a list of words, naming the file and the byte', () => {
		expect(() => readIndexWords(writePagefindFile([[packed('apple', ...pages)], []]), 'two.pf_index')).toThrow(/two\.pf_index: expected \[words\] alone/);
		expect(() => readIndexWords(writePagefindFile([['apple']]), 'bare.pf_index')).toThrow(/bare\.pf_index: byte 14: expected a word: \[text, pages, …\]/);
		expect(() => readIndexWords(writePagefindFile([[[7, []]]]), 'number.pf_index')).toThrow(/number\.pf_index: byte 15: expected the text of a word/);
		expect(() => readIndexWords(writePagefindFile([[['apple', [[1, 5]]]]]), 'flat.pf_index')).toThrow(/flat\.pf_index: byte \d+: expected the positions of "apple"/);
	});
});

describe('cutting the word index', () => {
	// The words of Pagefind's own chunking test, cut at 8 positions.
	const words = [word('apple', [1, [20, 40, 60]], [5, [3, 6, 9]]), word('apricot', [5, [45, 3432, 6003]]), word('banana', [5, [100, 500, 900, 566]]), word('peach', [5, [383, 2, 678]])];

	it('cuts after the word that reaches the size, never inside a word', () => {
		expect(cutChunks(words, 8).map((chunk) => chunk.map(({ text }) => text))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
		expect(cutChunks(words, 1000)).toHaveLength(1);
	});

	it('names each chunk’s range by the shortest beginnings that tell neighbours apart', () => {
		expect(chunkRanges(cutChunks(words, 8))).toEqual([
			['apple', 'app'],
			['apr', 'b'],
			['p', 'peach'],
		]);
		expect(chunkRanges([[word('cath', [1, [1]])], [word('cathartic', [1, [2]])]])).toEqual([
			['cath', 'cath'],
			['catha', 'cathartic'],
		]);
	});
});
