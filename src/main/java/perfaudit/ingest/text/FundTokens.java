package perfaudit.ingest.text;

import perfaudit.ingest.grammar.Numbers;

import java.util.ArrayList;
import java.util.List;

/** Splits the value lines of the flow layout's 项目资金 rows; a {@code %} broken onto its own line rejoins its number. */
final class FundTokens {

    private FundTokens() {
    }

    static boolean startsWithValue(String line) {
        String[] tokens = line.strip().split("\\s+");
        return tokens.length > 0 && isValue(tokens[0]);
    }

    static boolean isValue(String token) {
        return token.equals("%") || token.equals("％") || Numbers.isBlank(token) && !token.isEmpty()
                || Numbers.isNumber(token);
    }

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if ((token.equals("%") || token.equals("％")) && !tokens.isEmpty()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
