package org.parley.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small made-up news articles for fault and load tests: each names two officials with
 * roles and countries, a meeting place and date, a quote and a negotiation round, combined from
 * short lists by the article's number, so a corpus of any size can be generated. Version 2 of an
 * article changes its place, date and quote, so a build of version 2 replaces the graphs of
 * version 1. Stateless.
 */
public final class SyntheticArticles {
    private static final String[] PEOPLE = {
        "Anna Petrova", "Jorge Alvarez", "Kenji Watanabe", "Amara Okafor", "Lars Eriksen", "Fatima Haddad",
        "Mateo Rossi", "Ingrid Berg", "Samuel Mensah", "Olga Ivanova", "Daniel Cohen", "Priya Raman"};
    private static final String[] ROLES = {
        "Foreign Minister", "Defence Minister", "chief negotiator", "special envoy", "Prime Minister", "ambassador"};
    private static final String[] COUNTRIES = {
        "Norway", "Chile", "Japan", "Nigeria", "Denmark", "Jordan", "Italy", "Sweden", "Ghana", "Russia", "Israel", "India"};
    private static final String[] CITIES = {"Geneva", "Vienna", "Oslo", "Doha", "Helsinki", "Istanbul", "Nairobi"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "November"};
    private static final String[] ROUNDS = {"first", "second", "third", "fourth"};

    private SyntheticArticles() {
    }

    /**
     * @param n       the article's number
     * @param version 1 or 2
     * @return the article's text
     */
    public static String text(int n, int version) {
        String a = PEOPLE[n % PEOPLE.length];
        String b = PEOPLE[(n * 5 + 3) % PEOPLE.length];
        if (a.equals(b)) {
            b = PEOPLE[(n + 1) % PEOPLE.length];
        }
        String ra = ROLES[n % ROLES.length];
        String rb = ROLES[(n / 2 + 1) % ROLES.length];
        String ca = COUNTRIES[n % COUNTRIES.length];
        String cb = COUNTRIES[(n * 5 + 3) % COUNTRIES.length];
        String city = CITIES[(n + version * 3) % CITIES.length];
        int day = 1 + (n * 7 + version * 11) % 27;
        String month = MONTHS[(n + version) % MONTHS.length];
        String round = ROUNDS[(n + version) % ROUNDS.length];
        String lastA = a.substring(a.indexOf(' ') + 1);
        String quote = version == 1 ? "We made real progress today, and we will meet again soon"
                : "The gaps are still wide, but nobody has left the table";
        return String.join("\n",
                ca + " and " + cb + " hold " + round + " round of talks in " + city,
                "",
                city.toUpperCase(java.util.Locale.ROOT) + ", " + month + " " + day + " (Wire) - " + ra + " " + a + " of " + ca
                        + " met " + rb + " " + b + " of " + cb + " in " + city + " on " + day + " " + month + " 2023"
                        + " for the " + round + " round of negotiations on a border agreement.",
                "\"" + quote + ",\" " + lastA + " told reporters after the meeting.",
                "The delegations of " + ca + " and " + cb + " agreed to continue the talks next month.",
                "");
    }

    /**
     * Writes articles {@code 0..count-1} as {@code synthetic-NNN.txt}.
     *
     * @param dir     the folder (created if missing)
     * @param count   how many
     * @param version 1 or 2
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(Path dir, int count, int version) throws IOException {
        return write(dir, 0, count, version);
    }

    /**
     * Writes articles {@code from..from+count-1}.
     *
     * @param dir     the folder (created if missing)
     * @param from    the first article's number
     * @param count   how many
     * @param version 1 or 2
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(Path dir, int from, int count, int version) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            out.add(Files.writeString(dir.resolve(String.format("synthetic-%03d.txt", n)), text(n, version),
                    StandardCharsets.UTF_8));
        }
        return out;
    }
}
