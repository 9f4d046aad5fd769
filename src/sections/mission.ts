import {html, nothing} from 'lit';
import {missionTexts} from '../content.js';
import {styled, type MarkupForm} from '../form.js';
import {heading, type HeadingRank} from '../heading.js';
import type {HeadingLevel} from '../attributes.js';

/** The mission section; without a level, the heading is left out. */
export const missionSection = (level: HeadingLevel | undefined, rank: HeadingRank, form: MarkupForm) => {
  const texts = missionTexts();
  return html`${level ? heading(level, texts.heading, rank, form) : nothing}<p part=${styled(form, 'text')}>${texts.body}</p>`;
};
