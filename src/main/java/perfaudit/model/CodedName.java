package perfaudit.model;

/**
 * A 主管部门 or 实施单位 value with its code: {@code 058-黄山市人力资源和社会保障局} (split at the first
 * '-') or, as system exports print it, {@code [115004]沧州市运河区实验小学}.
 */
public record CodedName(String code, String name, String raw) {

    public static CodedName parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.startsWith("[") || text.startsWith("【")) {
            int close = text.indexOf(text.charAt(0) == '[' ? ']' : '】');
            String code = close > 1 ? text.substring(1, close).strip() : "";
            if (!code.isEmpty() && code.chars().allMatch(Character::isLetterOrDigit) && !digitsAndHan(code)
                    && close + 1 < text.length()) {
                return new CodedName(code, text.substring(close + 1).strip(), text);
            }
        }
        int dash = firstDash(text);
        if (dash > 0 && text.substring(0, dash).strip().chars().allMatch(Character::isLetterOrDigit)) {
            return new CodedName(asciiCode(text.substring(0, dash).strip()), text.substring(dash + 1).strip(), text);
        }
        return new CodedName(null, text, text);
    }

    /**
     * Digits with a Chinese character among them ([22了]): no budget system prints such a code; it is an OCR'd one
     * ([221]) whose figure is lost, so the bracket stays in the name as printed rather than give a wrong code.
     */
    private static boolean digitsAndHan(String code) {
        return code.chars().anyMatch(Character::isDigit)
                && code.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The first '-', or its full-width form '－' where a page was typed in full width (４０２－白沙县水利局). */
    private static int firstDash(String text) {
        int ascii = text.indexOf('-');
        int wide = text.indexOf('－');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** A code typed in full-width digits is the same code: ４０２ is 402. */
    private static String asciiCode(String code) {
        return java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC);
    }

    /**
     * The unit as one identity across forms: its code and its name, the name compared after width
     * folding (full-width letters, digits and brackets as ASCII) and without spaces. Budget unit codes
     * are regional: two counties may both use 255001 for different units, so the code alone is no identity.
     */
    public String identity() {
        return (code == null ? "" : code) + "|" + normalisedName();
    }

    /** The name as compared: NFKC (（ → (, full-width digits → ASCII), whitespace removed. */
    public String normalisedName() {
        return name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "");
    }
}
