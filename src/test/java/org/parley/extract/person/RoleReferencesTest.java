package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class RoleReferencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Ana Silva spoke. He met William Ruto, who the Kenyan president praised.   | Ana Silva/Foreign Minister/KE;William Ruto/-/-   | the Kenyan president>William Ruto
            A Kremlin spokesman said so. Spokesman Dmitry Peskov spoke later.        | Dmitry Peskov/Spokesperson/-                     | A Kremlin spokesman>Dmitry Peskov
            Spokesman Dmitry Peskov spoke. Later a Kremlin spokesman said so.        | Dmitry Peskov/Spokesperson/-                     | -
            Tom Reed spoke. The quiet president said so.                             | Tom Reed/-/-                                     | -
            Ana Silva spoke. The Kenyan president said so.                           | Ana Silva/-/GR                                   | -
            Ana Silva arrived. Tom Reed met her. The Sudanese president said so.     | Ana Silva/President/CF;Ana Silva/President/-;Tom Reed/-/SD | The Sudanese president>Tom Reed
            Ana Silva spoke, as did the Qatari emir, Sheikh Tamim Al Thani.          | Ana Silva/-/-;Tamim Al Thani/Sheikh/QA          | -
            """)
    void linksRolePhrasesToNamedPeople(String text, String people, String expected) {
        TokenView tv = Annotated.tokens(text);
        var found = RoleReferences.find(tv, Annotated.agents(tv), Annotated.people(tv, people));
        String links = String.join(";", found.stream().map(p -> p.text() + ">" + p.name()).toList());
        assertEquals(expected == null ? "" : expected, links);
    }
}
