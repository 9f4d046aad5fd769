/**
 * Whose Storybook this is and where reviewers' feedback goes: set here once, for the tab title and the
 * sidebar, the welcome page and the proposal banner.
 */

/** The zone's name, as the tab and the sidebar show it. */
export const zoneName = 'Lokale Politie Schoten';

/**
 * Where reviewers send a remark or approve a value, in Dutch, finishing the sentence "Stuur uw opmerking
 * naar …". Until the zone names a person or an address for it, it is whoever shared the review link.
 */
export const feedbackContact = 'wie u de link naar deze pagina stuurde';
