package perfaudit.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutator over text exports: byte flips, insertions of random bytes and of tokens forms
 * are made of, deletions, truncation, line splices from another seed, duplicated, swapped, split
 * and joined lines, cells replaced by tokens, and re-encoding. The same seed and index always give
 * the same input, so any failure is reproducible from its two numbers.
 */
final class Mutator {

    /** What each mutation is called in the fuzz figures. */
    enum Op { FLIP, INSERT_BYTES, INSERT_TOKEN, DELETE, TRUNCATE, SPLICE, DUPLICATE_LINES, SWAP_LINES, SPLIT_LINE,
        JOIN_LINES, REPLACE_CELL, REENCODE, WINDOW }

    /** Pieces of forms and of damage: labels, numbers of every shape, comparators, controls, marks. */
    private static final String[] TOKENS = {
        "\t", "\n", "\r\n", "\r", "\f", "\u0000", "\u001b", "\uFEFF", "\uFFFD", "\u200B", "\u3000",
        "项目支出绩效自评表", "（2023年度）", "(2023年度)", "项目名称", "主管部门", "实施单位", "项目资金（万元）",
        "年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金", "年初预算数", "全年预算数", "全年执行数",
        "分值", "执行率", "得分", "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "一级指标", "二级指标",
        "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "总分", "产出指标", "效益指标", "满意度指标",
        "数量指标", "成本指标", "(50分)", "序号", "备注", "058-黄山市人力资源和社会保障局",
        "—", "-", "/", "%", "％", "‰", "千分率", "百分比", "元", "万元", "亿元", "万人",
        "≥", "≤", "＞＝", "<=", ">", "＝", "=", "0", "0.00", "-0", "-5", "１２．５", "，", "1,016,000元", "1,016,000",
        "99999999999999999999999999999999", "1e400", "NaN", "Infinity", "0.000000000000000000001", "100.", ".5",
        "2023年12月31日前", "2023年02月30日", "9999年99月99日", "2023年13月", "2023年底", "达成预期指标", "不适用",
        "\t\t\t\t\t\t\t\t", "1\t2\t3\t4\t5\t6\t7\t8\t9", "  ", "\"", "'", "\\", "$", "${x}", "%s", "<td>", "&amp;",
    };

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final List<byte[]> seeds;

    Mutator(List<byte[]> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    /** One mutated input with the operations that made it. */
    record Input(byte[] bytes, List<Op> ops) {
    }

    Input mutate(long seed, long index) {
        Random random = new Random(seed * 1_000_003L + index);
        byte[] bytes = seeds.get(random.nextInt(seeds.size()));
        List<Op> ops = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            // mostly a window of lines: small inputs make many more of them per second
            bytes = window(bytes, random);
            ops.add(Op.WINDOW);
        }
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
        for (int i = 0; i < count; i++) {
            Op op = Op.values()[random.nextInt(Op.values().length - 1)];
            bytes = apply(op, bytes, random);
            ops.add(op);
        }
        return new Input(bytes, ops);
    }

    private byte[] apply(Op op, byte[] bytes, Random random) {
        return switch (op) {
            case FLIP -> flip(bytes, random);
            case INSERT_BYTES -> insert(bytes, randomBytes(random), random);
            case INSERT_TOKEN -> insert(bytes, token(random).getBytes(StandardCharsets.UTF_8), random);
            case DELETE -> delete(bytes, random);
            case TRUNCATE -> bytes.length == 0 ? bytes : Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case SPLICE -> splice(bytes, random);
            case DUPLICATE_LINES, SWAP_LINES, SPLIT_LINE, JOIN_LINES, REPLACE_CELL -> lines(op, bytes, random);
            case REENCODE -> reencode(bytes, random);
            case WINDOW -> window(bytes, random);
        };
    }

    private static String token(Random random) {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private static byte[] randomBytes(Random random) {
        byte[] noise = new byte[1 + random.nextInt(random.nextInt(20) == 0 ? 5000 : 8)];
        random.nextBytes(noise);
        return noise;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, byte[] piece, Random random) {
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + piece.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
        return out;
    }

    private static byte[] delete(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(random.nextBoolean() ? 4 : 400));
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, from + length, out, from, bytes.length - from - length);
        return out;
    }

    private static List<String> split(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A run of whole lines from the input: a form or a few, cut anywhere. */
    private static byte[] window(byte[] bytes, Random random) {
        List<String> lines = split(bytes);
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(120));
        return join(lines.subList(from, to));
    }

    private byte[] splice(byte[] bytes, Random random) {
        List<String> lines = split(bytes);
        List<String> donor = split(seeds.get(random.nextInt(seeds.size())));
        int from = random.nextInt(donor.size());
        List<String> piece = donor.subList(from, Math.min(donor.size(), from + 1 + random.nextInt(30)));
        int at = random.nextInt(lines.size() + 1);
        int removed = Math.min(lines.size() - at, random.nextInt(10));
        lines.subList(at, at + removed).clear();
        lines.addAll(at, piece);
        return join(lines);
    }

    private static byte[] lines(Op op, byte[] bytes, Random random) {
        List<String> lines = split(bytes);
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (op) {
            case DUPLICATE_LINES -> lines.addAll(i, List.copyOf(lines.subList(i, Math.min(lines.size(), i + 1 + random.nextInt(20)))));
            case SWAP_LINES -> {
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case SPLIT_LINE -> {
                int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                lines.set(i, line.substring(0, at));
                lines.add(i + 1, line.substring(at));
            }
            case JOIN_LINES -> {
                if (i + 1 < lines.size()) {
                    lines.set(i, line + (random.nextBoolean() ? "\t" : "") + lines.remove(i + 1));
                }
            }
            default -> {
                String[] cells = line.split("\t", -1);
                cells[random.nextInt(cells.length)] = random.nextInt(4) == 0 ? "" : token(random);
                lines.set(i, String.join("\t", cells));
            }
        }
        return join(lines);
    }

    private static byte[] reencode(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> out.writeBytes(text.getBytes(GB18030));
            case 1 -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            }
            case 2 -> {
                out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
            }
            case 3 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(bytes);
            }
            default -> {
                // half the text in GBK, half in UTF-8: a file pasted together from two sources
                int half = text.length() / 2;
                out.writeBytes(text.substring(0, half).getBytes(GB18030));
                out.writeBytes(text.substring(half).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
