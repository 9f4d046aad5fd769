// What the strict policy forbids, tried on purpose: each must be blocked and reported.
const attempt = (what) => {
  try {
    what();
    return 'allowed';
  } catch {
    return 'blocked';
  }
};
window.attempts = {
  'markup without Trusted Types': attempt(() => {
    document.createElement('div').innerHTML = '<b>markup</b>';
  }),
  'a Trusted Types policy other than lit-html': attempt(() => trustedTypes.createPolicy('another-policy', {createHTML: (text) => text})),
  eval: attempt(() => new Function('return 1')()),
};
