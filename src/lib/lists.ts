/** Joins names as a sentence does: "A, B and C". `and` is the language's word for "and". */
export function joinNames(names: readonly string[], and: string): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
