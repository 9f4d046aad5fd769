/**
 * CKEditor 5 (the editor of Drupal 10/11 and TYPO3 12+) as a CMS loads it, for the demo page that shows what
 * it keeps of a snippet and for the tests that measure it: the HTML goes in as a saved page is loaded
 * (`setData`) and comes out as it is saved (`getData`).
 */
import {
  BlockQuote,
  Bold,
  ClassicEditor,
  Essentials,
  GeneralHtmlSupport,
  Heading,
  Italic,
  Link,
  List,
  Paragraph,
  SourceEditing,
} from '../node_modules/ckeditor5/dist/browser/ckeditor5.js';

// The rich-text features both CMSs enable for their editors by default; "Source" is the button that shows
// the HTML, where an editor pastes a snippet.
const features = [Essentials, Paragraph, Heading, List, Bold, Italic, Link, BlockQuote, SourceEditing];

// The heading levels Drupal's editor offers (h1 to h6); CKEditor's own default offers h2 to h4 only.
const allHeadings = {
  options: [
    {model: 'paragraph', title: 'Paragraph'},
    ...[1, 2, 3, 4, 5, 6].map((level) => ({model: `heading${level}`, view: `h${level}`, title: `Heading ${level}`})),
  ],
};

/**
 * A General HTML Support configuration as TYPO3 passes it from its YAML: a `{pattern, flags}` object
 * becomes a regular expression (YAML has none), anywhere inside `htmlSupport`.
 */
export function fromYaml(value) {
  if (Array.isArray(value)) return value.map(fromYaml);
  if (value && typeof value === 'object') {
    if (typeof value.pattern === 'string') return new RegExp(value.pattern, value.flags ?? '');
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromYaml(inner)]));
  }
  return value;
}

/**
 * `html` loaded into CKEditor 5 and saved again. Without `htmlSupport`, the editor keeps only what its
 * features know (headings h2 to h4, paragraphs, lists, links, bold, italic, quotes); with it, also what
 * that General HTML Support configuration allows, and the headings h1 to h6.
 */
export async function throughCkeditor(html, htmlSupport) {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await ClassicEditor.create(host, {
    // The editor's open-source licence; it asks for it and otherwise logs an error.
    licenseKey: 'GPL',
    plugins: htmlSupport ? [...features, GeneralHtmlSupport] : features,
    ...(htmlSupport ? {htmlSupport, heading: allHeadings} : {}),
  });
  try {
    editor.setData(html);
    return editor.getData();
  } finally {
    await editor.destroy();
    host.remove();
  }
}
