import {LitElement, html, isServer, type CSSResult, type CSSResultGroup, type PropertyDeclarations, type TemplateResult} from 'lit';
import {defaults, headingLevels, variants, type AsWritten, type HeadingLevel, type Variant} from './attributes.js';
import {LanguageController} from './language-controller.js';
import {resolveLocale} from './language-of.js';
import {baseStyles} from './styles.js';
import {hasTexts, inLocale, localeRendering, type Locale} from './texts.js';


// A heading-level attribute becomes a number only when it is a level; anything else is kept as written,
// so that the warning can name it. Reflected back, the attribute is the property as text, as Lit writes
// any value it has no converter for.
const headingLevelConverter = {
  fromAttribute: (value: string | null) => (value !== null && /^\s*0*[1-6]\s*$/.test(value) ? Number(value) : value),
};

// How much of a value a warning quotes: a very long one is cut short, so that a partner's console stays readable.
const longestQuotedValue = 60;

const quoted = (value: unknown) => {
  const text = String(value);
  return text.length > longestQuotedValue ? `"${text.slice(0, longestQuotedValue)}…" (${text.length} characters)` : `"${text}"`;
};

/**
 * What every element does: the `heading-level`, `hide-heading` and `variant` attributes, checked with a
 * warning and a fallback; the shared look; its texts in the language it is in (its own `lang`, its
 * nearest ancestor's, the page's), followed live.
 *
 * The element attaches its own `ElementInternals` (for the `rendered` state), so a subclass cannot call
 * `attachInternals()` again.
 *
 * @cssprop [--lp-font-family=inherit] - Font family of every text.
 * @cssprop [--lp-text-color=inherit] - Colour of the text (card: #1b1b1f; dark scheme: #eef2f8).
 * @cssprop [--lp-accent-color=currentColor] - Colour of the headings, the big letters, the initials and the card's border and top bar (card: #0b2a5b; dark scheme: #a8c7fa). Give both schemes with light-dark(); a single colour is kept readable.
 * @cssprop [--lp-surface-color=#ffffff] - Background of the card (dark scheme: #0d1626).
 * @cssprop [--lp-spacing=1em] - Space between blocks.
 * @cssprop [--lp-radius=0.5em] - Corner radius of the card.
 * @cssprop [--lp-letter-size=2.5em] - Size of the big letters of SCHOTEN.
 * @cssprop [--lp-title-size=1.5em] - Size of the title of the whole page.
 * @cssprop [--lp-heading-size=1.25em] - Size of every other heading, whatever its level.
 * @cssprop [--lp-measure=64ch] - Longest line of a paragraph or list item; `none` lifts the cap.
 */
export abstract class LpElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', reflect: true, converter: headingLevelConverter},
    hideHeading: {attribute: 'hide-heading', type: Boolean, reflect: true},
    variant: {reflect: true},
  };

  /** Level (1-6) of the element's top heading; its sub-headings go one deeper, at most 6. Any other value shows 2, with a warning. */
  headingLevel: AsWritten<HeadingLevel> = defaults.headingLevel;

  /** Leaves out the element's top heading, for a host page that writes its own. */
  hideHeading: boolean = defaults.hideHeading;

  /** `plain` inherits the host's font and colour, without a box; `card` is a bordered surface. Any other value shows `plain`, with a warning. */
  variant: AsWritten<Variant> = defaults.variant;

  /** The heading level in use: `headingLevel`, or the default when that is not valid. */
  protected levelInUse: HeadingLevel = defaults.headingLevel;

  /** The variant in use: `variant`, or the default when that is not valid. */
  protected variantInUse: Variant = defaults.variant;

  // Values already warned about, so that re-renders do not repeat a warning.
  #warned = new Set<string>();

  #language = new LanguageController(this);

  // Optional: older browsers have no element internals, and the elements still work there.
  #internals: ElementInternals | undefined = this.attachInternals?.();

  // Style sheets shared through `adoptedStyleSheets` belong to one document, and are dropped when the
  // element moves into another (an iframe's): make them again for the new one, from the `css` templates
  // every element's styles are.
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (!view || !this.shadowRoot) return;
    this.shadowRoot.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync((style as CSSResult).cssText);
      return sheet;
    });
  }

  /**
   * Until its first render, the element is empty; a page can reserve its room until then with
   * `lp-mission:not(:state(rendered))`, which also covers the wait for the page's language below.
   */
  protected override firstUpdated(): void {
    this.#markRendered();
  }

  #markRendered(): void {
    try {
      this.#internals?.states.add('rendered');
    } catch {
      // A browser without custom states: the page's `:not(:defined)` rule is all it has.
    }
  }

  /**
   * The first render waits for the element's language (see LanguageController), so that French never
   * flashes Dutch. Lit runs every update through this method; a controller cannot delay an update, so
   * the wait stays here.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await this.#language.firstRenderDue;
    super.scheduleUpdate();
  }

  // ---- Taking over a prerendered snippet ----------------------------------------------------------
  //
  // A snippet (src/ssr.ts) brings the element's finished content in a declarative shadow root, made by
  // the same templates. The element keeps it on show until its first render, which *replaces* it in the
  // same task: `update` empties the root just before Lit renders into it, so no frame is empty or
  // doubled. It does not *hydrate* it (@lit-labs/ssr-client's hydrate support, which adopts the
  // server's markup as the first render): a snippet may be in another language than the place it
  // stands in (a French snippet made to follow the page turns Dutch on a Dutch page), or of an older
  // text, and hydration needs the markup to match what the client would render; replacing also keeps
  // hydration's bytes out of the script. Lit would render before the root's first child (`renderBefore ??= renderRoot.firstChild`,
  // in LitElement's `createRenderRoot`): `renderBefore = null` makes it render after the snippet's
  // nodes, which `update` removes.
  //
  // The snippet stays until the element can show the language it stands in, so a French snippet is
  // never traded for Dutch because the French texts are late or failed; unless the element's settings
  // are no longer those the snippet was made with (an attribute changed): the element then renders in
  // the last language it can show.

  // The settings the snippet was made with, while it is on show.
  #snippetSettings?: string;

  #settings = () => JSON.stringify([...(this.constructor as typeof LitElement).elementProperties.keys()].map((name) => this[name as keyof this]));

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const snippet = this.shadowRoot?.firstChild ? this.shadowRoot : this.firstElementChild && this;
    const root = super.createRenderRoot();
    if (snippet) {
      this.#snippetSettings = this.#settings();
      // The language the snippet's text is in, which its first element with a `lang` declares.
      this.#language.shows = resolveLocale(snippet.querySelector('[lang]')?.getAttribute('lang') ?? '');
      if (snippet === this) {
        // A light-form snippet brings its text as children, which a shadow root would hide at once: they
        // stay on show through a slot until the first render replaces it, so the element is never blank.
        root.append(document.createElement('slot'));
      } else {
        this.#markRendered();
        this.renderOptions.renderBefore = null;
      }
    }
    return root;
  }

  protected override shouldUpdate(): boolean {
    return this.#snippetSettings === undefined || hasTexts(this.#language.standsIn) || this.#snippetSettings !== this.#settings();
  }

  protected override update(changed: Parameters<LitElement['update']>[0]): void {
    if (this.#snippetSettings !== undefined) {
      this.#snippetSettings = undefined;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  // ---- End of taking over a prerendered snippet ---------------------------------------------------

  // Every update checks every attribute: Lit forgets what changed when an update is held back (a
  // snippet kept on show), and a warning is given once per attribute and value anyway.
  protected override willUpdate(): void {
    this.levelInUse = this.accepted('heading-level', this.headingLevel, headingLevels, defaults.headingLevel);
    this.variantInUse = this.accepted('variant', this.variant, variants, defaults.variant);
    this.#checkBoolean('hide-heading');
  }

  /**
   * `value` if it is one of `accepted`, else `fallback`, with one warning per attribute and value that
   * names the value and the accepted ones. An absent attribute means the default, without a warning.
   */
  protected accepted<T>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    if (value === null || value === undefined) return fallback;
    if (accepted.includes(value as T)) return value as T;
    this.#warn(
      attribute,
      value,
      `${attribute}=${quoted(value)} is not valid; accepted: ${accepted.join(', ')}. Using ${String(fallback)}.`
    );
    return fallback;
  }

  // A boolean attribute is on whenever it is present; a value such as "false" is almost always a mistake.
  #checkBoolean(attribute: string): void {
    const value = this.getAttribute(attribute);
    if (value === null || value === '' || value.toLowerCase() === attribute) return;
    this.#warn(
      attribute,
      value,
      `${attribute}=${quoted(value)}: ${attribute} is a boolean attribute, on whenever present; remove it to turn it off.`
    );
  }

  #warn(attribute: string, value: unknown, message: string): void {
    const key = `${attribute}=${String(value)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${message}`, this);
  }

  // The texts come from the element's language, which the root declares. The zone's languages are all
  // written left to right, on a right-to-left page too. `.content` keeps an ancestor's text decorations
  // and ::first-line out (see styles.ts).
  protected override render(): TemplateResult {
    // On the server, for a snippet, there is no page to follow: the language is the snippet's.
    const locale = isServer ? localeRendering() : this.#language.shows!;
    const content = inLocale(locale, () => html`<div class="content">${this.renderContent(locale)}</div>`);
    return html`<div class="root ${this.variantInUse}" lang=${locale} dir="ltr">${content}</div>`;
  }

  /** The element's own content in `locale`, inside the shared root. */
  protected abstract renderContent(locale: Locale): TemplateResult;
}
