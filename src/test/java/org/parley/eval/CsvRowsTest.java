package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name,country\\r\\nAnna,Norway\\r\\n       | [{name=Anna, country=Norway}]",
        "name,country\\r\\nAnna,\\r\\n             | [{name=Anna, country=}]",
        "name\\r\\n\"Smith, Anna\"\\r\\n           | [{name=Smith, Anna}]",
        "name\\r\\n\"say \"\"hi\"\"\"\\r\\n         | [{name=say \"hi\"}]",
        "name\\r\\n\"two\\nlines\"\\r\\n           | [{name=two\\nlines}]",
        "name,country\\r\\n                        | []",
        "name,country\\nAnna\\n                    | [{name=Anna}]",
    })
    void readsRowsAsDictReader(String csv, String rows) {
        List<Map<String, String>> parsed = CsvRows.parse(unescape(csv));
        assertEquals(unescape(rows), parsed.toString());
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
