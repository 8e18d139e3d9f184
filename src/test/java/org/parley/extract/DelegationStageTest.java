package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Layers;

/** Delegation heads and members from lists: elliptical head lists, "included", who's-who lines. */
class DelegationStageTest {

    private static List<DelegationMention> delegations(String text) {
        return FullPipeline.annotate(text, "2024-03-04").get(Layers.DELEGATIONS);
    }

    private static DelegationMention of(List<DelegationMention> ds, String countryCode) {
        return ds.stream().filter(d -> countryCode.equals(d.side().countryCode())).findFirst()
                .orElseThrow(() -> new AssertionError(countryCode + " not in " + ds));
    }

    @Test
    void ellipticalListAfterAHeadNamesTheOtherHeads() {
        List<DelegationMention> ds = delegations("Peace talks opened in Geneva on Monday. "
                + "The Austrian delegation is headed by Foreign Minister Karl Huber, Hungary - Deputy Foreign Minister "
                + "Peter Szabo, Slovakia - State Secretary Jan Novak.");
        assertEquals("Karl Huber", of(ds, "AT").head().value());
        assertEquals("Peter Szabo", of(ds, "HU").head().value());
        assertEquals("Jan Novak", of(ds, "SK").head().value());
    }

    @Test
    void peopleAfterIncludedAreMembers() {
        List<DelegationMention> ds = delegations("Trade talks were held in Oslo on Tuesday. "
                + "Canada’s team, led by Trade Minister Claire Dubois, included Finance Minister Paul Martin and Anne Roy.");
        DelegationMention ca = of(ds, "CA");
        assertEquals("Claire Dubois", ca.head().value());
        List<String> members = ca.members().stream().map(Evidenced::value).toList();
        assertTrue(members.contains("Paul Martin") && members.contains("Anne Roy"), members.toString());
    }

    @Test
    void whosWhoListUnderADelegationHeadingGivesHeadAndMembers() {
        String text = "Talks opened in Brussels on Monday.\n\n"
                + "Who is who in the Irish delegation?\n\n"
                + "  • Mary Byrne: Minister for Foreign Affairs\n"
                + "  • Sean Walsh: director general at the Department of Foreign Affairs\n"
                + "  • Aoife Kelly: permanent representative to the EU\n";
        DelegationMention ie = of(delegations(text), "IE");
        assertNotNull(ie.head());
        assertEquals("Mary Byrne", ie.head().value());
        assertEquals(List.of("Sean Walsh", "Aoife Kelly"), ie.members().stream().map(Evidenced::value).toList());
    }

    @Test
    void pluralTechnicalTeamsNameBothSides() {
        List<DelegationMention> ds = delegations("The accord, which was initialled by the Bolivian and Chilean technical "
                + "teams in La Paz on June 3, takes effect today.");
        of(ds, "BO");
        of(ds, "CL");
    }

    @Test
    void rebelMovementIsASideOfItsOwnNotItsCountry() {
        List<DelegationMention> ds = delegations("Talks opened in Rome on Monday between the Colombian government "
                + "delegation and the delegation of the FARC rebels.");
        of(ds, "CO");
        assertTrue(ds.stream().anyMatch(d -> d.side().kind() == org.parley.article.AgentRef.Kind.ORGANIZATION
                && d.side().label().equals("FARC")), ds.toString());
    }

    @Test
    void teamOfAnEnvoyIsHeadedByTheEnvoy() {
        List<DelegationMention> ds = delegations("Five delegations will attend the talks in Vienna on Monday, including "
                + "a team of United Nations Special Envoy Maria Lopez.");
        DelegationMention un = ds.stream().filter(d -> "United Nations".equals(d.side().label())).findFirst()
                .orElseThrow(() -> new AssertionError(ds.toString()));
        assertEquals("Maria Lopez", un.head().value());
    }

    @Test
    void possessivePronounDelegationBelongsToItsOwner() {
        List<DelegationMention> ds = delegations("Talks opened in Hanoi on Monday. Peruvian President Jose Vargas "
                + "arrived on Sunday. His sister Ana Vargas was also seen in his delegation.");
        assertEquals("Jose Vargas", of(ds, "PE").head().value());
        assertEquals(List.of("Ana Vargas"), of(ds, "PE").members().stream().map(Evidenced::value).toList());
    }

    @Test
    void representativesAfterAListedSideAreNotADelegationSide() {
        List<DelegationMention> ds = delegations("The first round of talks among military delegations of Greece, "
                + "Bulgaria, and Romania, and the United Nations representatives ended in Sofia on Friday.");
        of(ds, "GR");
        of(ds, "RO");
        assertTrue(ds.stream().noneMatch(d -> "United Nations".equals(d.side().label())), ds.toString());
    }
}
