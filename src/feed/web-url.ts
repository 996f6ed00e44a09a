/**
 * Feed URLs are untrusted. Only absolute `https:` and `http:` addresses from a feed become
 * links (`mailto:` and `tel:` links are built from checked e-mail and phone fields). A feed's
 * address must literally start with `http://` or `https://` (in any case) and hold no spaces,
 * control characters, format characters (bidi controls, zero-width characters) or backslashes,
 * so the obfuscations that rely on the URL parser's normalising — leading spaces or control
 * characters, tabs or newlines inside the scheme (`" jav\tascript:…"`), `\` read as `/` — are
 * refused before parsing; it must then parse with a host. Entities are not decoded (a feed is
 * JSON, not HTML), so `javascript&#58;…` is no absolute URL either.
 *
 * An address must also lead where it says: no user info (`https://www.heidelberg.de@evil.example/`
 * goes to evil.example), a host the parser reads as written (no numeric or percent-encoded
 * disguises such as `https://3627734734/`), and no host label that mixes Latin, Cyrillic, Greek
 * or Armenian letters (`www.hеidelberg.de` with a Cyrillic е).
 */
const WEB = /^https?:\/\/[^\s\p{Cc}\p{Cf}\\]+$/iu;
const SCRIPTS = [/\p{sc=Latin}/u, /\p{sc=Cyrillic}/u, /\p{sc=Greek}/u, /\p{sc=Armenian}/u];

/** Whether a host label mixes the letters of scripts that look alike. */
const mixesScripts = (label: string) => SCRIPTS.filter((script) => script.test(label)).length > 1;

/** Whether `value` is an absolute http(s) URL (the parser demands a host for these schemes) that leads where it says. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // The host as written: after the scheme's `//`, up to the path, query or fragment.
    const host = value.slice(value.indexOf('//') + 2).split(/[/?#]/)[0];
    return (
      WEB.test(value) &&
      !host.includes('@') &&
      // ASCII hosts must be read as written; others (IDN) become punycode, and must not mix scripts.
      (/^[\x21-\x7e]*$/.test(host) ? host.toLowerCase() === url.host : !host.split('.').some(mixesScripts))
    );
  } catch {
    return false;
  }
}

/**
 * The host named by a text that is itself a web address (`www.evil.example`, `https://…`), if it
 * is one. A host written with letters of scripts that look alike is returned as written: it names
 * no link's host (`www.hеidelberg.de`, a Cyrillic е, on a link to its punycode).
 */
export function namedHost(text: string): string | undefined {
  const t = text.trim();
  if (!/^(https?:\/\/)?([\p{L}\p{N}-]+\.)+[\p{L}]{2,}\.?(:\d+)?([/?#]\S*)?$/iu.test(t)) return undefined;
  const written = t.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0];
  if (written.split('.').some(mixesScripts)) return written;
  try {
    return new URL(/^https?:/i.test(t) ? t : `https://${t}`).hostname;
  } catch {
    return undefined;
  }
}
