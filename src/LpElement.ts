import {LitElement, html, isServer, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {sourceLocale} from './generated/locale-codes.js';
import {followLanguage, hasTexts, inLocale, languageOf, loadTexts, localeRendering, patienceFor, supportedLocale, type Locale} from './localization.js';
import {baseStyles} from './styles.js';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const variants = ['plain', 'card'] as const;
export type Variant = (typeof variants)[number];

/** The heading one level below `level`; HTML has no level below 6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

// A heading-level attribute becomes a number only when it is one; anything else is kept as written,
// so that the warning can name it.
const headingLevelConverter = {
  fromAttribute: (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  toAttribute: (value: unknown) => String(value),
};

// A value as a warning quotes it; a very long one is cut short, so that a partner's console stays readable.
const quoted = (value: unknown) => {
  const text = String(value);
  return text.length > 60 ? `"${text.slice(0, 60)}…" (${text.length} characters)` : `"${text}"`;
};

/**
 * What every element does: the `heading-level`, `hide-heading` and `variant` attributes, checked with a
 * warning and a fallback; the shared look; its texts in the language it is in (its own `lang`, its
 * nearest ancestor's, the page's), followed live.
 *
 * @cssprop [--lp-font-family=inherit] - Font family of every text.
 * @cssprop [--lp-text-color=inherit] - Colour of the text (card: #1b1b1f; dark scheme: #eef2f8).
 * @cssprop [--lp-accent-color=currentColor] - Colour of the headings, the big letters, the initials and the card's border and top bar (card: #0b2a5b; dark scheme: #a8c7fa). Give both schemes with light-dark(); a single colour is kept readable.
 * @cssprop [--lp-surface-color=#ffffff] - Background of the card (dark scheme: #0d1626).
 * @cssprop [--lp-spacing=1em] - Space between blocks.
 * @cssprop [--lp-radius=0.5em] - Corner radius of the card.
 * @cssprop [--lp-letter-size=2.5em] - Size of the big letters of SCHOTEN.
 * @cssprop [--lp-title-size=2em] - Size of the title of the whole page.
 * @cssprop [--lp-heading-size=1.5em] - Size of every other heading, whatever its level.
 * @cssprop [--lp-measure=64ch] - Longest line of a paragraph or list item; `none` lifts the cap.
 */
export abstract class LpElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    headingLevel: {attribute: 'heading-level', reflect: true, converter: headingLevelConverter},
    hideHeading: {attribute: 'hide-heading', type: Boolean, reflect: true},
    variant: {reflect: true},
  };

  /** Level (1-6) of the element's top heading; its sub-headings go one deeper, at most 6. */
  headingLevel: HeadingLevel = 2;

  /** Leaves out the element's top heading, for a host page that writes its own. */
  hideHeading = false;

  /** `plain` inherits the host's font and colour, without a box; `card` is a bordered surface. */
  variant: Variant = 'plain';

  /** The heading level in use: `headingLevel`, or 2 when that is not valid. */
  protected levelInUse: HeadingLevel = 2;

  /** The variant in use: `variant`, or `plain` when that is not valid. */
  protected variantInUse: Variant = 'plain';

  // Values already warned about, so that re-renders do not repeat a warning.
  #warned = new Set<string>();

  // The language the element is in, the one whose texts it shows (loaded), and when the two will agree.
  #wanted: Locale = sourceLocale;
  #shown: Locale = sourceLocale;
  #languageSettled: Promise<unknown> = Promise.resolve();
  #stopFollowing?: () => void;

  // Optional: older browsers have no element internals, and the elements still work there.
  #internals: ElementInternals | undefined = this.attachInternals?.();

  // Whether the element still shows a snippet's content (its declarative shadow root, or the light form's
  // children through a slot), which the first render replaces.
  #prerendered = false;

  // A language change resolves once the element shows it.
  #follow = async () => {
    await this.#languageChanged();
    if (this.hasUpdated) await this.updateComplete;
  };

  // In a new place, the element may be in another language; out of the page, it hears no change.
  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopFollowing = followLanguage(this, this.#follow);
    void this.#languageChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopFollowing?.();
  }

  // Finds the language the element is in; renders in it once its texts are loaded (at once if they are).
  #languageChanged(): Promise<unknown> {
    const wanted = supportedLocale(languageOf(this));
    if (wanted === this.#wanted) return this.#languageSettled;
    this.#wanted = wanted;
    const show = () => {
      if (this.#wanted !== wanted || this.#shown === wanted) return;
      this.#shown = wanted;
      this.requestUpdate();
    };
    if (hasTexts(wanted)) show();
    this.#languageSettled = loadTexts(wanted).then((loaded) => loaded && show());
    return this.#languageSettled;
  }

  // Style sheets shared through `adoptedStyleSheets` belong to one document, and are dropped when the
  // element moves into another (an iframe's): make them again for the new one.
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView;
    if (!view || !this.shadowRoot) return;
    this.shadowRoot.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText);
      return sheet;
    });
  }

  /**
   * A prerendered snippet brings its finished content in a declarative shadow root. The element keeps it
   * on show until its first render, which replaces it in the same task (see `update`): no frame is empty
   * or doubled.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#prerendered = !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    if (this.#prerendered) {
      this.#markRendered();
      this.renderOptions.renderBefore = null;
    } else if (this.firstElementChild) {
      // A light-form snippet brings its text as children, which a shadow root would hide at once: they
      // stay on show through a slot until the first render replaces it, so the element is never blank.
      root.appendChild(this.ownerDocument.createElement('slot'));
      this.#prerendered = true;
    }
    return root;
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
   * The first render waits for the element's language, so that French never flashes Dutch; on a stalled
   * network, for 3 s at most, and then the language follows when its texts arrive.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await Promise.race([this.#languageSettled, patienceFor(this.#wanted)]);
    super.scheduleUpdate();
  }

  // A prerendered snippet stays until the element can show its own language: it never trades a French
  // snippet for Dutch because the French texts failed to load.
  protected override shouldUpdate(): boolean {
    return !this.#prerendered || this.#shown === this.#wanted;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#prerendered) {
      this.#prerendered = false;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.levelInUse = this.accepted('heading-level', this.headingLevel, headingLevels, 2);
    if (changed.has('variant')) this.variantInUse = this.accepted('variant', this.variant, variants, 'plain');
    if (changed.has('hideHeading')) this.checkBoolean('hide-heading');
  }

  /**
   * `value` if it is one of `accepted`, else `fallback`, with one warning per attribute and value that
   * names the value and the accepted ones. An absent attribute means the default, without a warning.
   */
  protected accepted<T>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    if (value === null || value === undefined) return fallback;
    if (accepted.includes(value as T)) return value as T;
    this.warn(
      attribute,
      value,
      `${attribute}=${quoted(value)} is not valid; accepted: ${accepted.join(', ')}. Using ${String(fallback)}.`
    );
    return fallback;
  }

  // A boolean attribute is on whenever it is present; a value such as "false" is almost always a mistake.
  private checkBoolean(attribute: string): void {
    const value = this.getAttribute(attribute);
    if (value === null || value === '' || value.toLowerCase() === attribute) return;
    this.warn(
      attribute,
      value,
      `${attribute}=${quoted(value)}: ${attribute} is a boolean attribute, on whenever present; remove it to turn it off.`
    );
  }

  private warn(attribute: string, value: unknown, message: string): void {
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
    const locale = isServer ? localeRendering() : this.#shown;
    const content = inLocale(locale, () => html`<div class="content">${this.renderContent(locale)}</div>`);
    return html`<div class="root ${this.variantInUse}" lang=${locale} dir="ltr">${content}</div>`;
  }

  /** The element's own content in `locale`, inside the shared root. */
  protected abstract renderContent(locale: Locale): TemplateResult;
}
