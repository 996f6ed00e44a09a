// eslint-disable-next-line no-restricted-syntax -- only for `css` below, which takes a literal's text
import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of the elements' style sheets, whose css`` literals hold no `${…}`: the literal's text
 * as a CSSResult, the same as Lit's `css` makes of it, without that tag's checks of interpolated
 * values (about 130 bytes gzipped of every first load, for values the sheets never have). Its
 * signature takes no values: `${…}` in a sheet does not compile, so no string but a literal's
 * text becomes CSS. Named `css`, so that the literal minifier (scripts/build.mjs) minifies the
 * sheets as before.
 */
// eslint-disable-next-line no-restricted-syntax -- the text of a css`` literal, never a string from elsewhere
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
