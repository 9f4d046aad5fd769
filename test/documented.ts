/**
 * What partners are promised in writing, read from where they read it: the README's theming table and
 * Content Security Policy, and each element's parts in custom-elements.json. Tests take their expected
 * values from here, so that a promise changed in the README or the manifest is a promise tested.
 */
import type {Variant} from '../src/attributes.js';

const readme = async () => (await fetch('/README.md')).text();

/** A row of the README's theming table: a custom property, what it sets, and its defaults. */
export interface CustomProperty {
  name: string;
  sets: string;
  /** The default, as the README writes it (`your page's; \`card\`: \`#1b1b1f\``). */
  default: string;
  /** The default in a dark colour scheme, where it differs, as the README writes it. */
  dark: string;
  /** The variants it applies to: only the card when the README gives a default for the card alone. */
  variants: Variant[];
}

/** The README's table of custom properties (under "Theming"), row by row. */
export async function customProperties(): Promise<CustomProperty[]> {
  const lines = (await readme()).split('\n');
  const header = lines.findIndex((line) => line.startsWith('| custom property |'));
  if (header < 0) throw new Error('the README has no table of custom properties');
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name, sets, byDefault, dark] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    rows.push({
      name: name.replaceAll('`', ''),
      sets,
      default: byDefault,
      dark,
      variants: /^`card`:/.test(byDefault) ? ['card' as const] : ['plain' as const, 'card' as const],
    });
  }
  return rows;
}

/** The card's default colours in one scheme, from the README's table: surface, text and accent. */
export interface CardColours {
  surface: string;
  text: string;
  accent: string;
}

export async function cardColours(scheme: 'light' | 'dark'): Promise<CardColours> {
  const table = await customProperties();
  const colour = (name: string) => {
    const row = table.find((candidate) => candidate.name === name);
    const cell = scheme === 'light' ? row?.default : row?.dark;
    const value = cell?.match(/`card`: `([^`]+)`/)?.[1];
    if (!value) throw new Error(`the README gives no ${scheme} card default for ${name}`);
    return value;
  };
  return {surface: colour('--lp-surface-color'), text: colour('--lp-text-color'), accent: colour('--lp-accent-color')};
}

/**
 * The Content Security Policy the README documents: for the script (`'script'`), or for prerendered
 * snippets (`'snippets'`), with its `'sha256-…'` placeholders as the README writes them.
 */
export async function documentedPolicy(use: 'script' | 'snippets'): Promise<string | undefined> {
  const policy = use === 'script' ? /^Content-Security-Policy: ((?:(?!sha256).)+)$/m : /^Content-Security-Policy: (.*'sha256-….*)$/m;
  return (await readme()).match(policy)?.[1];
}

/** The parts the README names under "Theming" (`Parts: \`heading\`, ...`). */
export async function readmeParts(): Promise<string[]> {
  const paragraph = (await readme()).match(/^Parts: ([\s\S]*?)\n\n/m)?.[1];
  if (!paragraph) throw new Error('the README names no parts');
  return [...paragraph.replace(/\([^)]*\)/g, '').matchAll(/`([\w-]+)`/g)].map(([, name]) => name);
}

/** A part an element's manifest entry lists. */
export interface Part {
  name: string;
  description: string;
}

/** What custom-elements.json (written by the build from the classes' JSDoc) lists for an element. */
export interface ManifestEntry {
  parts: Part[];
  customProperties: string[];
}

/** Each element's entry in custom-elements.json, by tag. */
export async function manifest(): Promise<Map<string, ManifestEntry>> {
  const {modules} = await (await fetch('/custom-elements.json')).json();
  const entries = new Map<string, ManifestEntry>();
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      entries.set(declaration.tagName, {
        parts: declaration.cssParts ?? [],
        customProperties: (declaration.cssProperties ?? []).map((property: {name: string}) => property.name),
      });
    }
  }
  return entries;
}
