package perfaudit.model;

/** A 主管部门 or 实施单位 value such as {@code 058-黄山市人力资源和社会保障局}, split at the first '-'. */
public record CodedName(String code, String name, String raw) {

    public static CodedName parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        int dash = text.indexOf('-');
        if (dash > 0 && text.substring(0, dash).strip().chars().allMatch(Character::isLetterOrDigit)) {
            return new CodedName(text.substring(0, dash).strip(), text.substring(dash + 1).strip(), text);
        }
        return new CodedName(null, text, text);
    }
}
