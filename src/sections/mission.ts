import {html, nothing} from 'lit';
import {missionTexts} from '../content.js';
import {heading, type HeadingRank} from '../heading.js';
import type {HeadingLevel} from '../attributes.js';

/** The mission section; without a level, the heading is left out. */
export const missionSection = (level: HeadingLevel | undefined, rank: HeadingRank) => {
  const texts = missionTexts();
  return html`${level ? heading(level, texts.heading, rank) : nothing}<p part="text">${texts.body}</p>`;
};
