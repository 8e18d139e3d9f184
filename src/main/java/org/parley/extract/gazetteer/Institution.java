package org.parley.extract.gazetteer;

/**
 * An institution or organization that a name refers to.
 *
 * @param name        the alias as listed ("Élysée", "UN", "Ansar Allah")
 * @param canonical   canonical name ("Élysée Palace", "United Nations", "Houthis")
 * @param kind        government, ministry, legislature, armed-forces, intergovernmental, agency,
 *                    court, armed-group, party, movement or ngo
 * @param countryCode ISO alpha-2 code of the country the name implies ("the Kremlin" → RU), or
 *                    null for international bodies
 */
public record Institution(String name, String canonical, String kind, String countryCode) {
}
