/**
 * What a stylesheet asks of a browser, in the terms of `@mdn/browser-compat-data`, and which of it the
 * browsers of the floor lack without a way out.
 *
 * Each property, value keyword, function, unit, selector and at-rule is looked up in the data by its
 * name. A few syntax forms have no name of their own in CSS, only in the data; `syntaxForms` recognises
 * those the elements could write (the alternative text of `content`, relative colours …).
 *
 * A declaration a browser of the floor does not support is dropped there. That is fine when
 * - another declaration of the same property in the same rule is supported there: the fallback before
 *   it, or the standard declaration after a prefixed one, or
 * - an `@supports` around it is false there (judged with the same data), and the same property is
 *   declared outside it for the same selector (a custom property: declared outside it anywhere, or
 *   used only inside such blocks), so that something is left to show.
 * A rule whose selector a browser does not support is dropped whole, with no way out but `@supports
 * selector(…)`.
 */
import bcd from '@mdn/browser-compat-data' with {type: 'json'};
import * as csstree from 'css-tree';
import {describeMissing, missingAtFloor, spokenName} from './browser-floor.mjs';

const compatAt = (path) => path.split('.').reduce((node, key) => node?.[key], bcd)?.__compat;

// Every feature under `css.types`, by its last key: `oklch` → css.types.color.oklch.
const typesByName = new Map();
(function index(node, path) {
  for (const [key, child] of Object.entries(node)) {
    if (key === '__compat' || !child || typeof child !== 'object') continue;
    if (child.__compat && !typesByName.has(key)) typesByName.set(key, `${path}.${key}`);
    index(child, `${path}.${key}`);
  }
})(bcd.css.types, 'css.types');

/**
 * Features the elements use although browsers of the floor ignore them, and what those browsers lose:
 * no declaration or guard could give it to them. Each is a decision, with its reason; the check names
 * them in its summary.
 */
export const acceptedLosses = {
  'css.properties.break-after.avoid':
    'in print, a heading is kept with the text after it; Firefox and Safari accept the value and ignore it, as they do page-break-after: avoid, so a printed heading may end a page there',
};

const combinators = {' ': 'descendant', '>': 'child', '+': 'next-sibling', '~': 'subsequent-sibling'};
const containerUnits = new Set(['cqw', 'cqh', 'cqi', 'cqb', 'cqmin', 'cqmax']);
const vendorPrefix = /^-(webkit|moz|ms|o)-/;

/**
 * The syntax forms the data names by what they do rather than by a keyword: each recognises its form in
 * a node of the stylesheet (a declaration, or a function within a value). Add one when a stylesheet
 * starts to write another such form.
 */
const syntaxForms = [
  {
    feature: 'css.properties.content.alt_text',
    // `content: "x" / "alternative text"`
    inDeclaration: (property, value) => property === 'content' && value.children.some((node) => node.type === 'Operator' && node.value === '/'),
  },
  {
    feature: 'css.properties.display.multi-keyword_values',
    inDeclaration: (property, value) => property === 'display' && value.children.filter((node) => node.type === 'Identifier').length > 1,
  },
  {
    // `oklch(from var(--x) l c h)`: css.types.color.oklch.relative_syntax, and so on for each colour function.
    feature: (fn) => `${typesByName.get(fn.name)}.relative_syntax`,
    inFunction: (fn) => fn.children.first?.type === 'Identifier' && fn.children.first.name === 'from',
  },
  {
    feature: () => 'css.types.attr.fallback',
    inFunction: (fn) => fn.name === 'attr' && fn.children.some((node) => node.type === 'Operator' && node.value === ','),
  },
  {
    feature: () => 'css.types.attr.type_function',
    inFunction: (fn) => fn.name === 'attr' && fn.children.some((node) => node.type === 'Function' && node.name === 'type'),
  },
];

/** The features a declaration uses: its property, and each keyword, function, unit and form of its value. */
function declarationFeatures(declaration) {
  const property = declaration.property.toLowerCase();
  const features = [];
  const unknown = [];
  let base = property;
  let prefix = '';
  if (property.startsWith('--')) {
    features.push({path: 'css.properties.custom-property'});
  } else {
    prefix = property.match(vendorPrefix)?.[0] ?? '';
    base = property.slice(prefix.length);
    if (compatAt(`css.properties.${base}`)) features.push({path: `css.properties.${base}`, prefix, name: property});
    else unknown.push(`the property ${property}`);
  }
  const own = property.startsWith('--') ? undefined : bcd.css.properties[base];
  const value = declaration.value;
  if (value.type !== 'Value') return {features, unknown, base};
  for (const form of syntaxForms) if (form.inDeclaration?.(base, value)) features.push({path: form.feature});
  csstree.walk(value, (node) => {
    if (node.type === 'Function') {
      const name = node.name.toLowerCase();
      const path = own?.[name]?.__compat ? `css.properties.${base}.${name}` : typesByName.get(name);
      if (path) features.push({path});
      else unknown.push(`the function ${name}()`);
      for (const form of syntaxForms) {
        if (form.inFunction?.(node)) {
          const feature = form.feature(node);
          if (compatAt(feature)) features.push({path: feature});
          else unknown.push(`${name}() as ${feature}`);
        }
      }
    } else if (node.type === 'Identifier') {
      const name = node.name.toLowerCase();
      if (own?.[name]?.__compat) features.push({path: `css.properties.${base}.${name}`});
      else if (bcd.css.types.global_keywords[name]) features.push({path: `css.types.global_keywords.${name}`});
      else if (bcd.css.types.color[name]?.__compat) features.push({path: `css.types.color.${name}`});
      else if (bcd.css.types.color['system-color'][name]) features.push({path: `css.types.color.system-color.${name}`});
    } else if (node.type === 'Dimension') {
      const unit = node.unit.toLowerCase();
      if (containerUnits.has(unit)) features.push({path: 'css.types.length.container_query_length_units'});
      else if (bcd.css.types.length[unit]) features.push({path: `css.types.length.${unit}`});
    } else if (node.type === 'Hash') {
      features.push({path: 'css.types.color.rgb_hexadecimal_notation'});
      if (node.value.length === 4 || node.value.length === 8) {
        features.push({path: 'css.types.color.rgb_hexadecimal_notation.alpha_hexadecimal_notation'});
      }
    }
  });
  return {features, unknown, base};
}

/** The features a selector list uses: pseudo-classes and -elements, combinators, kinds of simple selector. */
function selectorFeatures(selectorList) {
  const features = [];
  const unknown = [];
  const simple = {AttributeSelector: 'attribute', ClassSelector: 'class', TypeSelector: 'type', IdSelector: 'id', NestingSelector: 'nesting'};
  csstree.walk(selectorList, (node) => {
    if (node.type === 'PseudoClassSelector' || node.type === 'PseudoElementSelector') {
      const name = node.name.toLowerCase();
      // `:host(…)` is its own feature in the data, `hostfunction`.
      const key = node.children && bcd.css.selectors[`${name}function`] ? `${name}function` : name;
      if (bcd.css.selectors[key]) features.push({path: `css.selectors.${key}`});
      else unknown.push(`the selector ${node.type === 'PseudoClassSelector' ? ':' : '::'}${name}`);
    } else if (node.type === 'Combinator') {
      features.push({path: `css.selectors.${combinators[node.name]}`});
    } else if (node.type === 'TypeSelector' && node.name === '*') {
      features.push({path: 'css.selectors.universal'});
    } else if (simple[node.type]) {
      features.push({path: `css.selectors.${simple[node.type]}`});
    }
  });
  return {features, unknown};
}

/** The features of an at-rule's prelude: the at-rule, and its media or container features. */
function atruleFeatures(atrule) {
  const name = atrule.name.toLowerCase();
  const features = [];
  const unknown = [];
  if (bcd.css['at-rules'][name]) features.push({path: `css.at-rules.${name}`});
  else unknown.push(`the at-rule @${name}`);
  if (atrule.prelude && name === 'media') {
    csstree.walk(atrule.prelude, (node) => {
      if (node.type === 'Feature') {
        const feature = node.name.toLowerCase().replace(/^(min|max)-/, '');
        if (bcd.css['at-rules'].media[feature]) features.push({path: `css.at-rules.media.${feature}`});
        else unknown.push(`the media feature ${node.name}`);
      } else if (node.type === 'FeatureRange') {
        features.push({path: 'css.at-rules.media.range_syntax'});
      }
    });
  }
  if (atrule.prelude && name === 'supports') {
    csstree.walk(atrule.prelude, (node) => {
      if (node.type === 'FeatureFunction' && node.feature === 'selector') features.push({path: 'css.at-rules.supports.selector'});
    });
  }
  return {features, unknown};
}

/** The browsers of the floor that lack any of `features`: `Map(browser → [{path, since}])`. */
function lacking(features, floor) {
  const missing = new Map();
  for (const {path, prefix, name} of features) {
    for (const {browser, since} of missingAtFloor(compatAt(path), floor, {prefix, name})) {
      if (!missing.has(browser)) missing.set(browser, []);
      missing.get(browser).push({path, since});
    }
  }
  return missing;
}

/**
 * The browsers of `missing` not in `excused`, as a sentence: "css.properties.content.alt_text is newer
 * than the floor (Firefox 128, Safari 17.4, Safari on iOS 17.4)", or "" when none is left. A feature
 * in `acceptedLosses` is left out: the elements use it knowing what the floor loses.
 */
function unguarded(missing, excused) {
  const paths = new Set();
  const since = [];
  for (const [browser, lacks] of missing) {
    const counted = lacks.filter((lack) => !excused.has(browser) && !acceptedLosses[lack.path]);
    if (!counted.length) continue;
    for (const lack of counted) paths.add(lack.path);
    since.push({browser, since: counted[0].since});
  }
  if (!paths.size) return '';
  return `${[...paths].join(', ')} ${paths.size > 1 ? 'are' : 'is'} newer than the floor (${describeMissing(since)})`;
}

/**
 * Whether each browser of the floor applies what is inside `@supports <condition>`: the condition judged
 * with the compatibility data, as the browser would judge it. `Map(browser → boolean)`.
 */
function supportsCondition(prelude, floor) {
  const judge = (node, browser) => {
    switch (node.type) {
      case 'AtrulePrelude':
      case 'Condition':
      case 'Parentheses': {
        const terms = [...node.children].filter((child) => child.type !== 'WhiteSpace');
        if (terms[0]?.type === 'Identifier' && terms[0].name === 'not') return !judge(terms[1], browser);
        let result = judge(terms[0], browser);
        for (let i = 1; i < terms.length; i += 2) {
          const next = judge(terms[i + 1], browser);
          result = terms[i].name === 'or' ? result || next : result && next;
        }
        return result;
      }
      case 'SupportsDeclaration': {
        const {features, unknown} = declarationFeatures(node.declaration);
        return unknown.length === 0 && !lacking(features, floor).has(browser);
      }
      case 'FeatureFunction': {
        const {features, unknown} = selectorFeatures(node.value);
        return unknown.length === 0 && !lacking(features, floor).has(browser);
      }
      default:
        return false;
    }
  };
  return new Map(Object.keys(floor).map((browser) => [browser, judge(prelude, browser)]));
}

/**
 * The shorthands that set a longhand too, for the longhands the elements guard: a `background` outside the
 * guard leaves a background colour in place of a `background-color` inside it.
 */
const shorthandsOf = {'background-color': ['background']};

/**
 * Checks one stylesheet against the floor. `source` names it in findings. Returns the features it uses
 * (paths in the compatibility data) and the findings: what a browser of the floor would drop with
 * nothing left in its place, and anything the data does not know.
 */
export function checkStylesheet(cssText, floor, source) {
  const ast = csstree.parse(cssText, {parseCustomProperty: true, positions: false});
  const used = new Set();
  const findings = [];
  const found = (where, text) => findings.push(`${source}: ${where}: ${text}`);
  const note = ({features, unknown}, where) => {
    for (const {path} of features) used.add(path);
    for (const what of unknown) found(where, `${what} is not in the compatibility data; cannot tell which browsers support it`);
  };

  // Where each custom property is declared and used, inside an @supports block or not.
  const declaredOutside = new Set();
  const usedOutside = new Set();
  const guarded = [];
  const outside = new Set();

  const visit = (list, skippedBy) => {
    for (const node of list) {
      if (node.type === 'Atrule') {
        const at = atruleFeatures(node);
        const where = `@${node.name} ${node.prelude ? csstree.generate(node.prelude) : ''}`.trim();
        note(at, where);
        const atMissing = unguarded(lacking(at.features, floor), skippedBy);
        if (atMissing) found(where, `${atMissing}, and nothing guards it`);
        let skipped = skippedBy;
        if (node.name.toLowerCase() === 'supports') {
          skipped = new Set(skippedBy);
          for (const [browser, applies] of supportsCondition(node.prelude, floor)) if (!applies) skipped.add(browser);
        }
        if (node.block) visit(node.block.children, skipped);
      } else if (node.type === 'Rule') {
        const selector = csstree.generate(node.prelude);
        const selectorUse = selectorFeatures(node.prelude);
        note(selectorUse, selector);
        const selectorLacking = lacking(selectorUse.features, floor);
        const selectorMissing = unguarded(selectorLacking, skippedBy);
        if (selectorMissing) found(selector, `the rule is dropped whole: ${selectorMissing}, with no @supports selector(…) around it`);
        const declarations = [...node.block.children]
          .filter((declaration) => declaration.type === 'Declaration')
          .map((declaration) => {
            const use = declarationFeatures(declaration);
            return {declaration, use, missing: lacking(use.features, floor)};
          });
        for (const {declaration, use, missing} of declarations) {
          const text = `${selector} { ${declaration.property}: ${csstree.generate(declaration.value)} }`;
          note(use, text);
          // A browser that drops the declaration keeps another of the same property in the rule: the
          // fallback before it, or the standard one after a prefixed one.
          const keepsAnother = (browser) =>
            declarations.some((other) => other.declaration !== declaration && other.use.base === use.base && !other.missing.has(browser));
          const withFallback = new Set([...missing.keys()].filter(keepsAnother));
          const declarationMissing = unguarded(missing, new Set([...skippedBy, ...withFallback]));
          if (declarationMissing) found(text, `${declarationMissing}, with no other declaration of ${use.base} in the rule to fall back on and no @supports around it`);
          if (skippedBy.size) guarded.push({selector, property: declaration.property, base: use.base, text, skippedBy, selectorLacking});
          else outside.add(`${selector} ${declaration.property}`);
          if (!skippedBy.size && declaration.property.startsWith('--')) declaredOutside.add(declaration.property);
          if (!skippedBy.size) csstree.walk(declaration.value, (part) => {
            if (part.type === 'Function' && part.name === 'var') usedOutside.add(part.children.first.name);
          });
        }
      }
    }
  };
  visit(ast.children, new Set());

  // What a browser skips inside @supports must leave something in its place.
  for (const {selector, property, base, text, skippedBy, selectorLacking} of guarded) {
    // A browser that does not know the property, or the rule's selector, loses nothing when it skips the
    // block: it would not have applied it anyway (hyphenate-limit-chars, :state(), say).
    const stranger = () =>
      [...skippedBy].every((browser) => selectorLacking.has(browser) || lacking([{path: `css.properties.${base}`}], floor).has(browser));
    const leftInPlace = property.startsWith('--')
      ? declaredOutside.has(property) || !usedOutside.has(property)
      : [property, ...(shorthandsOf[property] ?? [])].some((name) => outside.has(`${selector} ${name}`)) || stranger();
    if (!leftInPlace) {
      found(text, `skipped by ${[...skippedBy].map(spokenName).join(', ')} under @supports, with no ${property} for ${selector} outside it to fall back on`);
    }
  }
  return {used, findings, accepted: [...used].filter((path) => acceptedLosses[path])};
}
