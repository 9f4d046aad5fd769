/**
 * A block of code with a button that copies it, for the code a partner takes out of Storybook (Get the
 * code, Theming). Its look is in .storybook/preview-head.html (`.lp-code`, `.lp-button`).
 */
import {html} from 'lit';

/** Copies `text`, and says so on the button; where the clipboard is refused, selects the code instead. */
async function copy(event: Event, text: string) {
  const button = event.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    getSelection()?.selectAllChildren(button.nextElementSibling!);
    button.textContent = 'Selected: copy with Ctrl+C';
  }
}

/**
 * `text` as a block of code, with a button "Copy" (`buttonText`), named "Copy: `label`" for a screen reader
 * (its visible text first, so that a voice command that says what it sees finds it).
 */
export const codeBlock = (label: string, text: string, buttonText = 'Copy') =>
  html`<div class="lp-code">
    <button class="lp-button" type="button" aria-label=${`${buttonText}: ${label}`} @click=${(event: Event) => copy(event, text)}>
      ${buttonText}
    </button>
    <pre tabindex="0" aria-label=${label}><code>${text}</code></pre>
  </div>`;
