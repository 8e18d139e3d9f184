package org.parley.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Layers;

class DebugScratchTest {
    @Test
    void dump() throws Exception {
        String t = Files.readString(Path.of(System.getProperty("dbgfile")));
        Article a = FullPipeline.annotate(t, System.getProperty("dbgdate"));
        for (String layer : System.getProperty("dbglayers", "SENTENCES").split(",")) {
            System.out.println("== " + layer);
            var key = switch (layer) {
                case "SENTENCES" -> Layers.SENTENCES; case "DATES" -> Layers.DATES; case "PERSONS" -> Layers.PERSONS;
                case "PLACES" -> Layers.PLACES; case "AGENTS" -> Layers.AGENTS; case "ROUNDS" -> Layers.ROUNDS;
                case "NAMES" -> Layers.NAMES; case "BOILERPLATE" -> Layers.BOILERPLATE; case "CREDITS" -> Layers.CREDITS;
                case "DELEGATIONS" -> Layers.DELEGATIONS; default -> Layers.QUOTES; };
            System.out.println("size " + a.get(key).size() + " " + key);
            for (Object o : a.get(key)) {
                String extra = o instanceof org.parley.article.Sentence s ? " :: " + a.text(s.span()) : "";
                System.out.println(o + extra);
            }
        }
    }
}
