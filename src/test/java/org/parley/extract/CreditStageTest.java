package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Credit;
import org.parley.article.Layers;

class CreditStageTest {

    private static List<Credit> credits(Article a) {
        return a.get(Layers.CREDITS);
    }

    private static Article run(String text) {
        return Fixtures.run(text, null, new BoilerplateStage(), new CreditStage());
    }

    private static List<String> described(Article a) {
        return credits(a).stream().map(c -> c.kind() + " " + c.name() + " <" + a.text(c.span()) + ">").toList();
    }

    @Test
    void readsBylineWithStaffSuffix() {
        Article a = run("Envoys Meet in Valletta\nBy Jane Roe,  Harbour Staff\nThe envoys met on Monday.\n");
        assertEquals(List.of("AUTHOR Jane Roe <By Jane Roe,  Harbour Staff>"), described(a));
    }

    @Test
    void readsCapitalisedBylinesAndSeveralAuthors() {
        Article a = run("Envoys Meet\nBy MARIA LOPEZ Associated Press\nText.\nBy Tom Reed and Ana de la Cruz\n");
        assertEquals(List.of("AUTHOR Maria Lopez <By MARIA LOPEZ Associated Press>",
                "AUTHOR Ana de la Cruz <By Tom Reed and Ana de la Cruz>",
                "AUTHOR Tom Reed <By Tom Reed and Ana de la Cruz>"), described(a));
    }

    @Test
    void readsPhotoCreditsInParenthesesMarkersAndLinesOfTheirOwn() {
        String text = "Envoys Meet in Valletta\n"
                + "Envoys arrive at the port, Monday, April 3, 2023. (AP Photo/Anna Berg)\n"
                + "The delegations pose in Valletta. (PETER NOVAK/AFP via Getty Images)\n"
                + "MARTA LINDQVIST/AFP via Getty\n"
                + "The hall before the talks. (Ivan Petrov/HarbourNews Pool Photo via AP)\n"
                + "A ferry leaves the port. Photo: Reuters/Tom Kelly\n"
                + "Getty Images/Lena Park\n"
                + "The envoys smile. Credit: Omar Haddad\n";
        Article a = run(text);
        assertEquals(List.of(
                "PHOTOGRAPHER Anna Berg <(AP Photo/Anna Berg)>",
                "PHOTOGRAPHER Peter Novak <(PETER NOVAK/AFP via Getty Images)>",
                "PHOTOGRAPHER Marta Lindqvist <MARTA LINDQVIST/AFP via Getty>",
                "PHOTOGRAPHER Ivan Petrov <(Ivan Petrov/HarbourNews Pool Photo via AP)>",
                "PHOTOGRAPHER Tom Kelly <Photo: Reuters/Tom Kelly>",
                "PHOTOGRAPHER Lena Park <Getty Images/Lena Park>",
                "PHOTOGRAPHER Omar Haddad <Credit: Omar Haddad>"), described(a));
    }

    @Test
    void takesLoneNameAfterCaptionAsAuthor() {
        String text = "Envoys Meet in Valletta\n\n"
                + "EDITORS NOTE: Envoys arrive at the port in Valletta on April 3, 2023.\n"
                + "PETER NOVAK/AFP via Getty\n"
                + "Helen Marsh\n\n"
                + "The envoys met on Monday.\n";
        Article a = run(text);
        assertEquals(List.of("PHOTOGRAPHER Peter Novak <PETER NOVAK/AFP via Getty>", "AUTHOR Helen Marsh <Helen Marsh>"),
                described(a));
    }

    @Test
    void loneNameThatTheArticleMentionsAgainIsNoAuthor() {
        String text = "Envoys Meet in Valletta\n"
                + "(AP Photo/Anna Berg)\n"
                + "Helen Marsh\n"
                + "Helen Marsh, the mediator, opened the talks.\n";
        Article a = run(text);
        assertEquals(List.of("PHOTOGRAPHER Anna Berg <(AP Photo/Anna Berg)>"), described(a));
    }

    @Test
    void agenciesAloneAndCaptionsNamingPeopleAreNoCredits() {
        String text = "Envoys Meet in Valletta\n"
                + "(Maria Lopez and Jan Novak)\n"
                + "The envoys shake hands. (Harbour via Xinhua)\n"
                + "Associated Press\n"
                + "VALLETTA, Malta (AP) -- The envoys met on Monday.\n"
                + "The talks (held in Valletta) ended.\n";
        assertEquals(List.of(), credits(run(text)));
    }

    @Test
    void readsReportingAndEditingClauses() {
        Article a = run("The talks ended.\n(Reporting by Tom Reed in Valletta; Editing by Ana Cruz)\n");
        assertEquals(List.of("AUTHOR Tom Reed <Reporting by Tom Reed in Valletta>", "AUTHOR Ana Cruz <Editing by Ana Cruz>"),
                described(a));
    }

    @Test
    void readsAdditionalReportingWithoutBy() {
        Article a = run("The talks ended.\n(Reporting by Tom Reed; Additional reporting Lea Moss and Ivo Kral)\n");
        assertEquals(java.util.Set.of("AUTHOR Tom Reed <Reporting by Tom Reed>",
                "AUTHOR Lea Moss <Additional reporting Lea Moss and Ivo Kral>",
                "AUTHOR Ivo Kral <Additional reporting Lea Moss and Ivo Kral>"), java.util.Set.copyOf(described(a)));
    }

    @Test
    void titleCasesNamesWrittenInCapitals() {
        assertEquals("Jean-Pierre O'Neil", CreditStage.titleCase("JEAN-PIERRE O'NEIL"));
        assertEquals("Anna Berg", CreditStage.titleCase("Anna Berg"));
    }
}
