// A second line of defence for text stored from validated input: the schemas (types/api/text-rule.ts)
// already refuse control characters, bidi overrides and lone surrogates and drop zero-width ones;
// whatever reaches storage by another route is cleaned by the same rule here.
export { stripRefused as stripControl } from '#types/api/text-rule';
