/**
 * The description at the top of each element's docs page: the element's own JSDoc from
 * custom-elements.json, how to embed it, its custom properties and parts, and, for the elements that show
 * the values, the reviewers' note on their proposal status (in Dutch, to them).
 */
import {codeFacts, selfHostedFolder, withScriptLine} from '../stories/script-line.js';
import {proposalNote} from '../stories/values-proposal.js';

interface ManifestAttribute {
  name: string;
  type?: {text: string};
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: {name: string}[];
  cssParts?: {name: string}[];
}

export interface Manifest {
  modules: {declarations?: ManifestDeclaration[]}[];
}

const declarationOf = (manifest: Manifest, tagName: string) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);

const isBoolean = (attribute: ManifestAttribute) => attribute.type?.text === 'boolean';

/** `name="default"` for every attribute that has a value: the copy-paste tag shows what can be set. */
const attributesWithDefaults = (attributes: ManifestAttribute[]) =>
  attributes
    .filter((attribute) => !isBoolean(attribute) && attribute.default !== undefined)
    .map((attribute) => ` ${attribute.name}="${attribute.default!.replace(/^['"]|['"]$/g, '')}"`)
    .join('');

function embedSnippet(tagName: string, attributes: ManifestAttribute[]): string {
  const booleans = attributes.filter(isBoolean).map((attribute) => `\`${attribute.name}\``);
  const tag = `<${tagName}${attributesWithDefaults(attributes)}></${tagName}>`;
  return [
    '#### Embed it',
    codeFacts
      ? 'One script, then the tag, anywhere in the page. The script line loads this version from jsDelivr, the public ' +
        'CDN of npm packages, with its `integrity`; its locale files sit next to it. To host the script yourself, copy ' +
        `the files of the package's \`dist/\` folder together to your server, for example to \`${selfHostedFolder(codeFacts.version)}\`, ` +
        'point `src` there and keep `integrity`. The element speaks the language of `<html lang>`, or of its own `lang` ' +
        "or its container's. For the exact code of other settings, and for the prerendered snippet that shows the text " +
        'at first paint, see **Guides › Get the code**.'
      : 'The script line needs the build: run `npm run build-storybook` and open Storybook again.',
    '```html\n' + withScriptLine(tag) + '\n```',
    `The attribute values shown are the defaults, so \`<${tagName}></${tagName}>\` is the same element.` +
      (booleans.length > 0 ? ` Add ${booleans.join(', ')} to switch ${booleans.length === 1 ? 'it' : 'them'} on.` : ''),
  ].join('\n\n');
}

/**
 * The custom properties and parts, named for the developers who theme the element; the controls stay
 * with the attributes, and a story of its own lets reviewers try the colours and sizes.
 */
function themingNote({cssProperties = [], cssParts = []}: ManifestDeclaration): string {
  const names = (items: {name: string}[]) => items.map((item) => `\`${item.name}\``).join(', ');
  if (cssProperties.length === 0 && cssParts.length === 0) return '';
  return [
    '#### Colours, fonts and sizes',
    `Custom properties ${names(cssProperties)}; parts ${names(cssParts)}. Try them in **Guides › Theming**; ` +
      'the README describes each one.',
  ].join('\n\n');
}

/** `parameters.docs.extractComponentDescription`, given the manifest. */
export const describeComponent =
  (manifest: Manifest) =>
  (component: unknown, {parameters}: {parameters?: Record<string, unknown>}): string | null => {
    if (typeof component !== 'string') return null;
    const declaration = declarationOf(manifest, component);
    if (!declaration) return null;
    return [
      declaration.description ?? '',
      parameters?.showsValues ? proposalNote() : '',
      embedSnippet(component, declaration.attributes ?? []),
      themingNote(declaration),
    ]
      .filter((block) => block !== '')
      .join('\n\n');
  };
