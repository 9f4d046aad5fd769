/**
 * The oldest browsers the elements promise to work in, read from the one place they are written: the
 * `browserslist` entry of package.json. Today: Chrome 111, Firefox 123, Safari 16.4, and Safari 16.4 on
 * iPhone and iPad, the first versions of each with declarative shadow DOM, which the snippets need.
 *
 * Versions are compared with the browser support of `@mdn/browser-compat-data`: a feature counts as
 * there from the floor only if every version from the floor on supports it in full, unprefixed (or with
 * the prefix the stylesheet writes), without a flag.
 */
import {readFileSync} from 'node:fs';
import browserslist from 'browserslist';

const root = new URL('../../', import.meta.url);

// browserslist's names for the browsers, and the compatibility data's.
const compatName = {chrome: 'chrome', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios', edge: 'edge'};
const spokenNames = {chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari', safari_ios: 'Safari on iOS', edge: 'Edge'};

/** A browser of the compatibility data by the name people know it by: `safari_ios` → "Safari on iOS". */
export const spokenName = (browser) => spokenNames[browser] ?? browser;

/** The lowest version of each browser of the floor, by its name in the compatibility data: `{chrome: '111', …}`. */
export function readFloor() {
  const query = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).browserslist;
  if (!query) throw new Error('package.json names no browser floor ("browserslist")');
  const floor = {};
  for (const entry of browserslist(query)) {
    const [name, versions] = entry.split(' ');
    const browser = compatName[name];
    if (!browser) throw new Error(`the browser floor names "${name}", which this check does not map to the compatibility data`);
    const lowest = versions.split('-')[0];
    if (!floor[browser] || compareVersions(lowest, floor[browser]) < 0) floor[browser] = lowest;
  }
  const order = Object.values(compatName);
  return Object.fromEntries(Object.entries(floor).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** Negative, zero or positive as version `a` is below, equal to or above `b` ("16.4" < "17"). */
export function compareVersions(a, b) {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/**
 * The floor in the words the README uses: "Chrome 111, Firefox 123, Safari 16.4 and later, on iPhone and
 * iPad too" when Safari's floor is the same on iOS, else with Safari on iOS named on its own.
 */
export function floorInWords(floor) {
  const {safari_ios: ios, ...rest} = floor;
  const named = Object.entries(rest).map(([browser, version]) => `${spokenName(browser)} ${version}`).join(', ');
  if (ios === undefined) return `${named} and later`;
  if (ios === floor.safari) return `${named} and later, on iPhone and iPad too`;
  return `${named}, ${spokenName('safari_ios')} ${ios} and later`;
}

/** How a browser is named in a finding: "Firefox 128". */
export const browserAt = (browser, version) => `${spokenName(browser)} ${version}`;

/**
 * The browsers of `floor` in which the feature whose `__compat` is `compat` is missing, each with the
 * version that brought it (or "no version"). `prefix` is the vendor prefix the stylesheet uses, if any:
 * then only support under that prefix counts.
 */
export function missingAtFloor(compat, floor, {prefix = '', name} = {}) {
  const missing = [];
  for (const [browser, lowest] of Object.entries(floor)) {
    const statements = [compat.support[browser] ?? []].flat();
    const applicable = statements.filter(
      (statement) =>
        (statement.prefix ?? '') === prefix &&
        (statement.alternative_name === undefined || statement.alternative_name === name) &&
        !statement.flags &&
        !statement.partial_implementation &&
        // A feature removed in a later version is not there in every version from the floor on.
        statement.version_removed === undefined
    );
    const added = applicable.map((statement) => versionAdded(statement.version_added)).filter(Boolean);
    if (!added.some((version) => compareVersions(version, lowest) <= 0)) {
      missing.push({browser, since: added.sort(compareVersions)[0] ?? null});
    }
  }
  return missing;
}

/** The first version of `browser` with full, unprefixed support of the feature whose `__compat` is `compat`. */
export function firstVersion(compat, browser) {
  const statements = [compat.support[browser] ?? []].flat();
  const added = statements
    .filter((statement) => !statement.prefix && !statement.alternative_name && !statement.flags && !statement.partial_implementation)
    .map((statement) => versionAdded(statement.version_added))
    .filter(Boolean);
  return added.sort(compareVersions)[0] ?? null;
}

// "≤79" (added in 79 or before) counts as 79, to be safe; "preview", false and null as never.
function versionAdded(added) {
  if (added === true) return '0';
  if (typeof added !== 'string' || !/^≤?\d/.test(added)) return null;
  return added.replace('≤', '');
}

/** "Firefox 128, Safari 17.4" for the missing browsers of a finding. */
export const describeMissing = (missing) =>
  missing.map(({browser, since}) => (since ? browserAt(browser, since) : `${spokenName(browser)}: no version`)).join(', ');
