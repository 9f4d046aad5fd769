import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sourceLocale} from './generated/locale-codes.js';
import {followLanguage, languageOf, supportedLocale} from './language-of.js';
import {hasTexts, loadTexts, type Locale} from './texts.js';

/** How long a first render waits for the texts of the element's language on a stalled network. */
export const firstRenderPatience = 3000;

/**
 * The element's first render: it waits for the texts of its language, so that French never flashes
 * Dutch, until they are loaded, their load fails, or `firstRenderPatience` has passed since it first
 * stood in the page; then it is due.
 */
type FirstRender = 'waiting for texts' | 'due';

/**
 * The language an element shows, as a Lit reactive controller (as @lit/localize's `LocalizeController`
 * and Shoelace's are): the language of where the element stands (language-of.ts), whether its texts are
 * loaded (texts.ts), and so the language the element renders in. Followed live while the element is in a
 * page: every change asks the host to update.
 */
export class LanguageController implements ReactiveController {
  /** The language of where the element stands: its own `lang`, an ancestor's, or the page's. */
  standsIn: Locale = sourceLocale;

  /**
   * The language the element shows: of its last render, or of the prerendered snippet it still shows;
   * `undefined` before either. Where its texts are missing, the element keeps showing this one.
   */
  shows?: Locale;

  #firstRender: FirstRender = 'waiting for texts';
  #markFirstRenderDue!: () => void;

  /** Settles when the first render is due. */
  readonly firstRenderDue = new Promise<void>((due) => (this.#markFirstRenderDue = due));

  #stopFollowing?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & {hasUpdated: boolean}) {
    host.addController(this);
  }

  // In a new place, the element may be in another language; out of the page, it hears no change.
  hostConnected(): void {
    this.#stopFollowing = followLanguage(this.host, this.#languageChanged);
    void this.#languageChanged();
    // From the first time it stands in a page; a later wait's end finds the first render due already.
    if (this.#firstRender === 'waiting for texts') setTimeout(() => this.#firstRenderIsDue(), firstRenderPatience);
  }

  hostDisconnected(): void {
    this.#stopFollowing?.();
  }

  /** Before each render: the language it renders in, the one it stands in if its texts are loaded. */
  hostUpdate(): void {
    if (hasTexts(this.standsIn)) this.shows = this.standsIn;
    else if (!this.shows || !hasTexts(this.shows)) this.shows = sourceLocale;
  }

  // Looks up where the element stands, and shows it once its texts are loaded (at once if they are).
  #languageChanged = (): Promise<unknown> => {
    const standsIn = supportedLocale(languageOf(this.host));
    this.standsIn = standsIn;
    if (hasTexts(standsIn)) this.#textsLoaded();
    return loadTexts(standsIn).then((loaded) => {
      if (this.standsIn !== standsIn) return;
      // No use waiting for a language that failed: the first render shows what it has.
      if (loaded) this.#textsLoaded();
      else this.#firstRenderIsDue();
      return this.host.updateComplete;
    });
  };

  #textsLoaded(): void {
    this.#firstRenderIsDue();
    if (this.shows !== this.standsIn || !this.host.hasUpdated) this.host.requestUpdate();
  }

  #firstRenderIsDue(): void {
    if (this.#firstRender === 'due') return;
    this.#firstRender = 'due';
    this.#markFirstRenderDue();
  }
}
