/**
 * The elements' languages in one import, for the package's entry and the snippet renderer: which
 * language a node is in (language-of.ts) and the texts of each language (texts.ts).
 */
export {getLocale, setLocale, supportedLocale, type Locale} from './language-of.js';
export {inLocale, loadTexts} from './texts.js';
