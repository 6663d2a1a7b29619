package perfaudit.ingest.pdf.flow;

import perfaudit.ingest.pdf.flow.PdfRowBands.Block;
import perfaudit.ingest.pdf.flow.PdfRowBands.Piece;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows set with no gap between them (a table without cell padding): the tallest cells of two rows in one column touch,
 * one line pitch apart as a cell's own lines are, so the pitch joins them into one "cell" that stacks figures (a
 * 项目负责人及电话 value run on into the 实施单位 below it, 执行率 into its 95%). Writer centres a row's other cells on
 * the row: so on a page whose rows touch (a figure right under a figure, or a "cell" stacking figures), a cell of
 * several lines is cut where its lines from the top down are centred on a cell beside it that lies within those lines
 * (项目名称 on the middle of the two lines of the telephone number), and again from there. A run no cell beside it
 * centres is left whole: its rows cannot be told. The row reading this gives is kept only where the grammar reads it
 * with fewer problems ({@link PdfFlowText#read}).
 */
final class PdfTouchingRows {

    /** How far (in line pitches) a middle may be from another to be the same. */
    private static final float SAME_MIDDLE = 0.2f;

    private PdfTouchingRows() {
    }

    /**
     * The blocks of a page whose rows touch, each of several lines cut into the cells the centres beside it tell (the
     * blocks as the pitch joined them: a second pass over the cut blocks was tried and cut m02's goal texts apart).
     */
    static List<Block> split(List<Block> blocks, float pitch) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.addAll(block.wrapped() ? cut(block, blocks, pitch) : List.of(block));
        }
        return out;
    }

    /** The block cut into runs of lines from the top, each ending at the first line a cell beside it is centred on. */
    private static List<Block> cut(Block block, List<Block> blocks, float pitch) {
        List<Piece> pieces = block.pieces.stream().sorted(java.util.Comparator.comparingDouble(Piece::baseline)).toList();
        List<Block> out = new ArrayList<>();
        int start = 0;
        while (start < pieces.size()) {
            int end = centredEnd(pieces, start, block, blocks, pitch);
            if (end < 0) {
                end = pieces.size() - 1; // no cell beside centres what is left: kept whole
            }
            Block part = new Block();
            pieces.subList(start, end + 1).forEach(part::add);
            out.add(part);
            start = end + 1;
        }
        return out;
    }

    /**
     * The first line index from {@code start} down whose lines from {@code start} a cell beside the block, lying within
     * them, is centred on; -1 if none.
     */
    private static int centredEnd(List<Piece> pieces, int start, Block block, List<Block> blocks, float pitch) {
        float top = pieces.get(start).baseline();
        for (int end = start; end < pieces.size(); end++) {
            float bottom = pieces.get(end).baseline();
            float middle = (top + bottom) / 2;
            for (Block beside : blocks) {
                if (beside == block || beside.overlaps(block) || PdfRowBands.stacksFigures(beside)) {
                    continue;
                }
                boolean within = beside.top() >= top - SAME_MIDDLE * pitch && beside.bottom() <= bottom + SAME_MIDDLE * pitch;
                if (within && Math.abs((beside.top() + beside.bottom()) / 2 - middle) <= SAME_MIDDLE * pitch) {
                    return end;
                }
            }
        }
        return -1;
    }
}
