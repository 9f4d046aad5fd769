// The light form, as a CMS saves it after each sanitizer, run here in the page: DOMPurify and CKEditor 5
// (with the General HTML Support configuration the README gives for TYPO3) on the light form the server put
// in the page; sanitize-html, which runs in Node only, on the server (scripts/cms-sanitizers.mjs).
import DOMPurify from '../node_modules/dompurify/dist/purify.es.mjs';
import {fromYaml, throughCkeditor} from './cms-editor.js';

const [light, afterSanitizeHtml] = [...document.querySelectorAll('template[data-form="light"]')].map((template) => template.innerHTML);
const htmlSupport = fromYaml(JSON.parse(document.getElementById('html-support').textContent));

const saved = {
  raw: () => light,
  dompurify: () => DOMPurify.sanitize(light),
  'sanitize-html': () => afterSanitizeHtml,
  ckeditor: () => throughCkeditor(light, htmlSupport),
};

for (const section of document.querySelectorAll('[data-saved-through]')) {
  const html = await saved[section.dataset.savedThrough]();
  section.querySelector('.saved').innerHTML = html;
  section.querySelector('.saved-html').textContent = html;
}
document.body.dataset.saved = 'true';
