// Loaded first by the pages under the strict policy (a script from the same origin, as the policy allows):
// records every policy violation and every error, for the test in the page around the iframe.
window.problems = {violations: [], errors: []};
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.problems.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
  true
);
window.addEventListener('error', (event) => window.problems.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.problems.errors.push(String(event.reason)));
const consoleError = console.error;
console.error = (...args) => {
  window.problems.errors.push(args.map(String).join(' '));
  consoleError(...args);
};
