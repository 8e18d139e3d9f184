package org.parley.article;

/**
 * A mention of a person, interpreted within its article: a surname alone ("Lavrov") already
 * carries the full name the article gives elsewhere ("Sergey Lavrov").
 *
 * @param span        characters of the name as written here
 * @param text        the name as written here
 * @param name        the fullest form of the name in this article
 * @param role        office or function the text gives ("Foreign Minister"), or null
 * @param countryCode ISO 3166-1 alpha-2 code of the country the person represents, or null
 * @param affiliation organization the person acts for ("United Nations"), or null
 * @param confidence  in [0,1]
 */
public record PersonMention(Span span, String text, String name, String role, String countryCode,
                            String affiliation, double confidence) {
}
