/// <reference types="vite/client" />
/**
 * The script line that every copyable snippet in Storybook starts with, at the address the README gives:
 * the public npm CDN's copy of this very version, pinned with its integrity, so that it works as pasted
 * once the package is published. The version (package.json) and the hash (dist/sri.json) reach Storybook
 * through stories/generated/code.json, which scripts/code-snippets.mjs writes from the build: never typed.
 */
export interface CodeFacts {
  version: string;
  integrity: Record<string, string>;
}

/** The build's facts, or undefined in a Storybook started without `npm run build-storybook`'s steps. */
export const codeFacts: CodeFacts | undefined = Object.values(
  import.meta.glob<CodeFacts>('./generated/code.json', {eager: true, import: 'default'})
)[0];

/** The folder of this version's files on jsDelivr, which serves every published npm package. */
export const cdnFolder = (version: string) => `https://cdn.jsdelivr.net/npm/@lp-schoten/elements@${version}/dist/`;

/** Where a partner who hosts the files itself puts them: dist/ copied whole, one folder per version. */
export const selfHostedFolder = (version: string) => `/lp-schoten/${version}/`;

/** `<script type="module" src="…/lp-schoten.js" integrity="sha384-…" crossorigin="anonymous"></script>` */
export const scriptLine = ({version, integrity}: CodeFacts) =>
  `<script type="module" src="${cdnFolder(version)}lp-schoten.js"\n` +
  `        integrity="${integrity['lp-schoten.js']}" crossorigin="anonymous"></script>`;

/** The same, for the snippet of a story: the script line, a blank line, then the story's own markup. */
export const withScriptLine = (markup: string) => (codeFacts ? `${scriptLine(codeFacts)}\n\n${markup}` : markup);
