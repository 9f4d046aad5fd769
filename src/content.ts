/**
 * Every word the elements show, as data. The Dutch texts are the page "Missie, visie en waarden" of
 * Lokale Politie Schoten, word for word; the elements only lay them out.
 *
 * Each text is a `msg()` call with a stable id, so translations live in `locales/*.xlf` and the
 * functions below return the active language's texts each time an element renders.
 */
import {msg} from '@lit/localize';

export const pageTexts = () => ({
  title: msg('Missie, visie en waarden', {id: 'page.title'}),
  introduction: msg(
    'Waar staat de Lokale Politie Schoten voor? Wat is ons doel? Hoe willen we dit doel bereiken? Een antwoord op deze vragen vind je bij onze missie, visie en waarden.',
    {id: 'page.introduction'}
  ),
});

export const missionTexts = () => ({
  heading: msg('Onze missie, Schoten veilig!', {id: 'mission.heading'}),
  body: msg(
    'De Lokale Politie Schoten (LP Schoten) wil de basispolitiezorg verzekeren door middel van een gemeenschapsgerichte politiezorg die voortvloeit uit een integraal en geïntegreerd veiligheidsbeleid. Het geïntegreerde aspect houdt in dat alle verschillende diensten (politie / gemeente / OCMW / justitie /…) samenwerken om de veiligheid aan te kaarten in een zo breed mogelijke context. Het integrale (of allesomvattende) aspect impliceert dat de lokale politie niet enkel reageert op het moment zelf, maar ook inspanningen levert op het gebied van repressie, preventie en nazorg.',
    {id: 'mission.body'}
  ),
});

export const visionTexts = () => ({
  heading: msg('Visie', {id: 'vision.heading'}),
  introduction: msg(
    "De rode draad doorheen de organisatie en werking van de LP Schoten is het streven naar een 'excellente politiezorg'. Zowel de filosofie van de gemeenschapsgerichte politiezorg, informatiegestuurde politiezorg, en optimale bedrijfsvoering worden toegepast en vertaald naar de hele werking van de zone. Dit houdt o.a. in dat:",
    {id: 'vision.introduction'}
  ),
  points: [
    msg(
      'we in overleg met andere partners (o.a. de bestuurlijke en gerechtelijke overheden, de federale politie, diverse instanties en burgers) samenwerken om de maatschappelijke veiligheid te verzekeren.',
      {id: 'vision.point.partners'}
    ),
    msg(
      'we aandacht schenken aan alle facetten van het veiligheidsbeleid, zoals preventie, proactief optreden, repressie en nazorg.',
      {id: 'vision.point.facets'}
    ),
    msg(
      'het zonaal veiligheidsplan in relatie wordt gebracht met de kadernota integrale veiligheid, het bestuursakkoord van de gemeente Schoten en het nationale veiligheidsplan. De zonale veiligheidsraad bepaalt de prioriteiten waarbij wordt gestreefd naar een rechtvaardige verdeling tussen de verschillende opdrachten. Hierbij wordt het personeel en het materieel zo effectief en efficiënt mogelijk ingezet.',
      {id: 'vision.point.plans'}
    ),
    msg(
      'we houden ook rekening met het subjectief onveiligheidsgevoel van de bevolking en streven naar een zichtbare en aanspreekbare politie. Zo wordt ook capaciteit ter beschikking gesteld op wijkniveau om problemen aan te pakken die als prioritair worden aangeduid. Er zal vooral geprobeerd worden probleemoplossend maatwerk af te leveren.',
      {id: 'vision.point.neighbourhood'}
    ),
    msg(
      'we leggen voortdurend verantwoording af aan de democratisch verkozen organen en bezorgen feedback aan al onze partners.',
      {id: 'vision.point.accountability'}
    ),
  ],
});

export const valuesTexts = () => ({
  heading: msg('Waarden', {id: 'values.heading'}),
  introduction: msg(
    'Binnen de LP Schoten worden een aantal waarden hoog in het vaandel gedragen. Deze waarden zijn gebundeld in het acroniem SCHOTEN waarbij telkens de beginletter één fundamentele waarde weergeeft:',
    {id: 'values.introduction'}
  ),
});

/** A soft hyphen: where a word may break, with a hyphen, in a narrow column. */
export const softHyphen = '\u00AD';

/** One of the seven values behind the acronym SCHOTEN. */
export interface ZoneValue {
  /** The Dutch value word. It carries the letter of the acronym, so it is shown in every language. */
  readonly word: string;
  /** The same word with a soft hyphen where it may break; shown, while `word` is read and copied. */
  readonly breakableWord: string;
  /**
   * True while the zone has not confirmed the value: its source text names the acronym but ends before
   * the values. Shown to reviewers in Storybook, never on a partner page.
   */
  readonly proposal: boolean;
  /** The value word in the active language, with soft hyphens where it may break (`word` in Dutch). */
  name(): string;
  /**
   * One sentence in the zone's voice that says what the value means, in natural Dutch: grounded in the
   * zone's text, never a repeat of another value's sentence or of the mission's.
   */
  explanation(): string;
}

/** A value word given with its soft hyphens, and the same word whole. */
const withBreaks = (breakableWord: string) => ({word: breakableWord.replaceAll(softHyphen, ''), breakableWord});

/**
 * The values, in the order of the acronym. A proposal until the zone confirms them: each is grounded in a
 * phrase of the zone's own mission and vision (see the README). To change a value, edit its entry here
 * and its translations in `locales/`; the acronym follows from the words.
 */
export const zoneValues: readonly ZoneValue[] = [
  {
    ...withBreaks('Samen\u00ADwerking'),
    proposal: true,
    name: () => msg('Samenwerking', {id: 'value.s.name'}),
    explanation: () =>
      msg('We werken nauw samen met alle diensten en partners: veiligheid maken we samen.', {id: 'value.s.explanation'}),
  },
  {
    ...withBreaks('Communi\u00ADcatie'),
    proposal: true,
    name: () => msg('Communicatie', {id: 'value.c.name'}),
    explanation: () =>
      msg('We overleggen met al onze partners en houden hen op de hoogte.', {id: 'value.c.explanation'}),
  },
  {
    ...withBreaks('Hulp\u00ADvaardig\u00ADheid'),
    proposal: true,
    name: () => msg('Hulpvaardigheid', {id: 'value.h.name'}),
    explanation: () =>
      msg('We staan klaar voor iedereen die ons nodig heeft en helpen met raad en daad.', {id: 'value.h.explanation'}),
  },
  {
    ...withBreaks('Oplossings\u00ADgericht\u00ADheid'),
    proposal: true,
    name: () => msg('Oplossingsgerichtheid', {id: 'value.o.name'}),
    explanation: () =>
      msg('We pakken problemen aan met maatwerk.', {id: 'value.o.explanation'}),
  },
  {
    ...withBreaks('Trans\u00ADparantie'),
    proposal: true,
    name: () => msg('Transparantie', {id: 'value.t.name'}),
    explanation: () =>
      msg('We leggen voortdurend verantwoording af aan de democratisch verkozen organen.', {
        id: 'value.t.explanation',
      }),
  },
  {
    ...withBreaks('Excel\u00ADlentie'),
    proposal: true,
    name: () => msg('Excellentie', {id: 'value.e.name'}),
    explanation: () =>
      msg("We streven in onze hele werking naar een 'excellente politiezorg'.", {id: 'value.e.explanation'}),
  },
  {
    ...withBreaks('Nabij\u00ADheid'),
    proposal: true,
    name: () => msg('Nabijheid', {id: 'value.n.name'}),
    explanation: () =>
      msg('We zijn een zichtbare en aanspreekbare politie, ook op wijkniveau.', {id: 'value.n.explanation'}),
  },
];

/** The acronym, spelled by the values' initials. A test fails if it stops spelling SCHOTEN. */
export const valuesAcronym = zoneValues.map((value) => value.word[0]).join('');
