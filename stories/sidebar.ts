import {html, type TemplateResult} from 'lit';

/** Width of the mock sidebar: narrower than the `word` layout needs, so the values stack. */
const sidebarWidth = '260px';

const sidebarStyle = [
  `inline-size: ${sidebarWidth}`,
  'box-sizing: border-box',
  'padding: 0.75rem',
  'border: 1px dashed #6b7280',
].join('; ');

/**
 * A narrow column of a host page, such as a sidebar. The elements adapt to their own width (container
 * queries), not to the viewport's, so this shows what a partner's sidebar shows.
 */
export const inSidebar = (content: TemplateResult) => html`<div class="sidebar" style=${sidebarStyle}>${content}</div>`;

/** Width of the mock partner column: the content column of the municipality page (46rem, less its padding). */
const partnerColumnWidth = '736px';

/**
 * A partner's content column, as wide as the municipality page's: where most partners place the element,
 * and wide enough for the values' word layout (from 640px), whatever the width of the reviewer's window.
 */
export const inPartnerColumn = (content: TemplateResult) =>
  html`<div class="partner-column" style=${`inline-size: ${partnerColumnWidth}; max-inline-size: 100%`}>${content}</div>`;
