package org.parley.extract.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes names into lookup keys shared by every gazetteer, so that "Côte d’Ivoire",
 * "Cote d'Ivoire" and "COTE DIVOIRE" meet on one key.
 *
 * <p>The key is: NFD-decomposed with combining marks removed, special Latin letters folded
 * (ø→o, æ→ae, ß→ss, ł→l, ı→i ...), lower case, apostrophes/quotes and periods dropped,
 * hyphens, dashes and other punctuation turned into single spaces, whitespace collapsed and
 * trimmed, and the word "st" (from "St." or "St") replaced by "saint". Stateless and thread-safe.
 */
public final class NameKeys {

    private static final int TABLE = 0x250;
    /** Folded lower-case text of each char below U+0250; "" drops it; null makes a separator. */
    private static final String[] FOLDED = new String[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            FOLDED[c] = foldChar(c);
        }
    }

    private NameKeys() {
    }

    /**
     * @param name any text, may be null
     * @return the lookup key; empty for null or text without letters or digits
     */
    public static String key(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String folded = c < TABLE ? FOLDED[c] : foldChar(c);
            if (folded == null) {
                pendingSpace = true;
            } else if (!folded.isEmpty()) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(folded);
            }
        }
        return saint(out.toString());
    }

    private static String foldChar(char c) {
        if (isDropped(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        String special = fold(c);
        if (special != null) {
            return special;
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(2);
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                String f = fold(x);
                b.append(f != null ? f : String.valueOf(Character.toLowerCase(x)));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDropped(char c) {
        return switch (c) {
            case '\'', '.', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʹ', '′' -> true;
            default -> false;
        };
    }

    private static String fold(char c) {
        return switch (c) {
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ß' -> "ss";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ı', 'İ' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ħ', 'Ħ' -> "h";
            case 'ŧ', 'Ŧ' -> "t";
            case 'ǝ', 'Ǝ', 'ə', 'Ə' -> "e";
            default -> null;
        };
    }

    private static String saint(String key) {
        if (!key.startsWith("st ") && !key.contains(" st ") && !key.startsWith("ste ")
                && !key.contains(" ste ")) {
            return key;
        }
        String[] words = key.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i < words.length - 1 && words[i].equals("st")) {
                words[i] = "saint";
            } else if (i < words.length - 1 && words[i].equals("ste")) {
                words[i] = "sainte";
            }
        }
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
