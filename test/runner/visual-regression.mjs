import {join} from 'node:path';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

// The baselines, and the screenshots of a failed comparison (this plugin's and compare-screenshots').
export const screenshotsDir = 'test/screenshots';

/**
 * Screenshots of every element, variant and layout, in Dutch and French, compared with the baselines in
 * test/screenshots/baseline/ (Chromium only). `npm test -- --update-visual-baseline` accepts new ones.
 * Anti-aliased pixels are not counted, and up to 0.05 % of the pixels may differ (90 in the smallest
 * screenshot, 600 in the largest), so that a patch release of Chromium does not fail the build; a slightly
 * different heading colour still does (0.08 % and more).
 */
export const visualRegression = visualRegressionPlugin({
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: screenshotsDir,
  getBaselineName: ({browser, name}) => join('baseline', browser.toLowerCase(), name),
  getDiffName: ({browser, name}) => join('failed', browser.toLowerCase(), `${name}-diff`),
  getFailedName: ({browser, name}) => join('failed', browser.toLowerCase(), name),
  failureThreshold: 0.05,
  failureThresholdType: 'percent',
});
