package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;

import java.util.ArrayList;
import java.util.List;

/** A row of text that lost its grid, under construction: its cells after the labels, and where it began. */
final class FlowRow {

    final List<Cell> cells = new ArrayList<>();
    int first = -1;
    /** The index of the row's last cell in the section. */
    int last = -1;
    /** The row's first cell came right after an 一级 / 二级 label: it opens this row, it cannot end the row before. */
    boolean afterLabel;

    boolean isEmpty() {
        for (Cell cell : cells) { // a loop, not a stream: asked at every cell of the table
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean hasValue() {
        return cells.stream().anyMatch(c -> Value.of(c).isNumeric());
    }

    boolean hasText() {
        return cells.stream().anyMatch(c -> !c.isBlank() && Value.of(c).kind() == Value.Kind.TEXT);
    }

    /** A text already follows the row's numbers (its 偏差原因): the next text starts a row. */
    boolean textAfterNumbers() {
        boolean numbers = false;
        for (Cell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            Value.Kind kind = Value.of(cell).kind();
            if (kind == Value.Kind.NUMBER) {
                numbers = true;
            } else if (numbers && kind == Value.Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    Value.Kind lastKind() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return Value.of(cells.get(i)).kind();
            }
        }
        return null;
    }
}
