package perfaudit.tools;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes src/main/resources/perfaudit/text/hant-hans.txt, the traditional→simplified table that
 * {@code perfaudit.text.TextFold} reads, from ICU4J's "Hant-Hans" transliterator applied to
 * every BMP character one at a time. The runtime never loads ICU (a 14 MB jar for one table); this
 * tool makes the table once and {@code TextFoldTest} checks the committed file still equals its output.
 * Run from the repository root:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:$(cat cp.txt) perfaudit.tools.HantHansTableMaker [output file]
 * </pre>
 */
public final class HantHansTableMaker {

    /** Where the table lives, from the repository root. */
    public static final Path TABLE = Path.of("src", "main", "resources", "perfaudit", "text", "hant-hans.txt");

    /**
     * ICU maps these, but each is also a standard simplified character in everyday use (著 in 显著,
     * 藉 in 慰藉, 乾 in 乾坤), or ICU maps between two simplified characters (俱→具, 姊→姐, 跤→交,
     * 苎→苧): folding them would change simplified text, so they stay as printed.
     */
    static final String KEEP = "乾俱吒姊著藉跤阪苎麴";

    /**
     * In GB2312 too, but in simplified text only as surnames or rare readings, while traditional text
     * uses them everywhere (調整後, 不低於, 徵收, 什麽, 夥伴): these fold.
     */
    static final String FOLD_DESPITE_GB2312 = "後於徵摺菸麽箝夥";

    private HantHansTableMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TABLE;
        Table table = build();
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(temporary, table.text(), StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s: %d pairs; left out %d standard simplified characters, %d with a simplified form"
                + " outside the BMP%n", target, table.pairs().size(), KEEP.length(), table.outsideBmp());
    }

    /** The text the table file must hold, built from ICU now. */
    public static String tableText() {
        return build().text();
    }

    /** The table and the text of the file, built from ICU; fails when ICU's mapping needs a new decision. */
    private static Table build() {
        Transliterator hantHans = Transliterator.getInstance("Hant-Hans");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Map<Character, Character> pairs = new TreeMap<>();
        List<String> undecided = new ArrayList<>();
        int outsideBmp = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String traditional = String.valueOf((char) c);
            String simplified = hantHans.transliterate(traditional);
            if (simplified.equals(traditional)) {
                continue;
            }
            if (simplified.length() != 1) {
                outsideBmp++;
                continue;
            }
            if (KEEP.indexOf(c) >= 0) {
                continue;
            }
            if (gb2312.canEncode((char) c) && FOLD_DESPITE_GB2312.indexOf(c) < 0) {
                undecided.add(traditional + "→" + simplified);
            }
            pairs.put((char) c, simplified.charAt(0));
        }
        if (!undecided.isEmpty()) {
            throw new IllegalStateException("ICU " + VersionInfo.ICU_VERSION + " folds characters that simplified"
                    + " text uses (GB2312): " + undecided + "; add each to KEEP or FOLD_DESPITE_GB2312");
        }
        resolveChains(pairs);
        return new Table(pairs, outsideBmp);
    }

    /**
     * ICU maps a few characters to another traditional character (薴→苧, while 苧→苎): follow such chains
     * to their end so that folding a folded text changes nothing.
     */
    private static void resolveChains(Map<Character, Character> pairs) {
        for (Map.Entry<Character, Character> pair : pairs.entrySet()) {
            Character end = pair.getValue();
            for (int step = 0; pairs.containsKey(end) && step < pairs.size(); step++) {
                end = pairs.get(end);
            }
            if (pairs.containsKey(end)) {
                throw new IllegalStateException("ICU maps " + pair.getKey() + " into a cycle");
            }
            pair.setValue(end);
        }
    }

    private record Table(Map<Character, Character> pairs, int outsideBmp) {

        String text() {
            StringBuilder out = new StringBuilder();
            out.append("# Traditional → simplified fold table of perfaudit.text.TextFold: one pair per line,\n");
            out.append("# the traditional character then its simplified form, sorted by code point.\n");
            out.append("# Source: ICU4J ").append(VersionInfo.ICU_VERSION)
                    .append(" (com.ibm.icu:icu4j) transliterator \"Hant-Hans\", applied to every BMP\n");
            out.append("# character alone; kept where the result is one different BMP character (")
                    .append(pairs.size()).append(" pairs).\n");
            out.append("# Left out: ").append(outsideBmp).append(" characters whose simplified form lies outside the BMP,\n");
            out.append("# and ").append(KEEP).append(", which simplified text also uses. Chains such as 薴→苧→苎\n");
            out.append("# are followed to their end, so a folded text folds to itself.\n");
            out.append("# Generated by perfaudit.tools.HantHansTableMaker (see its comment for the command);\n");
            out.append("# do not edit by hand: TextFoldTest compares this file with the maker's output.\n");
            pairs.forEach((traditional, simplified) -> out.append(traditional).append(simplified).append('\n'));
            return out.toString();
        }
    }
}
