package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0-2:0.8 1-3:0.9     | 0-3:0.9
            0-3:0.8 1-2:0.9     | 0-3:0.8
            2-4:0.7 0-1:0.8     | 0-1:0.8 2-4:0.7
            0-2:0.8 0-2:0.6     | 0-2:0.8
            0-2:0.6 0-3:0.5     | 0-3:0.5
            """)
    void mergesOverlaps(String input, String expected) {
        List<Candidate> in = new ArrayList<>();
        for (String c : input.split(" ")) {
            String[] f = c.split("[-:]");
            in.add(new Candidate(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2])));
        }
        List<String> out = Candidate.mergeOverlaps(in).stream()
                .map(c -> c.from() + "-" + c.to() + ":" + c.confidence()).toList();
        assertEquals(expected, String.join(" ", out));
    }
}
