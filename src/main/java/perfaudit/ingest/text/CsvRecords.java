package perfaudit.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180, as Excel and WPS write it): fields split at commas; a field in double quotes
 * may hold commas, line breaks and quotes (written ""). A quote opened and never closed would swallow the rest of
 * the file into one field: from the record it opens, each line is then read as a record of its own with its quotes
 * kept as printed, and {@link #unclosedAt} names that line so that the reader reports it.
 */
record CsvRecords(List<Record> records, int unclosedAt) {

    /** A record: its number (1-based, as a spreadsheet numbers the rows), the line it starts on, its fields. */
    record Record(int number, int line, List<String> fields) {
    }

    static CsvRecords parse(List<TextLine> lines) {
        List<Record> records = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String text = lines.get(i).text();
            int at = 0;
            while (true) {
                if (at == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    if (++i == lines.size()) {
                        return unclosed(lines, records, start);
                    }
                    field.append('\n');
                    text = lines.get(i).text();
                    at = 0;
                    continue;
                }
                char c = text.charAt(at++);
                if (quoted) {
                    if (c != '"') {
                        field.append(c);
                    } else if (at < text.length() && text.charAt(at) == '"') {
                        field.append('"');
                        at++;
                    } else {
                        quoted = false;
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, lines.get(start).number(), fields));
            i++;
        }
        return new CsvRecords(records, 0);
    }

    /** The records before the open quote, then each line from its record on split at its commas, quotes as printed. */
    private static CsvRecords unclosed(List<TextLine> lines, List<Record> records, int start) {
        for (int k = start; k < lines.size(); k++) {
            records.add(new Record(records.size() + 1, lines.get(k).number(), List.of(lines.get(k).text().split(",", -1))));
        }
        return new CsvRecords(records, lines.get(start).number());
    }
}
