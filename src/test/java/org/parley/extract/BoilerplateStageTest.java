package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Layers;

class BoilerplateStageTest {

    private static List<String> boilerplate(String text) {
        Article a = Fixtures.run(text, null, new BoilerplateStage());
        return Fixtures.covered(a, a.get(Layers.BOILERPLATE));
    }

    @Test
    void marksAppPromptsNumberedStepsAndLoneCloseButtons() {
        String text = "Envoys Meet in Valletta\n"
                + "The envoys met for three hours.\n"
                + "Read the story faster.\n"
                + "Get the news faster.\n"
                + "Tap to install our app.\n"
                + "X\n"
                + "Install the Daily Wire Reader app\n"
                + "in three simple steps:\n"
                + "1. Tap the menu icon.\n"
                + "2. Tap to Add to Home Screen.\n";
        assertEquals(List.of("Get the news faster.", "Tap to install our app.", "X", "Install the Daily Wire Reader app",
                "in three simple steps:", "1. Tap the menu icon.", "2. Tap to Add to Home Screen."), boilerplate(text));
    }

    @Test
    void marksTeasersInsideParagraphsButKeepsTheirFacts() {
        String text = "The envoys met in Valletta on Monday. (More Mediterranean diplomacy stories.)\n"
                + "This is a live update. Click here for full coverage of the summit.\n"
                + "CLICK HERE TO READ MORE FROM THE EVENING HERALD\n"
                + "ALSO READ: Island talks stall as envoys leave\n";
        List<String> found = boilerplate(text);
        assertEquals(List.of("(More Mediterranean diplomacy stories.)",
                "This is a live update. Click here for full coverage of the summit.",
                "CLICK HERE TO READ MORE FROM THE EVENING HERALD",
                "ALSO READ: Island talks stall as envoys leave"), found);
    }

    @Test
    void marksStampsCaptionNotesAgencyAndCorporateLines() {
        String text = "Envoys Meet in Valletta\n"
                + "Posted Apr 3, 2023 9:15 AM CDT\n"
                + "Updated Apr 3, 2023 1:40 PM CDT\n"
                + "Tuesday, April 4, 2023\n"
                + "EDITORS NOTE: Graphic content / Rescuers search the port in Valletta on April 2, 2023.\n"
                + "Harbour Media Group, LLC\n"
                + "The Associated Press/Reuters\n"
                + "© 2023 Harbour Media Group. All rights reserved.\n"
                + "Contact Us\n"
                + "Share\n"
                + "Image caption\n";
        List<String> found = boilerplate(text);
        assertEquals(10, found.size(), found.toString());
        assertTrue(found.contains("Harbour Media Group, LLC"));
        assertTrue(found.stream().noneMatch(s -> s.equals("Envoys Meet in Valletta")));
    }

    @Test
    void keepsNewsSentencesThatMentionSharesCookiesOrSubscriptions() {
        String text = "Malta holds a large share of the shipping market.\n"
                + "States that subscribe to the treaty met in Geneva.\n"
                + "The ministers shared a meal before the talks.\n"
                + "Image rights were discussed by the delegations on Friday.\n";
        assertEquals(List.of(), boilerplate(text));
    }

    @Test
    void marksSubscribeAndCookiePrompts() {
        String text = "The talks resumed.\nSign up for our free newsletter to get updates.\nWe use cookies to improve your experience.\n";
        assertEquals(List.of("Sign up for our free newsletter to get updates.",
                "We use cookies to improve your experience."), boilerplate(text));
    }
}
