package perfaudit.engine.settings;

/**
 * Words auditors set in rules/settings.drl.xlsx (table Words) for a judgement Java applies while it
 * builds the facts, e.g. which 实际完成值 texts mean a target was met: {@code 达成、达到、完成}.
 * The decision table inserts one per row; the words are separated by 、 or commas.
 */
public final class WordList {

    private final String key;
    private final String words;

    public WordList(String key, String words) {
        this.key = key.strip();
        this.words = words;
    }

    public String getKey() {
        return key;
    }

    public String getWords() {
        return words;
    }
}
