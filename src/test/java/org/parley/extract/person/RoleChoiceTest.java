package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleChoiceTest {

    private static RoleFact fact(String role, String country) {
        return role == null && country == null ? null : new RoleFact(role, Side.country(country), 0, 1);
    }

    @ParameterizedTest(name = "{0} {1} / {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Foreign Minister | GR | Envoy                | TR | -  | Foreign Minister     | GR
            Admiral          | -  | Secretary of Council | PT | -  | Secretary of Council | PT
            Admiral          | -  | -                    | -  | -  | Admiral              | -
            -                | -  | Envoy                | -  | TR | Envoy                | TR
            -                | GR | Envoy                | TR | IT | Envoy                | GR
            -                | -  | -                    | -  | IT | -                    | IT
            """)
    void choosesRoleAndCountry(String beforeRole, String beforeCountry, String afterRole, String afterCountry,
                               String ofCountry, String role, String country) {
        RoleFact before = fact(beforeRole, beforeCountry);
        RoleFact after = fact(afterRole, afterCountry);
        assertEquals(role, RoleChoice.role(before, after));
        assertEquals(country, RoleChoice.country(before, after, ofCountry));
    }
}
