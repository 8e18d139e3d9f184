package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyValuesTest {

    @ParameterizedTest
    @CsvSource({
        "0.125, 0.12",
        "0.375, 0.38",
        "0.875, 0.88",
        "0.8636363636, 0.86",
        "1.0, 1.00",
        "0.0, 0.00",
        "0.995, 0.99",
    })
    void formatsTwoDecimalsAsPython(double x, String shown) {
        assertEquals(shown, PyValues.f2(x));
    }

    @Test
    void reprQuotesAsPython() {
        assertEquals("'Lakeview'", PyValues.repr("Lakeview"));
        assertEquals("\"O'Neill\"", PyValues.repr("O'Neill"));
        assertEquals("'say \"\\'hi\\'\"'", PyValues.repr("say \"'hi'\""));
        assertEquals("'a\\\\b'", PyValues.repr("a\\b"));
        assertEquals("['a', None, '']", PyValues.list(Arrays.asList("a", null, "")));
        assertEquals("None", PyValues.repr(null));
    }
}
