/**
 * Registers elements under their tags. A tag that is already defined (the script loaded twice, or two
 * versions on one page) keeps its first definition: one warning names the tags left alone, and nothing
 * throws.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const alreadyDefined: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (existing === element) continue;
    if (existing) alreadyDefined.push(`<${tag}>`);
    else customElements.define(tag, element);
  }
  if (alreadyDefined.length > 0) {
    console.warn(
      `lp-schoten: ${alreadyDefined.join(', ')} already defined on this page (is the script loaded twice?); keeping the first definition.`
    );
  }
}
