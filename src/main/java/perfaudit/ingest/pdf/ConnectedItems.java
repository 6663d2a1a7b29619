package perfaudit.ingest.pdf;

/**
 * Items joined pairwise into connected groups (union-find): the rulings that touch into one table, the pieces of
 * text stacked in a column into one cell.
 */
public final class ConnectedItems {

    private ConnectedItems() {
    }

    /**
     * For each of {@code count} items, the item that names its group (the same for every item of a group), where
     * {@code joined} tells of two items {@code i < j} whether they belong together.
     */
    public static int[] groups(int count, Joined joined) {
        int[] parent = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                if (joined.test(i, j)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        int[] group = new int[count];
        for (int i = 0; i < count; i++) {
            group[i] = root(parent, i);
        }
        return group;
    }

    /** Whether items {@code i < j} belong together: on ints, as every pair of a page's items is asked (no boxing). */
    @FunctionalInterface
    public interface Joined {
        boolean test(int i, int j);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
