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
        String s = name;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isDropped(c)) {
                continue;
            }
            String folded = fold(c);
            if (folded != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(folded);
            } else if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return saint(out.toString());
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
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
