package perfaudit.ingest.grammar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spellings of one family of labels (fund columns, 二级指标 names, …) in a trie over their
 * matching keys: the grammar asks for the longest label at a position of a cell's key, and whether
 * a fragment could still grow into a label (a label broken over lines or cells).
 *
 * @param <V> what a label stands for (a column, a canonical name)
 */
final class LabelIndex<V> {

    /** A label found: what it stands for, its spelling as written in the vocabulary, where it ends. */
    record Match<V>(V value, String spelling, int end) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
        String spelling;
    }

    private final Node<V> root = new Node<>();
    private int longest;

    LabelIndex() {
    }

    /** Every spelling of {@code value}; a spelling already taken keeps its first meaning. */
    LabelIndex<V> add(V value, List<String> spellings) {
        for (String spelling : spellings) {
            String key = key(spelling);
            Node<V> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
            }
            if (node.value == null) {
                node.value = value;
                node.spelling = spelling;
            }
            longest = Math.max(longest, key.length());
        }
        return this;
    }

    /** The longest label that starts at {@code from} in {@code key}, or null. */
    Match<V> longestAt(CharSequence key, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < key.length(); i++) {
            node = node.next.get(key.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, node.spelling, i + 1);
            }
        }
        return best;
    }

    /** The label that is exactly {@code key}, or null. */
    V exact(CharSequence key) {
        Match<V> match = longestAt(key, 0);
        return match != null && match.end() == key.length() ? match.value() : null;
    }

    /** True when {@code key} is the start of some label (possibly a whole one). */
    boolean isPrefix(CharSequence key) {
        Node<V> node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.next.get(key.charAt(i));
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** The first label anywhere in {@code key} at or after {@code from}, at least {@code minLength} long. */
    int indexOf(CharSequence key, int from, int minLength) {
        for (int i = from; i < key.length(); i++) {
            Match<V> match = longestAt(key, i);
            if (match != null && match.end() - i >= minLength) {
                return i;
            }
        }
        return -1;
    }

    int longest() {
        return longest;
    }

    /**
     * The matching key of a text: traditional characters folded, full-width to ASCII, white space and
     * colons dropped ({@code 年度資金總額：} and {@code 年度资金总额} are one key).
     */
    static String key(String text) {
        String folded = TextFold.fold(text);
        StringBuilder key = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean drop = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ':' || c == '：';
            if (drop && key == null) {
                key = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (!drop && key != null) {
                key.append(c);
            }
        }
        return key == null ? folded : key.toString();
    }
}
