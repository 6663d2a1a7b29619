package perfaudit.report;

/**
 * Text from input files made safe to show: control characters (a terminal escape sequence, a bell,
 * a line break inside a name) and the invisible marks that reverse text direction are written as
 * visible {@code \\uXXXX}. For names that reach a terminal, a log line or a one-line table cell.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (unsafe(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
