package perfaudit.ingest.grammar;

import perfaudit.text.TextFold;

import java.util.List;

/**
 * The spellings of one family of labels (fund columns, 二级指标 names, …) in a trie over their
 * matching keys: the grammar asks for the longest label at a position of a cell's key, and whether
 * a fragment could still grow into a label (a label broken over lines or cells).
 *
 * @param <V> what a label stands for (a column, a canonical name)
 */
public final class LabelIndex<V> {

    /** A label found: what it stands for, its spelling as written in the vocabulary, where it ends. */
    public record Match<V>(V value, String spelling, int end) {
    }

    /**
     * A trie node: its children by character in a sorted array (few per node; no boxing on the hot
     * path). A node with many children (the root: every first character of a family's labels) also
     * keeps them in a small open-addressing table, one probe or two instead of a binary search, which
     * the quick compiler of a short run calls rather than inlines.
     */
    static final class Node<V> {
        private static final int TABLE_FROM = 8;
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Node<V>[] children = new Node[0];
        V value;
        String spelling;
        /** The children by {@code c & mask}, probed linearly; a null child ends a probe. Null below TABLE_FROM children. */
        private char[] tableKeys;
        private Node<V>[] tableChildren;
        private int mask;

        Node<V> get(char c) {
            char[] k = keys;
            if (k.length < TABLE_FROM) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            for (int i = c & mask; ; i = (i + 1) & mask) {
                Node<V> child = tableChildren[i];
                if (child == null || tableKeys[i] == c) {
                    return child;
                }
            }
        }

        /** The table rebuilt after a child is added: only while the vocabulary is read, never while parsing. */
        @SuppressWarnings("unchecked")
        private void rebuildTable() {
            if (keys.length < TABLE_FROM) {
                return;
            }
            int size = Integer.highestOneBit(keys.length * 4 - 1); // at most half full: short probes
            char[] tk = new char[size];
            Node<V>[] tc = new Node[size];
            for (int k = 0; k < keys.length; k++) {
                int i = keys[k] & (size - 1);
                while (tc[i] != null) {
                    i = (i + 1) & (size - 1);
                }
                tk[i] = keys[k];
                tc[i] = children[k];
            }
            tableKeys = tk;
            tableChildren = tc;
            mask = size - 1;
        }

        Node<V> getOrAdd(char c) {
            Node<V> existing = get(c);
            if (existing != null) {
                return existing;
            }
            int at = -java.util.Arrays.binarySearch(keys, c) - 1;
            char[] k = new char[keys.length + 1];
            @SuppressWarnings("unchecked")
            Node<V>[] n = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node<>();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, keys.length - at);
            keys = k;
            children = n;
            rebuildTable();
            return n[at];
        }
    }

    private final Node<V> root = new Node<>();
    private int longest;
    /** The lexicon this index belongs to, and its place there: what the grammar's per-document memo is keyed by. */
    Object owner;
    int slot = -1;

    LabelIndex() {
    }

    /** Every spelling of {@code value}; a spelling already taken keeps its first meaning. */
    LabelIndex<V> add(V value, List<String> spellings) {
        for (String spelling : spellings) {
            add(value, key(spelling), spelling);
        }
        return this;
    }

    /**
     * Column letters a template prints after a column label: 预算数(A), 实际完成值(B), 执行率(B/A). Any
     * column label may carry one, so that one spelling in the vocabulary reads them all.
     */
    static final List<String> COLUMN_LETTERS = List.of("(A)", "(B)", "(C)", "(D)", "(E)", "(F)", "(B/A)", "(B/A×100%)",
            "(D/C×100%)", "(E/C×100%)");

    /**
     * Each spelling with a column letter after it (实际完成指标值(B)), named by the spelling itself; a
     * spelling that already ends in a bracket gets none. Added after every printed spelling of the
     * index, which keep their meaning (指标值(A) is a 年度指标值, not 指标值 with a letter).
     */
    LabelIndex<V> addColumnLetters(V value, List<String> spellings) {
        for (String spelling : spellings) {
            if (spelling.endsWith(")") || spelling.endsWith("）")) {
                continue;
            }
            for (String letter : COLUMN_LETTERS) {
                add(value, key(spelling + letter), spelling);
            }
        }
        return this;
    }

    private void add(V value, String key, String spelling) {
        Node<V> node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.getOrAdd(key.charAt(i));
        }
        if (node.value == null) {
            node.value = value;
            node.spelling = spelling;
        }
        longest = Math.max(longest, key.length());
    }

    /** The top of the trie, for a walk over several cells ({@link Node#get} a character at a time). */
    Node<V> root() {
        return root;
    }

    /** The node {@code key} from {@code from} leads to from {@code node}, or null when no label continues so. */
    static <V> Node<V> walk(Node<V> node, String key, int from) {
        Node<V> at = node;
        for (int i = from; i < key.length() && at != null; i++) {
            at = at.get(key.charAt(i));
        }
        return at;
    }

    /** Whether {@code key} from {@code from} to its end is the start of a label (or a label), so more may follow. */
    public boolean mayGoOn(CharSequence key, int from) {
        Node<V> node = root;
        for (int i = from; i < key.length() && node != null; i++) {
            node = node.get(key.charAt(i));
        }
        return node != null && from < key.length();
    }

    /** The longest label that starts at {@code from} in {@code key}, or null. */
    public Match<V> longestAt(CharSequence key, int from) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < key.length(); i++) {
            node = node.get(key.charAt(i));
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
    public V exact(CharSequence key) {
        Node<V> node = root;
        for (int i = 0; i < key.length() && node != null; i++) {
            node = node.get(key.charAt(i));
        }
        return node == null ? null : node.value;
    }

    /** True when some label starts with character {@code c}: a cheap test before any matching. */
    public boolean startsWith(char c) {
        return root.get(c) != null;
    }

    /** True when {@code key} is the start of some label (possibly a whole one). */
    boolean isPrefix(CharSequence key) {
        Node<V> node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.get(key.charAt(i));
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** The first label anywhere in {@code key} at or after {@code from}, at least {@code minLength} long. */
    public int indexOf(CharSequence key, int from, int minLength) {
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
    private static final java.util.Map<String, String> SPELLING_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The key of a vocabulary spelling: the spellings are few, so their keys are kept. */
    public static String spellingKey(String spelling) {
        String key = SPELLING_KEYS.get(spelling);
        if (key == null) {
            key = key(spelling);
            if (SPELLING_KEYS.size() < 10_000) {
                SPELLING_KEYS.put(spelling, key);
            }
        }
        return key;
    }

    public static String key(String text) {
        String folded = TextFold.fold(text);
        StringBuilder key = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean drop = Cell.dropped(c);
            if (drop && key == null) {
                key = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (!drop && key != null) {
                key.append(c);
            }
        }
        return key == null ? folded : key.toString();
    }
}
