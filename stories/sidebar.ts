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
