package perfaudit.ingest.grammar;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One value cell of a table row, classified by what it could be: the grammar assigns values to
 * columns by the header's order and by these kinds when the input lost its grid.
 */
public record Value(Cell cell, Kind kind, BigDecimal number, String moneyUnit) {

    public enum Kind {
        /** Empty cell: an explicit blank. */
        EMPTY,
        /** —, -, /: printed "no value". */
        DASH,
        /** A bare number: 10, 94.86, 0. */
        NUMBER,
        /** A number with %: 100%, 99.87%. */
        PERCENT,
        /** A number with a money unit: 150万, 372.29万元, 550000元. */
        MONEY,
        /** A comparator alone: ≥, =, ≧. */
        COMPARATOR,
        /** A short unit alone: %, 万人, 亩, 个. */
        UNIT,
        /** A target or actual: ≥28万人, 100人次, 2019年, ≥95%. */
        MEASURE,
        /** Words. */
        TEXT,
        /** A number with damaged characters in it (8.�53): read as no value, and reported. */
        GARBLED
    }

    public static final String COMPARATORS = "≥≤=<>≧≦═﹦";
    /** A comparator and/or a number and a short unit: ≥28万人, 100人次, 2019年; not an enumerated name (3、施用配方肥). */
    private static final Pattern MEASURE = Pattern.compile(
            "^[" + COMPARATORS + "]*[+-]?\\d+(?:\\.\\d+)?(?![、.．)）])[^\\d]{0,8}$|^[" + COMPARATORS + "].+");

    public static Value of(Cell cell) {
        return cell.value();
    }

    static Value classify(Cell cell) {
        Value value = classifyKey(cell);
        // the key drops white space, so "15 115" (two figures, or a figure and a ruling OCR read as 1) would be one
        // number: a figure made of figures parted by white space is no figure the reader can trust
        // ("|" text only: a grid's or a PDF table's cell may wrap a long figure at its width, 172.17 / 9, and glued text
        // keeps a row's figures in one cell for its arithmetic to part, 150 120 80%)
        if (cell.isRuledText()
                && (value.kind == Kind.NUMBER || value.kind == Kind.PERCENT || value.kind == Kind.MONEY || value.kind == Kind.MEASURE)
                && figuresApart(cell.text())) {
            return new Value(cell, Kind.GARBLED, null, null);
        }
        return value;
    }

    /** A digit, white space, then a digit (a decimal point or a sign may stand between): 15 115, 95 .5. */
    static boolean figuresApart(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (!Character.isWhitespace(text.charAt(i)) || !isAsciiDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.' && j + 1 < text.length()
                    && isAsciiDigit(text.charAt(j + 1)))) {
                return true;
            }
            i = j - 1;
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static Value classifyKey(Cell cell) {
        String key = cell.key();
        if (key.isEmpty()) {
            return new Value(cell, Kind.EMPTY, null, null);
        }
        if ((key.charAt(0) == '#' || key.charAt(0) == 'E') && perfaudit.ingest.grammar.indicators.cells.SpreadsheetError.isErrorValue(cell.text())) {
            // a spreadsheet's #REF! / Err:502 / ##### printed where a figure stood: a lost figure, no words
            return new Value(cell, Kind.GARBLED, null, null);
        }
        if (!hasDigit(key)) {
            if (isLetterFigure(key)) {
                return new Value(cell, Kind.GARBLED, null, null);
            }
            return words(cell, key);
        }
        Value quick = plainNumber(cell, key);
        if (quick != null) {
            return quick;
        }
        if (isDashes(key)) {
            return new Value(cell, Kind.DASH, null, null);
        }
        String plain = isGrouped(key) ? key.replace(",", "") : key;
        int sign = plain.charAt(0) == '+' || plain.charAt(0) == '-' ? 1 : 0;
        int number = numberEnd(plain, sign);
        if (number == plain.length() || number < 0 && plain.length() > sign + 1 && plain.charAt(sign) == '.'
                && digitsEnd(plain, sign + 1) == plain.length()) {
            return new Value(cell, Kind.NUMBER, new BigDecimal(plain.startsWith(".") ? "0" + plain : plain), null);
        }
        if (number == plain.length() - 1 && plain.charAt(number) == '%') {
            return new Value(cell, Kind.PERCENT, new BigDecimal(plain.substring(0, plain.length() - 1)), null);
        }
        int amount = numberEnd(plain, 0);
        String unit = amount > 0 ? moneyUnit(plain.substring(amount)) : null;
        if (unit != null) {
            return new Value(cell, Kind.MONEY, new BigDecimal(plain.substring(0, amount)), unit);
        }
        if (key.length() <= 2 && COMPARATORS.indexOf(key.charAt(0)) >= 0 && (key.length() == 1 || key.charAt(1) == '=')) {
            return new Value(cell, Kind.COMPARATOR, null, null);
        }
        if (isGarbled(key) || lostIntegerPart(key) || hasLetterDigit(key)) {
            return new Value(cell, Kind.GARBLED, null, null);
        }
        if (isMeasure(key)) {
            return new Value(cell, Kind.MEASURE, null, null);
        }
        if (isUnit(key)) {
            return new Value(cell, Kind.UNIT, null, null);
        }
        return new Value(cell, Kind.TEXT, null, null);
    }

    // Char loops for what were regexes: every value cell of every form is classified.

    /** The end of digits from {@code from}, {@code from} when there are none. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The end of a number ({@code \d+(\.\d+)?}) starting at {@code from}, or -1 when none starts there. */
    private static int numberEnd(String s, int from) {
        int end = digitsEnd(s, from);
        if (end == from) {
            return -1;
        }
        if (end + 1 < s.length() && s.charAt(end) == '.' && s.charAt(end + 1) >= '0' && s.charAt(end + 1) <= '9') {
            end = digitsEnd(s, end + 1);
        }
        return end;
    }

    /** 1,234,567.89: one to three digits, then groups of three after commas, then a fraction. */
    private static boolean isGrouped(String key) {
        int lead = digitsEnd(key, 0);
        if (lead == 0 || lead > 3) {
            return false;
        }
        int i = lead;
        int groups = 0;
        while (i < key.length() && key.charAt(i) == ',') {
            if (digitsEnd(key, i + 1) != i + 4) {
                return false;
            }
            i += 4;
            groups++;
        }
        if (groups == 0) {
            return false;
        }
        if (i < key.length() && key.charAt(i) == '.') {
            int fraction = digitsEnd(key, i + 1);
            i = fraction > i + 1 ? fraction : i;
        }
        return i == key.length();
    }

    private static String moneyUnit(String rest) {
        return switch (rest) {
            case "万元", "亿元", "元", "万" -> rest;
            default -> null;
        };
    }

    private static final String DASH_CHARS = "—-－―–/／、…";

    private static boolean isDashes(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (DASH_CHARS.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A comparator and/or a number and a short unit (≥28万人, 100人次, 2019年), not an enumerated name
     * (3、施用配方肥); or a comparator and anything. Keys holding a line terminator keep the regex,
     * whose "." and "$" treat those specially.
     */
    private static boolean isMeasure(String key) {
        if (hasLineTerminator(key)) {
            return MEASURE.matcher(key).find();
        }
        int i = 0;
        while (i < key.length() && COMPARATORS.indexOf(key.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0 && key.length() >= 2) {
            return true;
        }
        if (i < key.length() && (key.charAt(i) == '+' || key.charAt(i) == '-')) {
            i++;
        }
        int end = numberEnd(key, i);
        if (end < 0 || end < key.length() && "、.．)）".indexOf(key.charAt(end)) >= 0) {
            return false;
        }
        return key.length() - end <= 8 && !hasDigit(key, end);
    }

    private static boolean hasLineTerminator(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** A cell without a digit: a dash, a comparator, a unit, or words (most cells: decided without a regex). */
    private static Value words(Cell cell, String key) {
        char first = key.charAt(0);
        if (DASH_CHARS.indexOf(first) >= 0 && isDashes(key)) {
            return new Value(cell, Kind.DASH, null, null);
        }
        if (COMPARATORS.indexOf(first) >= 0) {
            return new Value(cell, key.length() == 1 || key.length() == 2 && key.charAt(1) == '=' ? Kind.COMPARATOR : Kind.MEASURE,
                    null, null);
        }
        return new Value(cell, isUnit(key) ? Kind.UNIT : Kind.TEXT, null, null);
    }

    /** 94.86, 10, 99.87%: the commonest values, read without a regex. */
    private static Value plainNumber(Cell cell, String key) {
        int end = key.length();
        boolean percent = key.charAt(end - 1) == '%';
        if (percent) {
            end--;
        }
        int dots = 0;
        for (int i = 0; i < end; i++) {
            char c = key.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (end == 0 || dots > 1 || key.charAt(0) == '.' || key.charAt(end - 1) == '.') {
            return null;
        }
        BigDecimal number = new BigDecimal(key.substring(0, end));
        return new Value(cell, percent ? Kind.PERCENT : Kind.NUMBER, number, null);
    }

    private static boolean hasDigit(String key) {
        return hasDigit(key, 0);
    }

    private static boolean hasDigit(String key, int from) {
        for (int i = from; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Digits with undecodable bytes or control characters among them: a damaged number. */
    /**
     * A figure with a unit whose integer part the OCR dropped (.25万亩 of 1.25万亩, .5% of 96.5%): no reading of it is
     * certain (0.25 is a guess), and as words it would be taken for a name and start a row of its own.
     */
    private static boolean lostIntegerPart(String key) {
        if (key.length() < 3 || key.charAt(0) != '.' || !Character.isDigit(key.charAt(1))) {
            return false;
        }
        int end = digitsEnd(key, 1);
        if (end == key.length() || key.length() - end > 8) {
            return false; // a bare .25 is read elsewhere (the funds table tells a lost integer part by its arithmetic)
        }
        for (int i = end; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i)) || key.charAt(i) == '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * A figure OCR read wholly as Latin letters: o / O for 0, i / I / l for 1, x for % (ioox, oo, Ioo%). Which figure
     * it was cannot be told (ioox: 100%, 1 00%?); OcrRepair corrects only figures with a real digit among the
     * letters. Two o's, or a per-cent tail, are asked for, so that a word (lo, oil, IO) stays a word.
     */
    static boolean isLetterFigure(String key) {
        int end = key.length();
        boolean tail = end > 0 && "%xX％".indexOf(key.charAt(end - 1)) >= 0;
        if (tail) {
            end--;
        }
        if (end < 2 || end > 8) {
            return false;
        }
        int zeros = 0;
        for (int i = 0; i < end; i++) {
            char c = key.charAt(i);
            if (c == 'o' || c == 'O') {
                zeros++;
            } else if ("iIl.".indexOf(c) < 0) {
                return false;
            }
        }
        return zeros >= 2 || tail && zeros >= 1;
    }

    private static boolean isGarbled(String key) {
        boolean damage = false;
        int digits = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) || isQueryBesideDigit(key, i)) {
                damage = true;
            } else if (Character.isDigit(c) || c == '.' || c == '%') {
                digits++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return damage && digits > 0;
    }

    /**
     * A short value with an O o I or l glued to a figure that OcrRepair left (≥l.2万人, l2月底前, 9l个): the letter is an
     * OCR'd digit, but which one is not certain (a leading l may be 1 or 7): the figure is damaged. Only where the value
     * holds Chinese, % or a bound and no other Latin letter (a code or a unit such as ml, PM2.5, stays a text).
     */
    static boolean hasLetterDigit(String key) {
        if (key.length() > 16) {
            return false;
        }
        boolean glued = false;
        boolean valueMark = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                if ("OoIl".indexOf(c) < 0) {
                    return false;
                }
                glued |= i > 0 && Character.isDigit(key.charAt(i - 1)) || i + 1 < key.length() && (Character.isDigit(key.charAt(i + 1))
                        || key.charAt(i + 1) == '.' && i + 2 < key.length() && Character.isDigit(key.charAt(i + 2)));
            } else {
                valueMark |= c >= 0x4E00 && c <= 0x9FFF || c == '%' || COMPARATORS.indexOf(c) >= 0;
            }
        }
        return glued && valueMark;
    }

    /** A question mark beside a digit (9?%, 1?.5): a glyph OCR could not read, in place of a digit. */
    private static boolean isQueryBesideDigit(String key, int i) {
        char c = key.charAt(i);
        if (c != '?' && c != '？') {
            return false;
        }
        return i > 0 && Character.isDigit(key.charAt(i - 1)) || i + 1 < key.length() && Character.isDigit(key.charAt(i + 1));
    }

    /** A unit as printed alone in a 度量单位 cell or left over from a wrapped value: short, no digits. */
    public static boolean isUnit(String key) {
        if (key.equals("%") || key.equals("‰")) {
            return true;
        }
        if (key.length() > 3) {
            return isPerUnit(key);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c) || "，。,;；、".indexOf(c) >= 0) {
                return false;
            }
        }
        return key.length() == 1 || UNITS.contains(key);
    }

    /**
     * A unit per something in a 度量单位 cell: 元/人·年 (the key 元/人年, its · dropped or read as a colon), 万元/公里: a unit
     * word, one slash, then a word of at most three characters without figures or punctuation.
     */
    private static boolean isPerUnit(String key) {
        int slash = key.indexOf('/');
        if (key.length() > 7 || slash <= 0 || slash != key.lastIndexOf('/') || !UNITS.contains(key.substring(0, slash))) {
            return false;
        }
        String per = key.substring(slash + 1).replace("·", "");
        if (per.isEmpty() || per.length() > 3) {
            return false;
        }
        for (int i = 0; i < per.length(); i++) {
            if (!Character.isLetter(per.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A unit of the vocabulary as a 计量单位 cell prints it: % or ‰, a unit word (亩, 人次), or one after a magnitude
     * (万亩, 万株 is not: 株 is no unit word). Unlike {@link #isUnit} not any one character: a name glued to its unit
     * ends where a unit word does.
     */
    public static boolean isNamedUnit(String key) {
        if (key.equals("%") || key.equals("‰") || UNITS.contains(key)) {
            return true;
        }
        return key.length() > 1 && (key.charAt(0) == '万' || key.charAt(0) == '亿') && UNITS.contains(key.substring(1));
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("万人", "人次", "万元", "亿元", "元", "个", "人", "户", "头", "只", "亩",
            "台套", "家", "篇", "次", "种", "例", "平方米", "米", "公里", "km", "m", "天", "小时", "年", "月", "日", "组", "份",
            "期", "项", "件", "场", "所", "座", "台", "套", "吨", "万", "粒", "万粒", "元/人", "分", "倍", "批", "本", "名", "辆");

    /** 是 / 否: the value of a 是否核心指标 column. */
    public static boolean isYesNo(String key) {
        return key.equals("是") || key.equals("否");
    }

    public boolean isBlank() {
        return kind == Kind.EMPTY || kind == Kind.DASH;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT || kind == Kind.MONEY;
    }

    public String text() {
        return cell.text().strip();
    }
}
