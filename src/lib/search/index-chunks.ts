/**
 * Smaller word-index chunks for Pagefind. Pagefind 1.6 cuts each language's word index into
 * chunks of about 20,000 word positions (a constant in its binary), and a query fetches every
 * chunk that holds one of its words: over a whole session that is 30 KB or more a word, however
 * rare. After Pagefind writes its index, this cuts the same words, in the same order, into chunks
 * of `positionsPerChunk` positions, and rewrites the metadata that says which chunk holds which
 * words, with the boundaries computed as Pagefind computes them. Nothing else changes: the same
 * words, pages, positions and scores, so the same results (tests/build/search-index.test.ts,
 * the browser search tests).
 *
 * The files are gzip of `pagefind_dcd` and CBOR (definite lengths, shortest forms, as Pagefind's
 * minicbor writes them). The metadata read is written back and compared with the bytes Pagefind
 * wrote before anything changes, and each word of a chunk is read to its end as the format it
 * knows (its text, its pages and their positions) and then copied as Pagefind wrote it: a
 * Pagefind whose format differs fails the build, never produces an index that quietly finds less.
 * (Reading every word into arrays and writing it back took half a minute, mostly the garbage collector's.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Pagefind release whose index format this reads (package.json pins it). */
export const pagefindFormat = '1.6.0';

/** Word positions in a chunk, counted as Pagefind counts them (each page's positions, plus one a page). */
export const positionsPerChunk = 2000;

/** A CBOR value as Pagefind's index uses them. */
export type Cbor = number | string | Cbor[];

const signature = new TextEncoder().encode('pagefind_dcd');
const decoder = new TextDecoder();

/** The head of the CBOR item at `at`: its major type, its length (or value), and where its content begins. */
function readHead(bytes: Uint8Array, at: number, file: string): [major: number, length: number, next: number] {
	const initial = bytes[at];
	if (initial === undefined) throw new Error(`${file}: the CBOR ends early at byte ${at}`);
	const extra = initial & 31;
	let length: number;
	let next = at + 1;
	if (extra < 24) length = extra;
	else if (extra <= 27) {
		const size = 2 ** (extra - 24);
		if (next + size > bytes.length) throw new Error(`${file}: the CBOR ends early at byte ${next}`);
		length = 0;
		for (let i = 0; i < size; i++) length = length * 256 + bytes[next + i]!;
		next += size;
	} else throw new Error(`${file}: byte ${at}: CBOR item ${initial.toString(16)} (indefinite length or reserved); expected Pagefind ${pagefindFormat}'s definite lengths`);
	return [initial >> 5, length, next];
}

/** Where the CBOR item at `at` ends, checked as `decodeAt` checks it but building nothing. */
function skipAt(bytes: Uint8Array, at: number, file: string): number {
	const [major, length, next] = readHead(bytes, at, file);
	if (major === 0 || major === 1) return next;
	if (major === 3) {
		if (next + length > bytes.length) throw new Error(`${file}: the CBOR ends early at byte ${bytes.length}`);
		return next + length;
	}
	if (major === 4) {
		let end = next;
		for (let i = 0; i < length; i++) end = skipAt(bytes, end, file);
		return end;
	}
	throw new Error(`${file}: byte ${at}: CBOR major type ${major}; expected integers, text and arrays (Pagefind ${pagefindFormat})`);
}

/** Decodes one CBOR value (unsigned and negative integers, text, arrays) from `bytes` at `at`. */
function decodeAt(bytes: Uint8Array, at: number, file: string): [Cbor, number] {
	const [major, length, headEnd] = readHead(bytes, at, file);
	let next = headEnd;
	switch (major) {
		case 0:
			return [length, next];
		case 1:
			return [-1 - length, next];
		case 3:
			return [decoder.decode(bytes.subarray(next, next + length)), next + length];
		case 4: {
			const items: Cbor[] = [];
			for (let i = 0; i < length; i++) {
				const [item, after] = decodeAt(bytes, next, file);
				items.push(item);
				next = after;
			}
			return [items, next];
		}
		default:
			throw new Error(`${file}: byte ${at}: CBOR major type ${major}; expected integers, text and arrays (Pagefind ${pagefindFormat})`);
	}
}

/** A growing byte buffer: CBOR written byte by byte into a number[] left most of the time to the garbage collector. */
class ByteWriter {
	bytes = new Uint8Array(1 << 16);
	length = 0;
	reserve(count: number): void {
		if (this.length + count <= this.bytes.length) return;
		const larger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
		larger.set(this.bytes.subarray(0, this.length));
		this.bytes = larger;
	}
	push(byte: number): void {
		if (this.length === this.bytes.length) this.reserve(1);
		this.bytes[this.length++] = byte;
	}
	append(bytes: Uint8Array): void {
		this.reserve(bytes.length);
		this.bytes.set(bytes, this.length);
		this.length += bytes.length;
	}
}

const encoder = new TextEncoder();

function head(out: ByteWriter, major: number, length: number): void {
	if (length < 24) out.push((major << 5) | length);
	else if (length < 0x100) {
		out.push((major << 5) | 24);
		out.push(length);
	} else if (length < 0x10000) {
		out.push((major << 5) | 25);
		out.push(length >> 8);
		out.push(length & 0xff);
	} else if (length < 0x100000000) {
		out.push((major << 5) | 26);
		for (const shift of [24, 16, 8, 0]) out.push((length >>> shift) & 0xff);
	} else throw new Error(`a CBOR length of ${length} does not fit Pagefind's index`);
}

function encodeInto(out: ByteWriter, value: Cbor): void {
	if (typeof value === 'number') {
		if (value >= 0) head(out, 0, value);
		else head(out, 1, -1 - value);
	} else if (typeof value === 'string') {
		const bytes = encoder.encode(value);
		head(out, 3, bytes.length);
		out.append(bytes);
	} else {
		head(out, 4, value.length);
		for (const item of value) encodeInto(out, item);
	}
}

/** A Pagefind file's bytes, gunzipped, with its signature checked (still in front). */
function unpack(gzipped: Uint8Array, file: string): Buffer {
	const bytes = gunzipSync(gzipped);
	if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error(`${file}: no "pagefind_dcd" signature; expected a Pagefind ${pagefindFormat} index file`);
	return bytes;
}

/** Reads a Pagefind file: gzip of the signature and one CBOR value. */
export function readPagefindFile(gzipped: Uint8Array, file: string): Cbor {
	const bytes = unpack(gzipped, file);
	const [value, end] = decodeAt(bytes, signature.length, file);
	if (end !== bytes.length) throw new Error(`${file}: ${bytes.length - end} bytes after the CBOR value`);
	// Written back, it must be what Pagefind wrote: else this codec does not know the format.
	if (!Buffer.from(encodeCbor(value)).equals(bytes.subarray(signature.length))) throw new Error(`${file}: read and written again, the CBOR differs: not Pagefind ${pagefindFormat}'s format`);
	return value;
}

/** The CBOR bytes of a value, in Pagefind's (minicbor's) shortest forms. */
const writer = new ByteWriter();

export function encodeCbor(value: Cbor): Uint8Array {
	writer.length = 0;
	encodeInto(writer, value);
	return writer.bytes.slice(0, writer.length);
}

/** A Pagefind file's bytes: gzip (level 9, no timestamp: the same bytes every build) of the signature and the value. */
export function writePagefindFile(value: Cbor): Buffer {
	return gzipSync(Buffer.concat([signature, encodeCbor(value)]), { level: 9 });
}

/**
 * One word of a chunk, as the cut needs it: its text, the positions it adds to a chunk as Pagefind
 * counts them (each page's positions, plus one a page), and its CBOR as Pagefind wrote it
 * (`[word, pages, …]`, each page `[page number, positions, …]`).
 */
export interface IndexWord {
	text: string;
	positions: number;
	bytes: Uint8Array;
}

/** Reads the words of a chunk file (`[[word, …]]`), each checked to its end, none rebuilt. */
export function readIndexWords(gzipped: Uint8Array, file: string): IndexWord[] {
	const bytes = unpack(gzipped, file);
	const expect = (at: number, major: number, what: string, least = 0) => {
		const [found, length, next] = readHead(bytes, at, file);
		if (found !== major || length < least) throw new Error(`${file}: byte ${at}: expected ${what}`);
		return [length, next] as const;
	};
	const [outerLength, outer] = expect(signature.length, 4, 'the chunk: [words]');
	if (outerLength !== 1) throw new Error(`${file}: expected [words] alone`);
	const [count, first] = expect(outer, 4, 'the chunk\'s list of words');
	const words: IndexWord[] = [];
	let at = first;
	for (let i = 0; i < count; i++) {
		const start = at;
		const [items, textAt] = expect(at, 4, 'a word: [text, pages, …]', 2);
		const [textLength, textStart] = expect(textAt, 3, 'the text of a word');
		const text = decoder.decode(bytes.subarray(textStart, textStart + textLength));
		const [pages, firstPage] = expect(textStart + textLength, 4, `the pages of "${text}"`);
		let positions = 0;
		at = firstPage;
		for (let page = 0; page < pages; page++) {
			const [pageItems, numberAt] = expect(at, 4, `a page of "${text}": [number, positions, …]`, 2);
			const [listed, firstPosition] = expect(skipAt(bytes, numberAt, file), 4, `the positions of "${text}"`);
			positions += listed + 1;
			at = firstPosition;
			for (let item = 0; item < listed; item++) at = skipAt(bytes, at, file);
			for (let item = 2; item < pageItems; item++) at = skipAt(bytes, at, file);
		}
		for (let item = 2; item < items; item++) at = skipAt(bytes, at, file);
		words.push({ text, positions, bytes: bytes.subarray(start, at) });
	}
	if (at !== bytes.length) throw new Error(`${file}: ${bytes.length - at} bytes after the words; expected [[words]] alone`);
	return words;
}

/** A chunk file of `words`: their bytes as read, in `[[word, …]]`, as Pagefind writes it. */
export function writeIndexChunk(words: readonly IndexWord[]): Buffer {
	const out = new ByteWriter();
	head(out, 4, 1);
	head(out, 4, words.length);
	return gzipSync(Buffer.concat([signature, out.bytes.subarray(0, out.length), ...words.map((word) => word.bytes)]), { level: 9 });
}

/** Cuts words (in index order) into chunks of at least `size` positions, the last one smaller: Pagefind's chunk_index. */
export function cutChunks<Word extends Pick<IndexWord, 'positions'>>(words: readonly Word[], size = positionsPerChunk): Word[][] {
	const chunks: Word[][] = [];
	let chunk: Word[] = [];
	let positions = 0;
	for (const word of words) {
		positions += word.positions;
		chunk.push(word);
		if (positions >= size) {
			chunks.push(chunk);
			chunk = [];
			positions = 0;
		}
	}
	if (chunk.length > 0) chunks.push(chunk);
	return chunks;
}

/**
 * The range each chunk answers for, as Pagefind's chunk_meta writes it: between two chunks, the
 * last word of one and the first of the next are cut to one character past their common beginning.
 */
export function chunkRanges(chunks: Pick<IndexWord, 'text'>[][]): [from: string, to: string][] {
	const ranges = chunks.map((chunk): [string, string] => [chunk[0]!.text, chunk.at(-1)!.text]);
	for (let i = 0; i + 1 < ranges.length; i++) {
		const a = [...ranges[i]![1]];
		const b = [...ranges[i + 1]![0]];
		let common = 0;
		while (common < a.length && common < b.length && a[common] === b[common]) common++;
		ranges[i]![1] = a.slice(0, common + 1).join('');
		ranges[i + 1]![0] = b.slice(0, common + 1).join('');
	}
	return ranges;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Rewrites the word index of every language of the Pagefind bundle in `bundle` (`dist/pagefind`)
 * in chunks of `size` positions. Returns the number of chunks before and after, per language.
 */
export function splitIndexChunks(bundle: string, size = positionsPerChunk): Record<string, { before: number; after: number }> {
	const entryFile = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
	if (entry.version !== pagefindFormat) throw new Error(`${entryFile}: Pagefind ${entry.version}; the index chunks are rewritten for Pagefind ${pagefindFormat}'s format only`);
	const counts: Record<string, { before: number; after: number }> = {};
	for (const [language, described] of Object.entries(entry.languages)) {
		const metaFile = join(bundle, `pagefind.${described.hash}.pf_meta`);
		const meta = readPagefindFile(readFileSync(metaFile), metaFile);
		const chunkList = Array.isArray(meta) ? meta[2] : undefined;
		if (!Array.isArray(meta) || meta[0] !== pagefindFormat || !Array.isArray(chunkList)) throw new Error(`${metaFile}: expected [version "${pagefindFormat}", pages, index chunks, …]`);
		const words: IndexWord[] = [];
		const old = new Set<string>();
		for (const described of chunkList) {
			const hash = Array.isArray(described) ? described[2] : undefined;
			if (typeof hash !== 'string') throw new Error(`${metaFile}: an index chunk without its hash: ${JSON.stringify(described)}`);
			const file = join(bundle, 'index', `${hash}.pf_index`);
			words.push(...readIndexWords(readFileSync(file), file));
			old.add(hash);
		}
		const chunks = cutChunks(words, size);
		const ranges = chunkRanges(chunks);
		const written = new Set<string>();
		meta[2] = chunks.map((chunk, index) => {
			const bytes = writeIndexChunk(chunk);
			const full = `${language}_${hashOf(bytes)}`;
			let length = language.length + 1 + 7;
			while (written.has(full.slice(0, length))) length++;
			const hash = full.slice(0, length);
			written.add(hash);
			writeFileSync(join(bundle, 'index', `${hash}.pf_index`), bytes);
			return [...ranges[index]!, hash];
		});
		for (const hash of old) if (!written.has(hash)) rmSync(join(bundle, 'index', `${hash}.pf_index`));
		const metaBytes = writePagefindFile(meta);
		const metaHash = `${language}_${hashOf(metaBytes).slice(0, 10)}`;
		rmSync(metaFile);
		writeFileSync(join(bundle, `pagefind.${metaHash}.pf_meta`), metaBytes);
		described.hash = metaHash;
		counts[language] = { before: old.size, after: chunks.length };
	}
	writeFileSync(entryFile, JSON.stringify(entry));
	return counts;
}
