/* Generated from src/feed/networks.schema.json by scripts/generate.mjs. Do not edit by hand: run `npm run generate`. */

/**
 * An absolute http or https URL that leads where it says: no user info, no backslash (readers also refuse a host the URL parser reads otherwise than written, such as a number, and host labels mixing Latin, Cyrillic, Greek or Armenian letters).
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "WebUrl".
 */
export type WebUrl = string;
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * A stable identifier used in attributes and deep links: lower-case letters, digits and single hyphens.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * A proper name that is the same in every language.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Name".
 */
export type Name = string;
/**
 * A web address, or one per language where the site has language versions.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "LocalizedWebUrl".
 */
export type LocalizedWebUrl =
  | WebUrl
  | {
      de?: WebUrl;
      en?: WebUrl;
      [k: string]: WebUrl | undefined;
    };
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Email".
 */
export type Email = string;
/**
 * A phone number as dialled, preferably international (+49 6221 …).
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Phone".
 */
export type Phone = string;
/**
 * A year, or a year and month.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "YearMonth".
 */
export type YearMonth = string;

/**
 * A feed of European networks, their categories and the contacts of the office that publishes them. Every human-readable text is a language map ({"de": …, "en": …}); proper names that are the same in every language (people, streets, places) are plain strings. Unknown extra fields are allowed so that newer minor versions of the format still load.
 */
export interface NetworkFeed {
  /**
   * The address of this JSON Schema (such as its copy on the CDN beside the elements' script), so that editors offer completion and checks. Readers ignore it.
   */
  $schema?: string;
  /**
   * Format version, MAJOR.MINOR or MAJOR.MINOR.PATCH. This is format 1: readers of it accept any 1.MINOR(.PATCH) (minor versions only add optional fields, which older readers ignore) and refuse every other MAJOR (0.x were drafts; a newer MAJOR may change the format).
   */
  version: string;
  /**
   * The date the content was last checked against its source.
   */
  checked: string;
  source?: WebUrl;
  title?: LocalizedText;
  /**
   * Introductory paragraphs, in order.
   *
   * @maxItems 50
   */
  intro?: LocalizedText[];
  contactIntro?: LocalizedText;
  member?: LocalizedText1;
  /**
   * Offices that contacts belong to.
   *
   * @maxItems 1000
   */
  offices?: Office[];
  /**
   * People to contact, in display order.
   *
   * @maxItems 1000
   */
  contacts: Contact[];
  /**
   * Categories of networks, in display order.
   *
   * @maxItems 1000
   */
  categories: Category[];
  /**
   * Networks, in display order within their category.
   *
   * @maxItems 100000
   */
  networks: Network[];
}
/**
 * One text in several languages, keyed by BCP 47 language tag ("de", "en", …). A feed may carry only one language.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  de?: Text;
  en?: Text;
  [k: string]: Text | undefined;
}
/**
 * One text in several languages, keyed by BCP 47 language tag ("de", "en", …). A feed may carry only one language.
 */
export interface LocalizedText1 {
  de?: Text;
  en?: Text;
  [k: string]: Text | undefined;
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Office".
 */
export interface Office {
  id: Id;
  name: LocalizedText;
  address?: Address;
  url?: LocalizedWebUrl;
  email?: Email;
  phone?: Phone;
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Address".
 */
export interface Address {
  building?: LocalizedText;
  street: Name;
  postalCode: string;
  locality: Name;
  /**
   * ISO 3166-1 alpha-2 country code.
   */
  country?: string;
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  id: Id;
  name: Name;
  role?: LocalizedText;
  office?: Id;
  email?: Email;
  phone?: Phone;
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Category".
 */
export interface Category {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Network".
 */
export interface Network {
  id: Id;
  category: Id;
  name: LocalizedText;
  shortName?: LocalizedText;
  /**
   * The full description, one entry per paragraph.
   *
   * @maxItems 50
   */
  description?: LocalizedText[];
  website?: LocalizedWebUrl;
  /**
   * Further information.
   *
   * @maxItems 20
   */
  links?: Link[];
  members?: Quantity;
  germanMembers?: Quantity;
  countries?: Quantity;
  founded?: YearMonth;
  /**
   * Heidelberg's roles in the network.
   *
   * @maxItems 50
   */
  roles?: Role[];
}
/**
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  url: LocalizedWebUrl;
  label: LocalizedText;
}
/**
 * A count as the source states it: "über 30" is {"value": 30, "qualifier": "over"}, "rund 800" is {"value": 800, "qualifier": "about"}; no qualifier means exact.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Quantity".
 */
export interface Quantity {
  value: number;
  qualifier?: 'over' | 'about';
}
/**
 * A role of the city (or its mayor) in a network, with its period where the source gives one.
 *
 * This interface was referenced by `NetworkFeed`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
  role: LocalizedText;
  from?: YearMonth;
  to?: YearMonth;
  year?: YearMonth;
}
