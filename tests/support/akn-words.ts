/**
 * Compares an Akoma Ntoso file of ours with the UN's own, whatever constructs they hold: the words
 * of the whole document in order (cover page to annexes, footnotes apart), and, element by
 * element, the words of every element whose id is the UN's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { normalize } from './akn';

type Element = ReturnType<Document['querySelector']> & {};

const root = new URL('../../', import.meta.url).pathname;
let unpacked: string | undefined;

/**
 * The UN's file `76session/<Language>/<name>` from the session's archive in the repository
 * (content/un-files/76session.tar.xz), unpacked once per test run into a temporary folder.
 */
export function readSessionFile(language: string, name: string): string {
	unpacked ??= mkdtempSync(join(tmpdir(), 'un-files-'));
	const path = join(unpacked, '76session', language, name);
	try {
		return readFileSync(path, 'utf8');
	} catch {
		execFileSync('tar', ['-xJf', join(root, 'content/un-files/76session.tar.xz'), '-C', unpacked, `76session/${language}/${name}`]);
		return readFileSync(path, 'utf8');
	}
}

export function parseXml(xml: string): Document {
	return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** Elements whose words are not the text's: metadata, footnotes (compared apart) and, in Arabic, the parentheses around a call. */
function skipped(element: Element): boolean {
	const name = element.localName;
	return name === 'meta' || name === 'authorialNote' || (name === 'sup' && /^[()]$/.test(element.textContent ?? ''));
}

/** The words of an element, footnotes left out, element boundaries read as spaces (as the printed page separates them). */
export function wordsOf(element: Element, leaveOut: (element: Element) => boolean = () => false): string {
	const parts: string[] = [];
	const walk = (node: Element) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) parts.push(child.textContent ?? '');
			else if (child.nodeType === 1 && !skipped(child as Element) && !leaveOut(child as Element)) {
				const block = !inline.has((child as Element).localName);
				if (block) parts.push(' ');
				walk(child as Element);
				if (block) parts.push(' ');
			}
		}
	};
	walk(element);
	return normalize(parts.join(''));
}

/** AKN's inline elements: no word boundary around them. */
const inline = new Set(['span', 'a', 'sup', 'sub', 'i', 'b', 'u', 'inline', 'docNumber', 'docTitle', 'docAuthority', 'docStatus', 'docDate', 'docProponent', 'session', 'img', 'organization']);

/** The words of a whole document, in order: cover page, prefaces, preambles, bodies, conclusions, annexes. */
export function documentWords(xml: string): string[] {
	const doc = parseXml(xml);
	return wordsOf(doc.documentElement as unknown as Element).split(' ');
}

/**
 * Every footnote in order: marker and words. Arabic notes begin with "()", where the marker goes,
 * and a few notes begin with their own marker, raised (`<sup>15</sup>`): neither is the note's words.
 */
export function documentNotes(xml: string): { marker: string; text: string }[] {
	const doc = parseXml(xml);
	return [...doc.querySelectorAll('authorialNote')].map((note) => {
		const marker = note.getAttribute('marker')!;
		const head = note.querySelector('p')?.firstElementChild;
		const raisedMarker = head?.localName === 'sup' && head.textContent?.trim() === marker && /^\s*$/u.test(head.previousSibling?.textContent ?? '');
		const words = normalize(wordsOf(note as Element).replace(/^\(\)/, ''));
		return { marker, text: raisedMarker ? words.replace(new RegExp(`^${marker} ?`, 'u'), '') : words };
	});
}

/** The component (part) an element belongs to, by its eId: ids restart in each part. */
function componentOf(element: Element): string {
	for (let node: Element | null = element; node; node = node.parentNode as Element | null) {
		if (node.nodeType === 1 && node.localName === 'component' && node.parentNode && (node.parentNode as Element).localName === 'components') return node.getAttribute('eId') ?? '';
	}
	return '';
}

export interface IdentifiedElement {
	name: string;
	/** Its words, without the words of its wrap-up (the UN's files print those as a paragraph of their own). */
	words: string;
}

/**
 * Every element with an eId, keyed by its component and eId (`comp_0 para_4`), with its name and
 * its own words: without those of the descendants whose eIds are in `apart` (compared on their
 * own), nor, in a paragraph, those of its wrap-up.
 */
export function elementsById(xml: string, apart: ReadonlySet<string> = new Set()): Map<string, IdentifiedElement> {
	const doc = parseXml(xml);
	const found = new Map<string, IdentifiedElement>();
	for (const element of doc.querySelectorAll('[eId]') as unknown as Element[]) {
		if (element.closest('meta')) continue;
		const key = `${componentOf(element)} ${element.getAttribute('eId')}`;
		const paragraph = element.localName === 'paragraph';
		const leaveOut = (child: Element) => (paragraph && child.localName === 'wrapUp') || apart.has(child.getAttribute('eId') ?? '');
		found.set(key, { name: element.localName, words: wordsOf(element, leaveOut) });
	}
	return found;
}

/** Elements of ours that carry a wId (our anchor) and an eId, keyed as `elementsById` keys them. */
export function anchoredElements(xml: string): { key: string; wId: string; eId: string; name: string }[] {
	const doc = parseXml(xml);
	return ([...doc.querySelectorAll('[wId][eId]')] as unknown as Element[]).map((element) => ({
		key: `${componentOf(element)} ${element.getAttribute('eId')}`,
		wId: element.getAttribute('wId')!,
		eId: element.getAttribute('eId')!,
		name: element.localName,
	}));
}
