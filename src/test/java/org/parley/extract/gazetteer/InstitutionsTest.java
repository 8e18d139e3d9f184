package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstitutionsTest {

    private final Institutions institutions = Gazetteers.get().institutions();

    @ParameterizedTest
    @CsvSource({
        "the Kremlin,RU", "White House,US", "State Department,US", "Pentagon,US", "Downing Street,GB",
        "Whitehall,GB", "Foreign Office,GB", "Élysée,FR", "Elysee,FR", "Quai d'Orsay,FR", "Zhongnanhai,CN",
        "Rada,UA", "Verkhovna Rada,UA", "Knesset,IL", "Duma,RU", "Blue House,KR", "Bankova,UA"
    })
    void institutionImpliesCountry(String name, String code) {
        assertEquals(code, institutions.lookup(name).orElseThrow().countryCode(), name);
    }

    @ParameterizedTest
    @CsvSource({
        "UN,United Nations,intergovernmental", "United Nations,United Nations,intergovernmental",
        "EU,European Union,intergovernmental", "NATO,NATO,intergovernmental", "OSCE,OSCE,intergovernmental",
        "AU,African Union,intergovernmental", "ASEAN,ASEAN,intergovernmental",
        "Arab League,Arab League,intergovernmental",
        "ICRC,International Committee of the Red Cross,ngo", "Red Cross,International Committee of the Red Cross,ngo",
        "IAEA,International Atomic Energy Agency,agency", "WHO,World Health Organization,agency",
        "IMF,International Monetary Fund,agency", "World Bank,World Bank,agency", "OPEC,OPEC,intergovernmental",
        "Hamas,Hamas,armed-group", "Hezbollah,Hezbollah,armed-group", "Taliban,Taliban,armed-group",
        "FARC,FARC,armed-group", "Houthis,Houthis,armed-group", "Ansar Allah,Houthis,armed-group",
        "TPLF,Tigray People's Liberation Front,party"
    })
    void organizationsHaveCanonicalNameAndKind(String alias, String canonical, String kind) {
        Institution i = institutions.lookup(alias).orElseThrow();
        assertEquals(canonical, i.canonical(), alias);
        assertEquals(kind, i.kind(), alias);
    }

    @Test
    void internationalBodiesHaveNoCountry() {
        assertNull(institutions.lookup("United Nations").orElseThrow().countryCode());
    }

    @Test
    void longestMatchInTokens() {
        List<String> tokens = List.of("the", "UN", "Security", "Council", "met");
        var m = institutions.matchWithLength(tokens, 1).orElseThrow();
        assertEquals("UN Security Council", m.value().canonical());
        assertEquals(3, m.tokenCount());
        assertEquals("UN Security Council", institutions.match(tokens, 1).orElseThrow().canonical());
    }

    @Test
    void lowercaseWordIsNotAnAcronym() {
        assertTrue(institutions.match(List.of("who", "said"), 0).isEmpty());
        assertTrue(institutions.lookup("Chancellery").isEmpty());
    }
}
