package perfaudit.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a CSV text (RFC 4180, as Excel and WPS write it): fields split at commas; a field in double quotes
 * may hold commas, line breaks and quotes (written ""). A quote opened and never closed would swallow the rest of
 * the file into one field: from the record it opens, each line is then read as a record of its own with its quotes
 * kept as printed, and {@link #unclosedAt} names that line so that the reader reports it.
 * <p>
 * A stray quote opening a field and closed only by a later field's quote would swallow the records between into one
 * field. A quoted field is therefore bounded: it may not run on into a line that reads as a whole record of the grid
 * (on its own, its quotes paired, as many fields as the records before it mostly have), nor past
 * {@link #MAX_QUOTED_LINES} lines. Where it would, its quote is stray: the line that opens it is read as a record without
 * that quote, {@link #strays} names it for the reader to report, and the lines after it are read afresh.
 */
record CsvRecords(List<Record> records, int unclosedAt, List<Integer> strays) {

    /** A quoted field runs over at most this many lines: a cell's text, not a page of records. */
    static final int MAX_QUOTED_LINES = 30;

    /** A record: its number (1-based, as a spreadsheet numbers the rows), the line it starts on, its fields. */
    record Record(int number, int line, List<String> fields) {
    }

    static CsvRecords parse(List<TextLine> lines) {
        List<Record> records = new ArrayList<>();
        List<Integer> strays = new ArrayList<>();
        int i = 0;
        records:
        while (i < lines.size()) {
            int start = i;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String text = lines.get(i).text();
            int at = 0;
            int openedAt = -1; // where the last quoted field opened on the record's first line, -1 past that line
            while (true) {
                if (at == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    if (++i == lines.size()) {
                        return unclosed(lines, records, start, strays);
                    }
                    text = lines.get(i).text();
                    if (i - start > MAX_QUOTED_LINES || isWholeRecord(text, commonWidth(records))) {
                        strays.add(lines.get(start).number());
                        records.add(withoutStray(records.size() + 1, lines.get(start), openedAt));
                        i = start + 1;
                        continue records;
                    }
                    field.append('\n');
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
                    openedAt = i == start ? at - 1 : -1;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, lines.get(start).number(), fields));
            i++;
        }
        return new CsvRecords(records, 0, List.copyOf(strays));
    }

    /**
     * The line that opened a stray quote, read as one record without that quote (its other quoted fields as quoted);
     * as printed where the quote opened on a later line of the record, or the line still leaves a quote open.
     */
    private static Record withoutStray(int number, TextLine line, int openedAt) {
        if (openedAt >= 0) {
            String text = line.text().substring(0, openedAt) + line.text().substring(openedAt + 1);
            CsvRecords alone = parse(List.of(new TextLine(line.number(), text)));
            if (alone.unclosedAt() == 0 && alone.strays().isEmpty() && alone.records().size() == 1) {
                return new Record(number, line.number(), alone.records().get(0).fields());
            }
        }
        return asPrinted(number, line);
    }

    private static Record asPrinted(int number, TextLine line) {
        return new Record(number, line.number(), List.of(line.text().split(",", -1)));
    }

    /** The field count most records so far have (the wider on a tie); 0 before two records agree. */
    private static int commonWidth(List<Record> records) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (Record record : records) {
            int width = record.fields().size();
            int count = counts.merge(width, 1, Integer::sum);
            if (count > bestCount || count == bestCount && width > best) {
                best = width;
                bestCount = count;
            }
        }
        return bestCount >= 2 ? best : 0;
    }

    /** A line that is a record by itself: its quotes paired, and as many fields (three or more) as the grid's records. */
    static boolean isWholeRecord(String text, int width) {
        if (width < 3) {
            return false;
        }
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a "" inside a quoted field toggles twice
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return !quoted && fields == width;
    }

    /** The records before the open quote, then each line from its record on split at its commas, quotes as printed. */
    private static CsvRecords unclosed(List<TextLine> lines, List<Record> records, int start, List<Integer> strays) {
        for (int k = start; k < lines.size(); k++) {
            records.add(asPrinted(records.size() + 1, lines.get(k)));
        }
        return new CsvRecords(records, lines.get(start).number(), List.copyOf(strays));
    }
}
