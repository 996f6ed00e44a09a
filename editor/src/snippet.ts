/**
 * The code a webmaster pastes: the script tag of a build on the CDN (with its SRI hash where the
 * build has one) and one element with its attributes, written the same way every time.
 */
import { VERSION } from './library.js';

export type Tag = 'network-list' | 'network-card' | 'contact-box';
export type Build = 'full' | 'nodata' | 'all';

/**
 * The script-tag files: with the Heidelberg feed, the smaller one without it, and the single file
 * with every part inside (for servers without CORS, and for pinning every script with SRI).
 */
export const BUILD_FILES: Record<Build, string> = {
  full: 'network-elements.js',
  nodata: 'network-elements.nodata.js',
  all: 'network-elements.all.js',
};

/** Where the package's files are published (as in the README). */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/network-elements@${VERSION}/dist/cdn/`;

/**
 * Hook for Subresource Integrity: the hashes of the script-tag files, by file name
 * (`{ "network-elements.js": "sha384-…" }`), as the build writes them to dist/cdn/integrity.json.
 * vite.config.ts reads that file when the site is built and hands its content in as
 * `__NETWORK_ELEMENTS_INTEGRITY__`; where there is none (no such file yet, or the dev and test
 * servers), the snippet carries no `integrity`.
 */
declare const __NETWORK_ELEMENTS_INTEGRITY__: Record<string, string> | undefined;
export const INTEGRITY: Record<string, string> =
  typeof __NETWORK_ELEMENTS_INTEGRITY__ === 'object' && __NETWORK_ELEMENTS_INTEGRITY__
    ? __NETWORK_ELEMENTS_INTEGRITY__
    : {};

/** The attributes the builder offers, in the order the snippet writes them. */
export interface Attributes {
  network?: string;
  category?: string;
  contact?: string;
  intro?: boolean;
  searchable?: boolean;
  'heading-level'?: string;
  lang?: string;
  src?: string;
  cache?: boolean;
  'structured-data'?: boolean;
}

/** Which attributes each element reads (the rest are left out of its snippet). */
export const ATTRIBUTES_OF: Record<Tag, (keyof Attributes)[]> = {
  'network-list': ['category', 'intro', 'searchable', 'heading-level', 'lang', 'src', 'cache', 'structured-data'],
  'network-card': ['network', 'heading-level', 'lang', 'src', 'cache', 'structured-data'],
  'contact-box': ['contact', 'heading-level', 'lang', 'src', 'cache', 'structured-data'],
};

/** An attribute value as HTML writes it between double quotes. */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's attributes that are set, as `name` or `name="value"`; `cache` only with `src`. */
export function attributeList(tag: Tag, attributes: Attributes): string[] {
  return ATTRIBUTES_OF[tag].flatMap((name) => {
    const value = attributes[name];
    if (value === undefined || value === false || value === '') return [];
    if (name === 'cache' && !attributes.src) return [];
    if (value === true) return [name === 'cache' ? 'cache="local"' : name];
    return [`${name}="${escapeAttribute(value)}"`];
  });
}

/** The script tag of a build, with `integrity` where its hash is known. */
export function scriptTag(build: Build, integrity: Record<string, string> = INTEGRITY): string {
  const file = BUILD_FILES[build];
  const hash = integrity[file];
  const sri = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${CDN_BASE}${file}"${sri}></script>`;
}

/** The whole snippet: the script tag, then the element. */
export function snippet(tag: Tag, build: Build, attributes: Attributes, integrity?: Record<string, string>): string {
  const list = attributeList(tag, attributes);
  return `${scriptTag(build, integrity)}\n<${tag}${list.map((a) => ` ${a}`).join('')}></${tag}>`;
}
