/**
 * Texts that belong to a host page, not to the elements: the heading a host writes when it hides the
 * element's own, and the mock partner page. A host page translates its own texts, so they follow the
 * language in the toolbar like the elements do, and the page never mixes languages without saying so.
 */
import type {Locale} from '../src/language-of.js';

export interface HostTexts {
  /** A host's own heading above an element with hide-heading. */
  aboutThePolice: string;
  municipality: string;
  mainNavigation: string;
  navigation: readonly string[];
  breadcrumb: string;
  home: string;
  pageTitle: string;
  pageIntroduction: string;
  contact: string;
}

const hostTexts: Record<Locale, HostTexts> = {
  nl: {
    aboutThePolice: 'Over de lokale politie',
    municipality: 'Gemeente Schoten',
    mainNavigation: 'Hoofdmenu',
    navigation: ['Wonen', 'Vrije tijd', 'Veiligheid', 'Bestuur'],
    breadcrumb: 'Kruimelpad',
    home: 'Home',
    pageTitle: 'Lokale politie',
    pageIntroduction: 'De lokale politie zorgt samen met de gemeente voor een veilig Schoten. Zo omschrijft de politiezone haar opdracht:',
    contact: 'Contact: het politiekantoor is elke werkdag open.',
  },
  fr: {
    aboutThePolice: 'À propos de la police locale',
    municipality: 'Commune de Schoten',
    mainNavigation: 'Menu principal',
    navigation: ['Habiter', 'Loisirs', 'Sécurité', 'Administration'],
    breadcrumb: "Fil d'Ariane",
    home: 'Accueil',
    pageTitle: 'Police locale',
    pageIntroduction: 'La police locale veille, avec la commune, à un Schoten sûr. Voici comment la zone de police décrit sa mission :',
    contact: 'Contact : le bureau de police est ouvert tous les jours ouvrables.',
  },
  de: {
    aboutThePolice: 'Über die lokale Polizei',
    municipality: 'Gemeinde Schoten',
    mainNavigation: 'Hauptmenü',
    navigation: ['Wohnen', 'Freizeit', 'Sicherheit', 'Verwaltung'],
    breadcrumb: 'Brotkrümelnavigation',
    home: 'Startseite',
    pageTitle: 'Lokale Polizei',
    pageIntroduction: 'Die lokale Polizei sorgt gemeinsam mit der Gemeinde für ein sicheres Schoten. So beschreibt die Polizeizone ihren Auftrag:',
    contact: 'Kontakt: Das Polizeibüro ist an jedem Werktag geöffnet.',
  },
  en: {
    aboutThePolice: 'About the local police',
    municipality: 'Municipality of Schoten',
    mainNavigation: 'Main menu',
    navigation: ['Living', 'Leisure', 'Safety', 'Governance'],
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    pageTitle: 'Local police',
    pageIntroduction: 'Together with the municipality, the local police keep Schoten safe. This is how the police zone describes its task:',
    contact: 'Contact: the police office is open every working day.',
  },
};

/** The host page's texts in the language chosen in the toolbar (Dutch for anything else). */
export const textsFor = (locale: unknown): HostTexts => hostTexts[locale as Locale] ?? hostTexts.nl;
