package org.parley.input;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input file Parley reads, told apart by file name: plain text, HTML pages, web
 * archives and news feeds. Thread-safe constants.
 */
public enum InputFormat {
    /** A plain UTF-8 article, {@code .txt}. */
    TEXT(".txt"),
    /** A saved web page, {@code .html} or {@code .htm}. */
    HTML(".html", ".htm"),
    /** A web archive, {@code .warc} or {@code .warc.gz}: one article per HTML response record. */
    WARC(".warc", ".warc.gz"),
    /** An RSS 2.0 or Atom feed, {@code .rss}, {@code .atom} (and {@code .xml} when named directly). */
    FEED(".rss", ".atom");

    private final String[] suffixes;

    InputFormat(String... suffixes) {
        this.suffixes = suffixes;
    }

    /**
     * @param file     a file name or path
     * @param explicit true when the user named the file itself (then {@code .xml} counts as a feed;
     *                 in folders it is left alone, as many other files end in {@code .xml})
     * @return its format, or empty when Parley does not read it
     */
    public static Optional<InputFormat> of(Path file, boolean explicit) {
        String name = lowerName(file);
        for (InputFormat f : values()) {
            if (f.suffix(name) != null) {
                return Optional.of(f);
            }
        }
        return explicit && name.endsWith(".xml") ? Optional.of(FEED) : Optional.empty();
    }

    /**
     * @param file a file Parley reads
     * @return its article id: the file name without the format's suffix ({@code a.warc.gz} gives {@code a})
     */
    public static String id(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            String s = f.suffix(lower);
            if (s != null) {
                return name.substring(0, name.length() - s.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** @return the suffixes of every format, for messages */
    public static String described() {
        return ".txt, .html, .htm, .warc, .warc.gz, .rss, .atom";
    }

    private String suffix(String lowerName) {
        String longest = null;
        for (String s : suffixes) {
            if (lowerName.endsWith(s) && (longest == null || s.length() > longest.length())) {
                longest = s;
            }
        }
        return longest;
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
